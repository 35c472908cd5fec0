package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.model.Tier;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Whether the console styles its text; what the command allows is EnvironmentTest's. */
class PaletteTest {
  @Test
  void colourInAColourTerminal() {
    assertTrue(Palette.choose(true, "xterm-256color", true).isStyled());
  }

  @Test
  void noColourWhenTheCommandDoesNotAllowIt() {
    assertFalse(Palette.choose(false, "xterm-256color", true).isStyled());
  }

  @Test
  void noColourInADumbTerminal() {
    assertFalse(Palette.choose(true, "dumb", true).isStyled());
    assertFalse(Palette.choose(true, "dumb-color", true).isStyled());
  }

  @Test
  void noColourWhenOutputIsNotATerminal() {
    assertFalse(Palette.choose(true, "xterm-256color", false).isStyled());
  }

  @Test
  void plainPaletteHasNoStyleAtAllNotEvenForEmergencies() {
    assertEquals(AttributedStyle.DEFAULT, Palette.plain().tier(Tier.EMERGENCY));
    assertEquals(AttributedStyle.DEFAULT, Palette.plain().heading());
  }
}
