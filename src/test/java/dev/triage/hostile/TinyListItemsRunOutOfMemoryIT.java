package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 11 (high): a 32 MiB file of 16 million tiny list items ran out of memory with {@code
 * -Xmx512m} and printed a Java stack trace. The loader budgets nodes as well as bytes, and running
 * out of memory anywhere is one line on stderr and exit 1, like every other failure.
 */
@Tag("hostile")
class TinyListItemsRunOutOfMemoryIT {
  @TempDir Path dir;

  private Path tinyItems(String name, int items) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < items; i++) {
        w.write("-\n");
      }
    }
    return file;
  }

  @Test
  void sixteenMillionTinyListItemsAreRefusedAtTheNodeBudgetInHalfAGigabyte() throws IOException {
    tinyItems("tiny.yaml", 16_000_000);
    TriageJar.Run r = TriageJar.run(dir, List.of("-Xmx512m"), "validate", "tiny.yaml");
    assertEquals(
        "tiny.yaml:4000000:2: error: the file holds more than 4,000,000 values, lists and mappings; a"
            + " questionnaire needs far fewer: check that this is the right file\n-\n ^\n",
        r.err());
    assertEquals("tiny.yaml: invalid, 1 error\n1 file checked: 1 error, 0 warnings\n", r.out());
    assertEquals(1, r.exitCode());
  }

  @Test
  void answersOfMillionsOfTinyItemsAreRefusedTheSameWay() throws IOException {
    tinyItems("answers.yaml", 16_000_000);
    TriageJar.Run r = TriageJar.run(dir, List.of("-Xmx512m"), "run", "--answers", "answers.yaml");
    assertTrue(
        r.err()
            .startsWith(
                "answers.yaml:4000000:2: error: the file holds more than 4,000,000 values, lists"
                    + " and mappings"),
        r.err());
    assertEquals(1, r.exitCode());
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExit1() throws IOException {
    Path big = tinyItems("big.yaml", 3_000_000);
    assertTrue(Files.size(big) > 4_000_000);
    TriageJar.Run r =
        TriageJar.run(dir, List.of("-Xmx12m", "-XX:+UseSerialGC"), "validate", "big.yaml");
    assertEquals(
        "triage: out of memory (the Java heap is full); check that this is the right file, or give Java"
            + " more memory, for example with JAVA_TOOL_OPTIONS=-Xmx1g\n",
        r.err());
    assertEquals(1, r.exitCode());
  }
}
