package dev.triage.answers;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.Printable;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.engine.AnswerSet;
import dev.triage.engine.WrittenAnswer;
import dev.triage.load.SafeYaml;
import dev.triage.load.YamlMap;
import dev.triage.load.YamlNode;
import dev.triage.load.YamlScalar;
import dev.triage.model.Ids;
import dev.triage.model.Pos;
import dev.triage.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads answers from a file: a YAML or JSON map of question id to answer, or a report written by
 * {@code triage run -o} (the front matter of a Markdown report, or a JSON report), whose answers
 * replay the run. Parsed by the same hardened {@link SafeYaml} as questionnaires, so problems point
 * at line and column.
 */
public final class AnswerFile {
  static final String WRITE_ANSWERS = "write one 'question-id: answer' per line";
  private static final String ANSWERS_MAP =
      "should be a mapping of question id to answer, such as 'sitting-pain: yes'";

  private AnswerFile() {}

  /**
   * Which questionnaire a report was made with, so a replay can warn when it has changed since.
   *
   * @param questionnaire its id (never a path: checked when the report is read)
   */
  public record Made(String questionnaire, String version, String sha256) {
    public Made {
      if (!Ids.isId(questionnaire)) {
        throw new IllegalArgumentException(
            "not a questionnaire id: " + Printable.quote(questionnaire));
      }
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * The warning a replay of the report {@code file} gives when it was made with another
     * questionnaire than the one it is replayed against ({@code id}, {@code version}, {@code
     * sha256}), or with this one before it changed.
     */
    public Optional<String> changedSince(String file, String id, String version, String sha256) {
      if (!questionnaire.equals(id)) {
        return Optional.of(
            file
                + " was made with questionnaire '"
                + questionnaire
                + "', not '"
                + id
                + "'; its answers are replayed against '"
                + id
                + "'");
      }
      if (!this.sha256.equalsIgnoreCase(sha256)) {
        return Optional.of(
            file
                + " was made with "
                + id
                + " "
                + this.version
                + " (sha256 "
                + shortHash(this.sha256)
                + "), but the questionnaire has changed since (now "
                + version
                + ", sha256 "
                + shortHash(sha256)
                + "); the answers are replayed against it as it is now, so the result may differ");
      }
      return Optional.empty();
    }

    private static String shortHash(String sha) {
      return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
    }
  }

  /** The answers a file holds, in the order written, and, for a report, what it was made with. */
  public record Read(List<WrittenAnswer> given, Optional<Made> report) {
    public Read {
      given = List.copyOf(given);
      Objects.requireNonNull(report, "report");
    }
  }

  public static Read parse(SourceText src) throws QuestionnaireException {
    SourceText yaml = new SourceText(src.name(), frontMatter(src.text()));
    YamlNode root = SafeYaml.parse(yaml, WRITE_ANSWERS);
    String file = src.name();
    YamlMap map = map(root, file, "the file " + ANSWERS_MAP, src);
    Optional<YamlNode> layout = map.get("triage-report");
    if (layout.isEmpty()) {
      return new Read(answers(map, file, src), Optional.empty());
    }
    String written = text(layout.get(), file, src);
    if (!written.equals(Integer.toString(Report.LAYOUT))) {
      throw fail(
          file,
          layout.get().pos(),
          "this report has layout "
              + Printable.cut(written, 20)
              + ", which this version of triage cannot read (it reads layout "
              + Report.LAYOUT
              + "); replay it with the"
              + " version of triage that wrote it",
          src);
    }
    YamlMap made =
        map(
            required(map, "questionnaire", file, src),
            file,
            "'questionnaire' should be a mapping with id, version and sha256",
            src);
    YamlMap answers =
        map(required(map, "answers", file, src), file, "'answers' " + ANSWERS_MAP, src);
    Made m =
        new Made(
            questionnaireId(required(made, "id", file, src), file, src),
            text(required(made, "version", file, src), file, src),
            text(required(made, "sha256", file, src), file, src));
    return new Read(answers(answers, file, src), Optional.of(m));
  }

  /**
   * The YAML to read: a Markdown report's front matter (from its opening {@code ---} up to the
   * closing one, so line numbers stay those of the file), or the whole text.
   */
  static String frontMatter(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!t.startsWith("---\n") && !t.startsWith("---\r\n")) {
      return text;
    }
    int at = t.indexOf('\n') + 1;
    while (at < t.length()) {
      int end = t.indexOf('\n', at);
      String line = (end < 0 ? t.substring(at) : t.substring(at, end)).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return t.substring(0, at);
      }
      if (end < 0) {
        break;
      }
      at = end + 1;
    }
    return text;
  }

  private static List<WrittenAnswer> answers(YamlMap map, String file, SourceText src)
      throws QuestionnaireException {
    List<WrittenAnswer> given = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    int more = 0;
    for (YamlMap.Entry e : map.entries()) {
      Pos at = e.value().pos();
      if (e.value() instanceof YamlScalar s && !s.isNull() && !s.value().isBlank()) {
        given.add(
            new WrittenAnswer(
                e.key().value(), s.value(), file + ":" + at.line() + ":" + at.column(), at));
      } else if (problems.size() == AnswerSet.MAX_PROBLEMS) {
        more++;
      } else {
        String found = e.value() instanceof YamlScalar ? "no answer" : e.value().kind();
        problems.add(
            Diagnostic.error(
                file,
                at,
                "the answer to '"
                    + e.key().value()
                    + "' should be a choice id or"
                    + " number, but is "
                    + found));
      }
    }
    if (more > 0) {
      problems.add(
          Diagnostic.error(
              file,
              Pos.NONE,
              String.format(java.util.Locale.ROOT, "%,d", more)
                  + " more answers have problems like these; fix the ones above first"));
    }
    if (!problems.isEmpty()) {
      throw new QuestionnaireException(problems, Optional.of(src));
    }
    return given;
  }

  /**
   * The id a report names its questionnaire by. Only an id, never a path: a report is someone
   * else's file, and must not choose which file on this computer is read.
   */
  private static String questionnaireId(YamlNode node, String file, SourceText src)
      throws QuestionnaireException {
    String id = text(node, file, src);
    if (!Ids.isId(id)) {
      throw fail(
          file,
          node.pos(),
          "'questionnaire.id' must be the id of a questionnaire (lower-case letters, digits"
              + " and hyphens), not "
              + Printable.quote(id)
              + "; a report names its questionnaire by id only: give the"
              + " questionnaire with -q NAME|PATH",
          src);
    }
    return id;
  }

  private static YamlNode required(YamlMap map, String key, String file, SourceText src)
      throws QuestionnaireException {
    Optional<YamlNode> value = map.get(key);
    if (value.isEmpty()) {
      throw fail(
          file,
          map.pos(),
          "this report has no '" + key + "'; replay only reports written by triage run -o",
          src);
    }
    return value.get();
  }

  private static YamlMap map(YamlNode node, String file, String expected, SourceText src)
      throws QuestionnaireException {
    if (node instanceof YamlMap m) {
      return m;
    }
    throw fail(file, node.pos(), expected + ", but is " + node.kind(), src);
  }

  private static String text(YamlNode node, String file, SourceText src)
      throws QuestionnaireException {
    if (node instanceof YamlScalar s && !s.isNull()) {
      return s.value();
    }
    throw fail(file, node.pos(), "expected text, but found " + node.kind(), src);
  }

  private static QuestionnaireException fail(String file, Pos pos, String message, SourceText src) {
    return new QuestionnaireException(
        List.of(Diagnostic.error(file, pos, message)), Optional.of(src));
  }
}
