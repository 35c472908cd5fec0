package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.diag.TriageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quitting, Ctrl-C and Ctrl-D: the session ends at once, says nothing was saved, and saves nothing.
 */
@Timeout(600) // guards against a session that waits for keys that never come
class EndingEarlyTest {
  @TempDir Path dir;

  @Test
  void qQuitsOnlyAfterConfirming() throws IOException {
    Driver.Transcript t =
        Driver.run(Requests.in(dir), Keys.typing("2", "q", "", "q", "n", "q", "y"));
    assertTrue(
        t.screen()
            .contains(
                """
        Your answer (1-2, ? help, b back, q quit): q
        Quit now? Nothing will be saved. [y/N]\s
        Your answer (1-2, ? help, b back, q quit): q
        Quit now? Nothing will be saved. [y/N] n
        Your answer (1-2, ? help, b back, q quit): q
        Quit now? Nothing will be saved. [y/N] y
        """),
        t.screen());
    assertCancelled(t);
  }

  @Test
  void ctrlDAtAPromptCancels() throws IOException {
    assertCancelled(Driver.run(Requests.in(dir), Keys.typing("2").type(Keys.CTRL_D)));
  }

  @Test
  void ctrlCAtAPromptCancels() throws IOException {
    assertCancelled(Driver.run(Requests.in(dir), Keys.typing("2").type("ye" + Keys.CTRL_C)));
  }

  @Test
  void ctrlCInARealTerminalCancels() throws IOException {
    assertCancelled(
        Driver.run(Requests.in(dir), Keys.typing("2").type(Keys.CTRL_C), "xterm-256color", 80));
  }

  @Test
  void ctrlCWhenAskedWhereToSaveSavesNothing() throws IOException {
    Keys keys =
        Keys.typing("2", "2", "2", "1", "2", "2", "1", "", "y").type("mine.md" + Keys.CTRL_C);
    Driver.Transcript t = Driver.run(Requests.in(dir), keys);
    assertTrue(
        t.screen().contains("File name [triage-report-2026-11-21.md] (Esc to cancel): "),
        t.screen());
    assertCancelled(t);
  }

  private void assertCancelled(Driver.Transcript t) throws IOException {
    assertTrue(t.cancelled(), "not cancelled:\n" + t.screen());
    TriageException e = t.failure().orElseThrow();
    assertEquals(List.of("Cancelled. Nothing was saved."), e.lines());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.toList());
    }
  }
}
