package dev.triage.report;

import com.google.gson.JsonPrimitive;
import dev.triage.model.Questionnaire;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The YAML front matter of a Markdown report, which {@code --answers report.md} replays: block YAML
 * whose every value is a double-quoted JSON string, which YAML reads back exactly as written.
 */
final class FrontMatter {
  /** Words YAML 1.1 readers turn into booleans or null when left bare. */
  private static final Set<String> YAML_WORDS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");

  private FrontMatter() {}

  /** Appends the front matter of {@code report}, between its {@code ---} lines. */
  static void write(StringBuilder md, Report report) {
    Questionnaire q = report.questionnaire();
    md.append("---\n");
    md.append("triage-report: ").append(Report.LAYOUT).append('\n');
    md.append("questionnaire:\n");
    md.append("  id: ").append(string(q.id())).append('\n');
    md.append("  version: ").append(string(q.version())).append('\n');
    md.append("  sha256: ").append(string(report.sha256())).append('\n');
    md.append("date: ").append(string(report.date().toString())).append('\n');
    md.append("outcome: ").append(string(report.result().outcome().id())).append('\n');
    md.append("tier: ").append(string(report.result().outcome().tier().key())).append('\n');
    md.append("answers:\n");
    for (Map.Entry<String, String> e : report.answers().entrySet()) {
      md.append("  ")
          .append(key(e.getKey()))
          .append(": ")
          .append(string(e.getValue()))
          .append('\n');
    }
    md.append("---\n");
  }

  /** A double-quoted string with JSON escapes; YAML reads the same characters back. */
  static String string(String s) {
    return JsonReport.GSON.toJson(new JsonPrimitive(s));
  }

  /** A mapping key: bare when it is a plain id that no YAML reader could take for anything else. */
  static String key(String s) {
    boolean plain =
        s.matches("[a-z][a-z0-9-]*") && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT));
    return plain ? s : string(s);
  }
}
