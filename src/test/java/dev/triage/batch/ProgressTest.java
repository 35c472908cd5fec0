package dev.triage.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The progress line: nothing in the first second, then at most four times a second, rewritten in
 * place, cleared.
 */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aShortBatchShowsNothing() {
    StringWriter terminal = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    Progress p = new Progress(terminal, now::get);
    now.set(SECOND - 1);
    p.accept(50_000);
    p.finish();
    assertEquals("", terminal.toString());
  }

  @Test
  void aLongBatchShowsSetsDoneAndTheRateThenClearsTheLine() {
    StringWriter terminal = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    Progress p = new Progress(terminal, now::get);
    now.set(2 * SECOND);
    p.accept(123_456);
    now.set(2 * SECOND + SECOND / 10);
    p.accept(130_000); // too soon after the last: not shown
    now.set(4 * SECOND);
    p.accept(200_000);
    p.finish();
    String line1 = "triage: 123,456 answer sets, 61,728 a second";
    String line2 = "triage: 200,000 answer sets, 50,000 a second";
    assertEquals(
        "\r" + line1 + "\r" + line2 + "\r" + " ".repeat(line2.length()) + "\r",
        terminal.toString());
  }

  @Test
  void theLineIsDrawnOnlyOnATerminalWithTermSetAsATerminalSetsIt() {
    assertTrue(Progress.onStandardError(true, Optional.of("xterm-256color")).isPresent());
    assertTrue(Progress.onStandardError(false, Optional.of("xterm-256color")).isEmpty());
    assertTrue(Progress.onStandardError(true, Optional.of("dumb")).isEmpty());
    assertTrue(Progress.onStandardError(true, Optional.of("")).isEmpty());
    assertTrue(Progress.onStandardError(true, Optional.empty()).isEmpty());
  }
}
