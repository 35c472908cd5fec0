package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.model.Tier;
import java.util.Map;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60) // guards against a session that waits for keys that never come
class PaletteTest {
  private static final Map<String, String> XTERM = Map.of("TERM", "xterm-256color");

  @Test
  void colourInAColourTerminal() {
    assertTrue(Palette.choose(false, XTERM, "xterm-256color", true).isStyled());
  }

  @Test
  void noColourWithTheFlag() {
    assertFalse(Palette.choose(true, XTERM, "xterm-256color", true).isStyled());
  }

  @Test
  void noColourWhenNoColorIsSetToAnything() {
    assertFalse(Palette.choose(false, Map.of("TERM", "xterm", "NO_COLOR", "1"), "xterm", true).isStyled());
  }

  @Test
  void anEmptyNoColorDoesNotCount() {
    assertTrue(Palette.choose(false, Map.of("TERM", "xterm", "NO_COLOR", ""), "xterm", true).isStyled());
  }

  @Test
  void noColourWithTermDumb() {
    assertFalse(Palette.choose(false, Map.of("TERM", "dumb"), "xterm", true).isStyled());
    assertFalse(Palette.choose(false, XTERM, "dumb", true).isStyled());
  }

  @Test
  void noColourWhenOutputIsNotATerminal() {
    assertFalse(Palette.choose(false, XTERM, "xterm-256color", false).isStyled());
  }

  @Test
  void plainPaletteHasNoStyleAtAllNotEvenForEmergencies() {
    assertEquals(AttributedStyle.DEFAULT, Palette.plain().tier(Tier.EMERGENCY));
    assertEquals(AttributedStyle.DEFAULT, Palette.plain().heading());
  }
}
