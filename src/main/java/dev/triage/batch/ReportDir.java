package dev.triage.batch;

import dev.triage.answers.AnswerFlags;
import dev.triage.catalog.QuestionnaireFile;
import dev.triage.diag.TriageException;
import dev.triage.report.Report;
import dev.triage.report.ReportFormat;
import dev.triage.report.SafeFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a Markdown report for each complete answer set into one directory, as {@code triage run
 * -o} writes one: each through a temporary file moved into place, an existing file replaced only
 * with {@code --force}, and never one this batch wrote itself. A report that cannot be written is
 * an error on its record; the batch goes on.
 */
public final class ReportDir {
  /** How the error on a record whose report could not be written begins. */
  static final String NOT_WRITTEN = "report not written: ";

  private final Path dir;
  private final String shown;
  private final boolean force;
  private final QuestionnaireFile questionnaire;
  private final String named;
  private final LocalDate date;
  private final WrittenNames written = new WrittenNames();

  private ReportDir(
      Path dir,
      String shown,
      boolean force,
      QuestionnaireFile questionnaire,
      String named,
      LocalDate date) {
    this.dir = dir;
    this.shown = shown;
    this.force = force;
    this.questionnaire = questionnaire;
    this.named = named;
    this.date = date;
  }

  /**
   * The reports of a batch, into {@code dir}, which must exist.
   *
   * @param shown the directory as the user named it, for messages
   * @param questionnaire what every report names: its id, version and SHA-256
   * @param named the questionnaire as the user named it, for each report's reproduce line
   * @throws TriageException (input) when {@code dir} does not exist or is not a directory
   */
  public static ReportDir open(
      Path dir,
      String shown,
      boolean force,
      QuestionnaireFile questionnaire,
      String named,
      LocalDate date) {
    if (!Files.exists(dir)) {
      throw TriageException.input(
          "cannot write reports to '" + shown + "': it does not exist; create it first");
    }
    if (!Files.isDirectory(dir)) {
      throw TriageException.input(
          "cannot write reports to '" + shown + "': it is not a directory; name a directory");
    }
    return new ReportDir(dir, shown, force, questionnaire, named, date);
  }

  /** The set with its report written, or with the reason it could not be. */
  Triaged.Complete write(Triaged.Complete set) {
    String name = ReportNames.of(set.id(), set.line());
    String path = shown.endsWith("/") ? shown + name : shown + "/" + name;
    if (!written.add(name)) {
      return set.withError(
          NOT_WRITTEN
              + "'"
              + path
              + "' was written for an earlier line of this batch (an id"
              + " given twice?); give each answer set its own id");
    }
    Report report =
        new Report(
            questionnaire.questionnaire(),
            questionnaire.sha256(),
            date,
            set.result(),
            AnswerFlags.reproduce(named, set.result().path()));
    try {
      SafeFile.write(dir.resolve(name), path, ReportFormat.MARKDOWN.render(report), force);
      return set;
    } catch (TriageException e) {
      return set.withError(NOT_WRITTEN + String.join("; ", e.lines()));
    }
  }
}
