package dev.triage.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.triage.engine.Flow;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.load.SourceFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The edges of both input formats, each as the line it starts on, its status and its first error:
 * line breaks of every kind, fields over several lines, quotes left open, bytes that are not text,
 * keys given twice.
 */
class BatchEdgeCasesTest {
  private static final Flow EXAMPLE = example();

  private static Flow example() {
    try {
      Path file = Path.of("questionnaires", "example.yaml");
      return Flow.of(
          QuestionnaireLoader.load(SourceFiles.read(file, "example.yaml")).questionnaire());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Each record as "LINE STATUS" and, for a rejected one, ": FIRST ERROR". */
  private static List<String> run(byte[] input, Format format) throws IOException {
    StringWriter out = new StringWriter();
    new Batch(EXAMPLE, Format.JSONL, Optional.empty())
        .run(new ByteArrayInputStream(input), "in", format, out, done -> {});
    List<String> records = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      JsonObject r = JsonParser.parseString(line).getAsJsonObject();
      String errors =
          r.getAsJsonArray("errors").isEmpty()
              ? ""
              : ": " + r.getAsJsonArray("errors").get(0).getAsString();
      records.add(r.get("line").getAsLong() + " " + r.get("status").getAsString() + errors);
    }
    return records;
  }

  private static List<String> run(String input, Format format) throws IOException {
    return run(input.getBytes(StandardCharsets.UTF_8), format);
  }

  @Test
  void lineFeedsCarriageReturnsAndBothEndLinesAlike() throws IOException {
    String yes = "{\"answers\": {\"saddle-numbness\": \"yes\"}}";
    assertEquals(
        List.of("1 complete", "2 complete", "4 complete", "5 complete"),
        run(yes + "\r" + yes + "\r\n\n" + yes + "\n" + yes, Format.JSONL));
    assertEquals(
        List.of("2 complete", "4 complete"), run("saddle-numbness\ryes\r\n\ryes", Format.CSV));
  }

  @Test
  void aByteOrderMarkIsDroppedAtTheStartAndIsNoPartOfAnIdLater() throws IOException {
    assertEquals(
        List.of("1 complete"),
        run("\uFEFF{\"answers\": {\"saddle-numbness\": \"yes\"}}\n", Format.JSONL));
    assertEquals(
        List.of(
            "2 complete",
            "3 rejected: the id has the control character U+FEFF (byte order mark) at"
                + " character 1; ids are written into reports and CSV, so they may not hold control characters"),
        run("\uFEFFid,saddle-numbness\na,yes\n\uFEFFb,yes\n", Format.CSV));
  }

  @Test
  void aFieldOverSeveralLinesIsOneRecordAndTheNextRecordKeepsItsLineNumber() throws IOException {
    assertEquals(
        List.of(
            "2 complete",
            "5 complete",
            "6 rejected: column 2: 'maybe' is not an answer to"
                + " 'saddle-numbness'; valid answers: yes, no, not-sure (or 1 to 3)"),
        run("id,saddle-numbness\n\"one\nid over\nthree lines\",yes\nb,yes\nc,maybe\n", Format.CSV));
  }

  @Test
  void aQuoteLeftOpenIsRefusedAtItsLineAndReadingGoesOnWhereTheLimitStoppedIt() throws IOException {
    StringBuilder csv = new StringBuilder("id,saddle-numbness\na,yes\n\"open,yes\n");
    for (int i = 0; i < 3000; i++) {
      csv.append("a line of text inside the open quote, ").append(i).append('\n');
    }
    List<String> records = run(csv.append("b,yes\n").toString(), Format.CSV);
    assertEquals("2 complete", records.get(0));
    assertEquals(
        "3 rejected: the record runs on past line 1,553, over the limit of 65,536 bytes; check that every"
            + " quote in it is closed",
        records.get(1));
    assertEquals(
        "1554 rejected: column 2: '1550' is not an answer to 'saddle-numbness'; valid answers: yes, no,"
            + " not-sure (or 1 to 3)",
        records.get(2),
        "after the refusal, the lines left are read as rows");
    assertEquals("3004 complete", records.get(records.size() - 1));
  }

  @Test
  void aQuoteLeftOpenAtTheEndOfTheInputIsRefused() throws IOException {
    assertEquals(
        List.of(
            "2 complete",
            "3 rejected: not valid CSV: a quoted field is not closed before the input ends;"
                + " close it with a quote"),
        run("id,saddle-numbness\na,yes\n\"b,yes\n", Format.CSV));
  }

  @Test
  void bytesThatAreNotUtf8OrAreNulAreRefusedWithTheirColumn() throws IOException {
    byte[] latin1 =
        "{\"id\": \"caf\u00e9\"}\n{\"answers\": {}}\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        List.of(
            "1 rejected: the line is not UTF-8 text (byte 0xE9 at column 12 cannot be read as UTF-8);"
                + " save the input with UTF-8 encoding",
            "2 incomplete"),
        run(latin1, Format.JSONL));
    assertEquals(
        List.of(
            "2 rejected: line 2 is binary, not text (a NUL byte at column 3); give a file of JSON lines"
                + " or CSV",
            "3 complete"),
        run("id,saddle-numbness\na,\0\nb,yes\n", Format.CSV));
  }

  @Test
  void keysGivenTwiceAndTextAfterTheObjectAreRefused() throws IOException {
    assertEquals(
        List.of(
            "1 rejected: \"answers\" is given twice; give it once",
            "2 rejected: answers.saddle-numbness: 'saddle-numbness' was already answered 'no'; give each question one"
                + " answer",
            "3 incomplete",
            "4 rejected: not valid JSON near column 18: a character that JSON does not allow there; write one JSON object"
                + " per line, such as {\"id\": \"a1\", \"answers\": {\"sitting-pain\": \"yes\"}}"),
        run(
            "{\"answers\": {}, \"answers\": {}}\n"
                + "{\"answers\": {\"saddle-numbness\": \"no\", \"saddle-numbness\": \"yes\"}}\n"
                + "{\"answers\": {\"saddle-numbness\": \"no\", \"saddle-numbness\": \"NO\"}}\n"
                + "{\"answers\": {}} {}\n",
            Format.JSONL));
  }
}
