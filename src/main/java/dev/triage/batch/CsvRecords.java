package dev.triage.batch;

import java.io.IOException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Records as CSV (RFC 4180 quoting by commons-csv, line feeds between records): a list of ids is
 * one field with the ids separated by spaces, a list of sentences (reasons, errors) one field with
 * a line break between them.
 */
final class CsvRecords implements Records {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  @Override
  public void begin(StringBuilder out) throws IOException {
    new CSVPrinter(out, FORMAT).printRecord(FIELDS);
  }

  @Override
  public void write(Triaged t, StringBuilder out) throws IOException {
    Fields f = Fields.of(t);
    new CSVPrinter(out, FORMAT)
        .printRecord(
            Long.toString(t.line()),
            t.id().map(CsvRecords::inert).orElse(""),
            t.status(),
            text(f.outcome()),
            text(f.tier()),
            text(f.redFlag()),
            text(f.source()),
            String.join(" ", f.alsoConsider()),
            String.join("\n", f.reasons()),
            String.join(" ", f.needed()),
            String.join(" ", f.unused()),
            String.join("\n", f.errors()));
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  /**
   * An id as a spreadsheet will show it, never run it: one starting with {@code = + - @} would be
   * taken for a formula (CSV injection), so it gets a leading {@code '}, as OWASP advises.
   */
  static String inert(String id) {
    return !id.isEmpty() && "=+-@".indexOf(id.charAt(0)) >= 0 ? "'" + id : id;
  }
}
