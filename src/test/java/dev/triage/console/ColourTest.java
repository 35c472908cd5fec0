package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Colour in a colour terminal, none when asked not to; the tier is spelled out either way. */
@Timeout(600) // guards against a session that waits for keys that never come
class ColourTest {
  /** Select Graphic Rendition: the escape sequences that set colour and emphasis. */
  private static final Pattern SGR_BEFORE_EMERGENCY =
      Pattern.compile("\u001b\\[[0-9;]*m[^\n]*EMERGENCY: act now");

  private static final Pattern ANY_SGR = Pattern.compile("\u001b\\[[0-9;]*[1-9][0-9;]*m");

  @TempDir Path dir;

  @Test
  void theEmergencyIsColouredInAColourTerminal() {
    Driver.Transcript t =
        Driver.run(Requests.in(dir), Keys.typing("1", "", "n"), "xterm-256color", 100);
    assertTrue(SGR_BEFORE_EMERGENCY.matcher(t.raw()).find(), t.raw());
  }

  /** The command says no colour for --no-color, NO_COLOR and TERM=dumb (EnvironmentTest). */
  @Test
  void noColourWhenTheCommandSaysNone() {
    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).noColour().build(),
            Keys.typing("1", "", "n"),
            "xterm-256color",
            100);
    assertFalse(ANY_SGR.matcher(t.raw()).find(), t.raw());
    assertTrue(t.screen().contains("EMERGENCY: act now"), t.screen());
  }

  @Test
  void noColourInADumbTerminal() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("1", "", "n"));
    assertFalse(t.raw().contains("\u001b"), t.raw());
  }
}
