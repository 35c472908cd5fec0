package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 12 (high, hostile suite): JLine copies and redraws the whole line for every key, so
 * pasting into a prompt was quadratic, and Ctrl-C after a long paste waited for all of it. A line
 * holds at most {@link Prompt#MAX_LINE} characters; the rest are dropped at once. Work is measured
 * in bytes allocated, which a busy machine does not change.
 */
@Tag("hostile")
class PastingIntoThePromptIsQuadraticTest {
  private static final String PASTE = "x".repeat(20_000);

  @TempDir Path dir;

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  @Test
  void aTwentyThousandCharacterPasteIsCutAtTheLineLimitAndCtrlCStillCancels() {
    long before = allocated();
    long start = System.nanoTime();
    Driver.Transcript t =
        Driver.run(Requests.in(dir), Keys.typing(PASTE).type(Keys.CTRL_C), "xterm-256color", 80);
    long bytes = allocated() - before;
    System.out.printf(
        "20,000-character paste, then Enter and Ctrl-C: %,d ms, %,.1f MB allocated%n",
        (System.nanoTime() - start) / 1_000_000, bytes / 1e6);
    assertTrue(
        t.screen()
            .replace('\n', ' ')
            .contains(
                "'"
                    + "x".repeat(60)
                    + "...' is not one of the answers: yes,"
                    + " no, not-sure (or 1 to 3)."),
        t.screen());
    assertTrue(t.cancelled(), t.screen());
    // JLine redraws the line for every key, a constant amount once the line is full; without the
    // cap each key copied
    // and redrew a longer line, about 16 times as much in all for this paste (docs/security.md).
    assertTrue(bytes < 8L * 1024 * 1024 * 1024, bytes + " bytes allocated");
  }
}
