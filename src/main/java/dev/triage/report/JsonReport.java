package dev.triage.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.triage.engine.Answer;
import dev.triage.engine.Result;
import dev.triage.model.Outcome;
import dev.triage.model.Questionnaire;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.List;

/**
 * The report as JSON, with the same content as the Markdown one, written by Gson. Its top-level {@code questionnaire}
 * and {@code answers} have the same shape as the Markdown front matter, so either replays with {@code --answers}.
 */
public final class JsonReport {
  /** Pretty, nulls kept, no HTML escaping (a report is not embedded in a page). */
  static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

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
