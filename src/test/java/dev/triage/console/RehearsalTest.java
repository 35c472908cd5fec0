package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The rehearsal a start-up training run uses: a whole session in memory that saves nothing. */
@Timeout(60) // guards against a session that waits for keys that never come
class RehearsalTest {
  @TempDir Path dir;

  @Test
  void walksAWholeSessionAndLeavesNoFile() throws IOException {
    assertTrue(Rehearsal.rehearse(Requests.in(dir)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList());
    }
  }
}
