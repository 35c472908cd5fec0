package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Golden files for {@code triage batch}: each directory under src/test/resources/batch holds an input (JSON Lines or
 * CSV, with a byte order mark, CRLF line ends and every kind of line the format allows or refuses) and the expected
 * records and summary. Run with {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class BatchGoldenTest {
  static final Path ROOT = Path.of("src", "test", "resources", "batch");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private static Cli.Result batch(String dir, String... args) {
    String[] all = Workspace.join(new String[] {"batch", "-q", "example"}, args);
    return Cli.run(ROOT.resolve(dir), "", all);
  }

  private static void check(String dir, String file, String actual) throws IOException {
    Path expected = ROOT.resolve(dir).resolve(file);
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, dir + "/" + file);
  }

  @Test
  void jsonLinesInJsonLinesOut() throws IOException {
    Cli.Result r = batch("jsonl", "--input", "input.jsonl");
    check("jsonl", "expected.jsonl", r.out());
    check("jsonl", "expected.err", r.err());
    assertEquals(1, r.exitCode());
  }

  @Test
  void jsonLinesInCsvOut() throws IOException {
    Cli.Result r = batch("jsonl", "--input", "input.jsonl", "--output-format", "csv");
    check("jsonl", "expected.csv", r.out());
    assertEquals(1, r.exitCode());
  }

  /** The CSV records, read back with commons-csv, say field for field what the JSON Lines records say. */
  @Test
  void csvRecordsReadBackAsTheJsonLinesRecords() throws IOException {
    String csv = batch("jsonl", "--input", "input.jsonl", "--output-format", "csv").out();
    List<String> json = batch("jsonl", "--input", "input.jsonl").out().lines().toList();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
    assertEquals(json.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonObject record = JsonParser.parseString(json.get(i)).getAsJsonObject();
      CSVRecord row = rows.get(i);
      assertEquals(List.copyOf(record.keySet()), rows.get(i).getParser().getHeaderNames());
      for (String field : record.keySet()) {
        JsonElement value = record.get(field);
        String expected = value.isJsonNull() ? "" : value.isJsonArray() ? join(field, value.getAsJsonArray())
            : value.getAsString();
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

  @Test
  void csvInCsvOut() throws IOException {
    Cli.Result r = batch("csv", "--input", "input.csv");
    check("csv", "expected.csv", r.out());
    check("csv", "expected.err", r.err());
    assertEquals(1, r.exitCode());
  }

  @Test
  void csvInJsonLinesOut() throws IOException {
    Cli.Result r = batch("csv", "--input", "input.csv", "--output-format", "jsonl");
    check("csv", "expected.jsonl", r.out());
    assertEquals(1, r.exitCode());
  }
}
