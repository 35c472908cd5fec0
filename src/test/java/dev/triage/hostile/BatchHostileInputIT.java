package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch input is an untrusted file: a 100 MB line, a binary file and JSON nested tens of
 * thousands deep are each refused line by line, the lines around them still walked, in a heap of 64
 * MiB (the packaged jar, so that the heap is the one a person would have set): a reader that held
 * the long line would need more than that for it alone.
 */
@Tag("hostile")
class BatchHostileInputIT {
  private static final List<String> SMALL_HEAP = List.of("-Xmx64m", "-XX:+UseSerialGC");
  private static final String GOOD =
      "{\"id\": \"ok\", \"answers\": {\"saddle-numbness\": \"yes\"}}\n";
  private static final int HUNDRED_MB = 100 * 1024 * 1024;

  @TempDir Path dir;

  private static void repeat(OutputStream out, byte b, long count) throws IOException {
    byte[] block = new byte[1 << 16];
    Arrays.fill(block, b);
    for (long left = count; left > 0; left -= block.length) {
      out.write(block, 0, (int) Math.min(block.length, left));
    }
  }

  private static List<JsonObject> records(String out) {
    return out.lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
  }

  private static String status(JsonObject record) {
    return record.get("line").getAsLong() + " " + record.get("status").getAsString();
  }

  @Test
  void aHundredMegabyteLineIsRefusedAndTheLinesAroundItAreWalked() throws IOException {
    Path input = dir.resolve("in.jsonl");
    byte[] start =
        "{\"id\": \"big\", \"answers\": {\"saddle-numbness\": \"".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(input)) {
      out.write(GOOD.getBytes(StandardCharsets.UTF_8));
      out.write(start);
      repeat(out, (byte) 'y', HUNDRED_MB);
      out.write("\"}}\n".getBytes(StandardCharsets.UTF_8));
      out.write(GOOD.getBytes(StandardCharsets.UTF_8));
    }
    TriageJar.Run r =
        TriageJar.run(dir, SMALL_HEAP, "batch", "-q", "example", "--input", "in.jsonl");
    List<JsonObject> records = records(r.out());
    assertEquals(
        List.of("1 complete", "2 rejected", "3 complete"),
        records.stream().map(x -> status(x)).toList());
    assertEquals(
        String.format(
            Locale.ROOT,
            "the line is %,d bytes long, over the limit of 65,536; an answer set needs"
                + " far fewer, so check that this is the right file",
            start.length + HUNDRED_MB + 3),
        records.get(1).getAsJsonArray("errors").get(0).getAsString());
    assertEquals(
        "triage: 3 answer sets: 2 complete, 0 incomplete, 1 rejected (the first at line 2)\n",
        r.err());
    assertEquals(1, r.exitCode());
  }

  @Test
  void aHundredMegabyteCsvFieldIsRefusedAndTheRowsAroundItAreWalked() throws IOException {
    Path input = dir.resolve("in.csv");
    try (OutputStream out = Files.newOutputStream(input)) {
      out.write("id,saddle-numbness\nok,yes\nbig,\"".getBytes(StandardCharsets.UTF_8));
      repeat(out, (byte) 'y', HUNDRED_MB);
      out.write("\"\nok,yes\n".getBytes(StandardCharsets.UTF_8));
    }
    TriageJar.Run r =
        TriageJar.run(
            dir,
            SMALL_HEAP,
            "batch",
            "-q",
            "example",
            "--input",
            "in.csv",
            "--output-format",
            "jsonl");
    List<JsonObject> records = records(r.out());
    assertEquals(
        List.of("2 complete", "3 rejected", "4 complete"),
        records.stream().map(x -> status(x)).toList());
    assertEquals(
        "line 3 is "
            + String.format(Locale.ROOT, "%,d", HUNDRED_MB + 6)
            + " bytes long, over the limit of"
            + " 65,536; an answer set needs far fewer, so check that this is the right file",
        records.get(1).getAsJsonArray("errors").get(0).getAsString());
    assertEquals(1, r.exitCode());
  }

  @Test
  void aBinaryFileIsRefusedLineByLineWithoutAStackTrace() throws IOException {
    byte[] noise = new byte[8 << 20];
    new Random(20261202).nextBytes(noise);
    Files.write(dir.resolve("noise.bin"), noise);
    TriageJar.Run r =
        TriageJar.run(dir, SMALL_HEAP, "batch", "-q", "example", "--input", "noise.bin");
    List<JsonObject> records = records(r.out());
    assertTrue(records.size() > 1000, "records: " + records.size());
    long before = 0;
    for (JsonObject record : records) {
      assertEquals("rejected", record.get("status").getAsString(), record.toString());
      assertTrue(record.get("line").getAsLong() > before);
      before = record.get("line").getAsLong();
    }
    assertTrue(
        r.err()
            .matches(
                "triage: [0-9,]+ answer sets: 0 complete, 0 incomplete, [0-9,]+ rejected \\(the first"
                    + " at line 1\\)\n"),
        r.err());
    assertEquals(1, r.exitCode());
  }

  @Test
  void jsonNestedDeeplyIsRefusedAtItsFirstBracket() throws IOException {
    String deep = "[".repeat(60_000);
    String answer =
        "{\"id\": \"deep\", \"answers\": {\"saddle-numbness\": " + "[".repeat(60_000) + "}}\n";
    Files.writeString(
        dir.resolve("deep.jsonl"),
        GOOD + deep + "\n" + answer + "[".repeat(1_000_000) + "\n" + GOOD);
    TriageJar.Run r =
        TriageJar.run(dir, SMALL_HEAP, "batch", "-q", "example", "--input", "deep.jsonl");
    List<JsonObject> records = records(r.out());
    assertEquals(
        List.of("1 complete", "2 rejected", "3 rejected", "4 rejected", "5 complete"),
        records.stream().map(x -> status(x)).toList());
    assertEquals(
        "the line should be a JSON object such as {\"id\": \"a1\", \"answers\": {\"sitting-pain\": \"yes\"}},"
            + " but is an array",
        records.get(1).getAsJsonArray("errors").get(0).getAsString());
    assertEquals(
        "the answer to 'saddle-numbness' should be a choice id or number, but is an array",
        records.get(2).getAsJsonArray("errors").get(0).getAsString());
    assertTrue(
        records
            .get(3)
            .getAsJsonArray("errors")
            .get(0)
            .getAsString()
            .startsWith("the line is 1,000,000 bytes"));
    assertEquals(1, r.exitCode());
  }
}
