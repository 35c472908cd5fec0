package dev.triage.batch;

import dev.triage.engine.Flow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * {@code triage batch}: many answer sets in, one record each out, in input order, every set walked as
 * {@code triage run --no-input} walks it. The questionnaire is opened once; reading, walking and writing overlap
 * ({@link Pipeline}); a line that cannot be read becomes an error record and the batch goes on.
 */
public final class Batch {
  private final Flow flow;
  private final Records records;
  private final Optional<ReportDir> reports;
  private final Assessor assessor;

  /** @param reports where to write a report for each complete set, if anywhere */
  public Batch(Flow flow, Format output, Optional<ReportDir> reports) {
    this.flow = flow;
    this.records = output == Format.CSV ? new CsvRecords() : new JsonlRecords();
    this.reports = reports;
    this.assessor = new Assessor(flow);
  }

  /**
   * Reads every answer set from {@code in} and writes its record to {@code out}.
   *
   * @param name the input as the user named it, for messages
   * @param progress told how many sets are done, as they are
   * @throws dev.triage.diag.TriageException (input) when a CSV header names anything but questions and {@code id}
   * @throws IOException when the input cannot be read or the output written
   */
  public Summary run(InputStream in, String name, Format input, Writer out, LongConsumer progress) throws IOException {
    Input source = input == Format.CSV ? CsvInput.open(in, name, flow) : new JsonlInput(in, new JsonLine(flow));
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
      throw new UncheckedIOException(e); // a StringBuilder does not fail; the records' writers declare it
    }
    return new Pipeline.Done(text.toString(), summary);
  }
}
