package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files for {@code triage batch}: each directory under src/test/resources/batch holds an
 * input (JSON Lines or CSV, with a byte order mark, CRLF line ends and every kind of line the
 * format allows or refuses) and the expected records and summary. Run with {@code
 * -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class BatchGoldenTest {
  static final Path ROOT = Path.of("src", "test", "resources", "batch");

  private static Cli.Result batch(String dir, String... args) {
    String[] all = Workspace.join(new String[] {"batch", "-q", "example"}, args);
    return Cli.run(ROOT.resolve(dir), "", all);
  }

  private static void check(String dir, String file, String actual) throws IOException {
    GoldenReportTest.check(ROOT.resolve(dir).resolve(file), actual);
  }

  /** The records in the input's own format, and the summary. */
  @ParameterizedTest
  @CsvSource({"jsonl, input.jsonl, expected.jsonl", "csv, input.csv, expected.csv"})
  void recordsInTheInputsFormatAndTheSummary(String dir, String input, String expected)
      throws IOException {
    Cli.Result r = batch(dir, "--input", input);
    check(dir, expected, r.out());
    check(dir, "expected.err", r.err());
    assertEquals(1, r.exitCode());
  }

  /** The same records in the other format. */
  @ParameterizedTest
  @CsvSource({"jsonl, input.jsonl, csv, expected.csv", "csv, input.csv, jsonl, expected.jsonl"})
  void recordsInTheOtherFormat(String dir, String input, String format, String expected)
      throws IOException {
    Cli.Result r = batch(dir, "--input", input, "--output-format", format);
    check(dir, expected, r.out());
    assertEquals(1, r.exitCode());
  }

  /**
   * The CSV records, read back with commons-csv, say field for field what the JSON Lines records
   * say.
   */
  @Test
  void csvRecordsReadBackAsTheJsonLinesRecords() throws IOException {
    String csv = batch("jsonl", "--input", "input.jsonl", "--output-format", "csv").out();
    List<String> json = batch("jsonl", "--input", "input.jsonl").out().lines().toList();
    List<CSVRecord> rows =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
    assertEquals(json.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonObject record = JsonParser.parseString(json.get(i)).getAsJsonObject();
      CSVRecord row = rows.get(i);
      assertEquals(List.copyOf(record.keySet()), rows.get(i).getParser().getHeaderNames());
      for (String field : record.keySet()) {
        JsonElement value = record.get(field);
        String expected =
            value.isJsonNull()
                ? ""
                : value.isJsonArray() ? join(field, value.getAsJsonArray()) : value.getAsString();
        if (field.equals("id") && expected.startsWith("=")) {
          expected = "'" + expected; // a spreadsheet must not run it as a formula
        }
        assertEquals(expected, row.get(field), "line " + record.get("line") + ", " + field);
      }
    }
  }

  private static String join(String field, JsonArray values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(v.getAsString()));
    return String.join(field.equals("reasons") || field.equals("errors") ? "\n" : " ", texts);
  }
}
