package dev.triage.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.triage.engine.Answer;
import dev.triage.engine.Result;
import dev.triage.graph.Chart;
import dev.triage.graph.Route;
import dev.triage.model.Outcome;
import dev.triage.model.Questionnaire;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.List;

/**
 * The report as JSON, with the same content as the Markdown one, written by Gson. Its top-level
 * {@code questionnaire} and {@code answers} have the same shape as the Markdown front matter, so
 * either replays with {@code --answers}.
 */
public final class JsonReport {
  /** Pretty, nulls kept, no HTML escaping (a report is not embedded in a page). */
  static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

  private JsonReport() {}

  public static String render(Report report) {
    Questionnaire q = report.questionnaire();
    Result r = report.result();
    Outcome o = r.outcome();
    JsonObject root = new JsonObject();
    root.addProperty("triage-report", Report.LAYOUT);
    JsonObject questionnaire = new JsonObject();
    questionnaire.addProperty("id", q.id());
    questionnaire.addProperty("title", text(q.title()));
    questionnaire.addProperty("version", q.version());
    questionnaire.addProperty("sha256", report.sha256());
    questionnaire.add("review", review(q));
    root.add("questionnaire", questionnaire);
    root.addProperty("date", report.date().toString());

    JsonObject result = new JsonObject();
    result.addProperty("outcome", o.id());
    result.addProperty("tier", o.tier().key());
    result.addProperty("tier-text", Tiers.headline(o.tier()));
    result.addProperty("title", text(o.title()));
    result.addProperty("summary", text(o.summary()));
    if (r.redFlag().isPresent()) {
      JsonObject flag = new JsonObject();
      flag.addProperty("id", r.redFlag().get().id());
      r.redFlag().get().advice().ifPresent(a -> flag.addProperty("advice", text(a)));
      result.add("red-flag", flag);
    } else {
      result.add("red-flag", JsonNull.INSTANCE);
    }
    result.add("source", r.source().map(JsonReport::source).orElse(null));
    JsonArray also = new JsonArray();
    r.alsoConsider().forEach(s -> also.add(source(s)));
    result.add("also-consider", also);
    result.add("reasons", strings(r.reasons()));
    result.add("next-steps", strings(o.nextSteps()));
    result.add("avoid", strings(o.avoid()));
    result.add("seek-care", strings(o.seekCare()));
    root.add("result", result);

    JsonArray path = new JsonArray();
    for (Answer a : r.path()) {
      JsonObject step = new JsonObject();
      step.addProperty("question", a.question().id());
      step.addProperty("text", text(a.question().text()));
      a.question().note().ifPresent(note -> step.addProperty("note", text(note)));
      step.addProperty("answer", a.choice());
      step.addProperty("label", text(a.label()));
      step.addProperty("taken-as", a.treatedAs().orElse(null));
      path.add(step);
    }
    root.add("path", path);
    root.add("route", route(report.route()));
    JsonObject answers = new JsonObject();
    report.answers().forEach(answers::addProperty);
    root.add("answers", answers);
    root.addProperty("reproduce", report.command());
    root.addProperty("disclaimer", text(q.disclaimer()));
    JsonArray refs = new JsonArray();
    for (Reference ref : r.references()) {
      JsonObject entry = new JsonObject();
      entry.addProperty("key", ref.key());
      entry.addProperty("citation", text(ref.citation()));
      entry.addProperty("url", ref.url().orElse(null));
      refs.add(entry);
    }
    root.add("references", refs);
    return GSON.toJson(root) + "\n";
  }

  /**
   * The clinical review the questionnaire records: the line reports give, and its dates as data.
   */
  private static JsonObject review(Questionnaire q) {
    JsonObject review = new JsonObject();
    review.addProperty("text", ReviewLine.of(q));
    var g = q.governance();
    review.addProperty(
        "last-reviewed", g.flatMap(x -> x.lastReview()).map(r -> r.date().toString()).orElse(null));
    review.addProperty(
        "reviewed-version", g.flatMap(x -> x.lastReview()).map(r -> r.version()).orElse(null));
    review.addProperty("review-due", g.map(x -> x.reviewDue().toString()).orElse(null));
    review.addProperty("signed-off", g.flatMap(x -> x.lastSignOff()).isPresent());
    return review;
  }

  /** The route as data: the stops of the flowchart the Markdown report draws, in order. */
  private static JsonArray route(Route route) {
    JsonArray stops = new JsonArray();
    for (Route.Stop s : route.stops()) {
      JsonObject stop = new JsonObject();
      stop.addProperty(
          "kind", s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      if (s.kind() == Chart.Kind.SCREEN) {
        stop.addProperty("answered", s.answered());
      } else {
        stop.addProperty("id", s.id());
        stop.addProperty("text", text(s.text()));
      }
      s.tier().ifPresent(t -> stop.addProperty("tier", t.key()));
      s.answer().ifPresent(a -> stop.addProperty("answer", text(a)));
      stops.add(stop);
    }
    return stops;
  }

  private static JsonObject source(Source s) {
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("name", text(s.name()));
    o.addProperty("description", text(s.description()));
    return o;
  }

  /** Questionnaire text without the line break a YAML block scalar ends with. */
  private static String text(String s) {
    return s.strip();
  }

  private static JsonArray strings(List<String> items) {
    JsonArray a = new JsonArray();
    items.forEach(item -> a.add(text(item)));
    return a;
  }
}
