package dev.triage.batch;

import dev.triage.diag.TriageException;
import dev.triage.engine.Flow;
import dev.triage.report.SafeFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * {@code triage batch}: many answer sets in, one record each out, in input order, every set walked
 * as {@code triage run --no-input} walks it. The questionnaire is opened once; reading, walking and
 * writing overlap ({@link Pipeline}); a line that cannot be read becomes an error record and the
 * batch goes on.
 */
public final class Batch {
  private final Flow flow;
  private final Records records;
  private final Optional<ReportDir> reports;
  private final Assessor assessor;

  /**
   * @param reports where to write a report for each complete set, if anywhere
   */
  public Batch(Flow flow, Format output, Optional<ReportDir> reports) {
    this.flow = flow;
    this.records = output == Format.CSV ? new CsvRecords() : new JsonlRecords();
    this.reports = reports;
    this.assessor = new Assessor(flow);
  }

  /**
   * Reads every answer set of {@code intake} and writes its record to {@code out}, standard output.
   *
   * @param progress the progress line, if standard error is a terminal: told as sets are done,
   *     cleared at the end
   * @throws TriageException (input) when a CSV header names anything but questions and {@code id},
   *     or the input cannot be read or the output written
   */
  public Summary toStream(Intake intake, Writer out, Optional<Progress> progress) {
    try {
      return run(intake, out, progress);
    } catch (IOException e) {
      throw stopped(e);
    }
  }

  /**
   * As {@link #toStream}, into a file: a temporary file beside it, moved into place only when every
   * record is written, so it is never left half written; an existing regular file is replaced only
   * when {@code force} is set.
   *
   * @param shown the file as the user gave it, for messages
   */
  public Summary toFile(
      Intake intake, Path file, String shown, boolean force, Optional<Progress> progress) {
    try (SafeFile safe = SafeFile.open(file, shown, force)) {
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(safe.stream(), StandardCharsets.UTF_8), 1 << 16);
      Summary summary = run(intake, out, progress);
      out.flush();
      safe.place();
      return summary;
    } catch (IOException e) {
      throw stopped(e);
    }
  }

  private Summary run(Intake intake, Writer out, Optional<Progress> progress) throws IOException {
    try {
      return run(
          intake.stream(),
          intake.name(),
          intake.format(),
          out,
          progress.isPresent() ? progress.get() : done -> {});
    } finally {
      progress.ifPresent(Progress::finish);
    }
  }

  private static TriageException stopped(IOException e) {
    return new TriageException(
        TriageException.Kind.INPUT,
        "batch stopped: " + e.getMessage() + "; nothing of the" + " output is complete",
        e);
  }

  /**
   * Reads every answer set from {@code in} and writes its record to {@code out}.
   *
   * @param name the input as the user named it, for messages
   * @param progress told how many sets are done, as they are
   * @throws dev.triage.diag.TriageException (input) when a CSV header names anything but questions
   *     and {@code id}
   * @throws IOException when the input cannot be read or the output written
   */
  public Summary run(InputStream in, String name, Format input, Writer out, LongConsumer progress)
      throws IOException {
    Input source =
        input == Format.CSV
            ? CsvInput.open(in, name, flow)
            : new JsonlInput(in, new JsonLine(flow));
    StringBuilder head = new StringBuilder();
    records.begin(head);
    out.write(head.toString());
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    return Pipeline.run(source, this::walk, out, workers, progress);
  }

  /** A worker's part: one piece of the input walked, reported and written as text. */
  private Pipeline.Done walk(List<Item> items) {
    StringBuilder text = new StringBuilder(items.size() * 400);
    Summary summary = new Summary();
    try {
      for (Item item : items) {
        Optional<Triaged> walked = assessor.assess(item);
        if (walked.isEmpty()) {
          continue;
        }
        Triaged t = walked.get();
        if (reports.isPresent() && t instanceof Triaged.Complete c) {
          t = reports.get().write(c);
        }
        records.write(t, text);
        summary.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          e); // a StringBuilder does not fail; the records' writers declare it
    }
    return new Pipeline.Done(text.toString(), summary);
  }
}
