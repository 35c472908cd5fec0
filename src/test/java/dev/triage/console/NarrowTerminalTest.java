package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A window 40 columns wide: no prompt breaks across lines. */
@Timeout(600) // guards against a session that waits for keys that never come
class NarrowTerminalTest {
  @TempDir Path dir;

  @Test
  void atFortyColumnsNoPromptIsWiderThanTheWindow() {
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir),
            Keys.typing("2", "2", "2", "1", "2", "2", "1", "", "y", "", "n"),
            "dumb",
            40);
    assertTrue(t.failure().isEmpty(), t.screen());
    List<String> wide = t.screen().lines().filter(l -> Screen.columns(l) > 40).toList();
    assertEquals(List.of(), wide, t.screen());
    assertTrue(
        t.screen().contains("Answer 1-3, ? help, b back, q quit.\nYour answer: 2\n"), t.screen());
    assertTrue(
        t.screen()
            .contains(
                "Save a report of your answers\nand this result? [Y/n] y\nFile name\n"
                    + "[triage-report-2026-11-21.md]\n(Esc to cancel): \n"),
        t.screen());
  }
}
