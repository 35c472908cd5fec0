package dev.triage.bench;

import dev.triage.model.Choice;
import dev.triage.model.NotSure;
import dev.triage.model.Outcome;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a questionnaire as format-v1 YAML in the block style authors use, so the benchmark loads
 * real text.
 */
public final class QuestionnaireYaml {
  private static final String DEFAULT_NOT_SURE = "Not sure";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 ,.;'()/?-]*");
  private static final Set<String> WORDS =
      Set.of("yes", "no", "on", "off", "y", "n", "true", "false", "null");

  private final StringBuilder out = new StringBuilder();

  private QuestionnaireYaml() {}

  public static String write(Questionnaire q) {
    return new QuestionnaireYaml().questionnaire(q).out.toString();
  }

  private QuestionnaireYaml questionnaire(Questionnaire q) {
    line(0, "format: " + q.format());
    line(0, "id: " + q.id());
    text(0, "title", q.title());
    text(0, "version", q.version());
    line(0, "language: " + q.language());
    q.description().ifPresent(d -> text(0, "description", d));
    text(0, "disclaimer", q.disclaimer());
    line(0, "references:");
    for (Reference r : q.references()) {
      line(1, "- key: " + r.key());
      text(2, "citation", r.citation());
      r.url().ifPresent(u -> text(2, "url", u));
    }
    line(0, "sources:");
    for (Source s : q.sources()) {
      line(1, "- id: " + s.id());
      text(2, "name", s.name());
      text(2, "description", s.description());
    }
    if (!q.redFlags().isEmpty()) {
      line(0, "red-flags:");
      q.redFlags().forEach(this::redFlag);
    }
    line(0, "start: " + q.start().id());
    line(0, "questions:");
    q.questions().forEach(this::question);
    line(0, "outcomes:");
    q.outcomes().forEach(this::outcome);
    return this;
  }

  private void redFlag(RedFlag f) {
    line(1, "- id: " + f.id());
    text(2, "text", f.text());
    f.help().ifPresent(h -> text(2, "help", h));
    line(2, "tier: " + f.tier().key());
    f.advice().ifPresent(a -> text(2, "advice", a));
    f.reason().ifPresent(r -> text(2, "reason", r));
    if (f.hasFollowUps()) {
      line(
          2,
          "follow-up: ["
              + String.join(", ", f.followUps().stream().map(r -> r.id()).toList())
              + "]");
    } else {
      line(2, "outcome: " + f.onYes().id());
    }
    if (f.explicitNo()) {
      line(2, "no: " + f.onNo().id());
    }
    f.notSure().ifPresent(n -> notSure(n));
    refs(2, f.refs());
  }

  private void question(Question q) {
    line(1, "- id: " + q.id());
    text(2, "text", q.text());
    q.help().ifPresent(h -> text(2, "help", h));
    line(2, "choices:");
    // One line per choice, as authors often write them: the flow style keeps 100,000 nodes within
    // the loader's limit.
    for (Choice c : q.choices()) {
      String reason = c.reason().map(r -> ", reason: " + quote(r)).orElse("");
      line(
          3,
          "- {id: "
              + c.id()
              + ", label: "
              + quote(c.label())
              + reason
              + ", next: "
              + c.next().id()
              + "}");
    }
    q.notSure().ifPresent(this::notSure);
    if (!q.refs().isEmpty()) {
      refs(2, q.refs());
    }
  }

  private void notSure(NotSure n) {
    line(2, "not-sure:");
    if (!n.label().equals(DEFAULT_NOT_SURE)) {
      text(3, "label", n.label());
    }
    n.treatAs().ifPresent(t -> line(3, "treat-as: " + t));
    n.next().ifPresent(r -> line(3, "next: " + r.id()));
    n.reason().ifPresent(r -> text(3, "reason", r));
  }

  private void outcome(Outcome o) {
    line(1, "- id: " + o.id());
    line(2, "tier: " + o.tier().key());
    o.source().ifPresent(s -> line(2, "source: " + s.id()));
    if (!o.alsoConsider().isEmpty()) {
      refs(2, "also-consider", o.alsoConsider());
    }
    text(2, "title", o.title());
    text(2, "summary", o.summary());
    list(2, "reasons", o.reasons());
    list(2, "next-steps", o.nextSteps());
    list(2, "avoid", o.avoid());
    list(2, "seek-care", o.seekCare());
    refs(2, o.refs());
  }

  private void list(int depth, String key, List<String> items) {
    if (!items.isEmpty()) {
      line(depth, key + ":");
      items.forEach(item -> line(depth + 1, "- " + quote(item)));
    }
  }

  private void refs(int depth, List<Ref> refs) {
    refs(depth, "refs", refs);
  }

  private void refs(int depth, String key, List<Ref> refs) {
    line(depth, key + ": [" + String.join(", ", refs.stream().map(Ref::id).toList()) + "]");
  }

  private void text(int depth, String key, String value) {
    line(depth, key + ": " + quote(value));
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }

  /** Plain where plain text is safe to read back as the same text, double-quoted otherwise. */
  private static String quote(String s) {
    if (PLAIN.matcher(s).matches()
        && !s.contains(" - ")
        && !WORDS.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
