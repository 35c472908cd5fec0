package dev.triage.console;

import dev.triage.model.Tier;
import org.jline.utils.AttributedStyle;

/**
 * The styles of the session's text, or none at all. Styling only ever adds to words that are there
 * anyway: a tier is always spelled out, so a person who cannot see colour (or has it turned off)
 * loses nothing.
 */
final class Palette {
  private final boolean styled;

  private Palette(boolean styled) {
    this.styled = styled;
  }

  static Palette plain() {
    return new Palette(false);
  }

  static Palette styled() {
    return new Palette(true);
  }

  /**
   * Colour when the command allows it ({@code --no-color}, {@code NO_COLOR} and {@code TERM=dumb}
   * do not) and the terminal can show it: not a dumb terminal, and output that is a terminal.
   */
  static Palette choose(boolean allowed, String terminalType, boolean outputIsTerminal) {
    return new Palette(allowed && !terminalType.startsWith("dumb") && outputIsTerminal);
  }

  boolean isStyled() {
    return styled;
  }

  AttributedStyle heading() {
    return styled ? AttributedStyle.BOLD : AttributedStyle.DEFAULT;
  }

  AttributedStyle number() {
    return styled ? AttributedStyle.BOLD.foreground(AttributedStyle.CYAN) : AttributedStyle.DEFAULT;
  }

  AttributedStyle hint() {
    return styled ? AttributedStyle.DEFAULT.faint() : AttributedStyle.DEFAULT;
  }

  AttributedStyle problem() {
    return styled
        ? AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW)
        : AttributedStyle.DEFAULT;
  }

  /**
   * Red and inverse for the tiers that send a person to care today, so they stand out from
   * everything else.
   */
  AttributedStyle tier(Tier tier) {
    if (!styled) {
      return AttributedStyle.DEFAULT;
    }
    return switch (tier) {
      case EMERGENCY ->
          AttributedStyle.BOLD.foreground(AttributedStyle.WHITE).background(AttributedStyle.RED);
      case URGENT -> AttributedStyle.BOLD.foreground(AttributedStyle.RED).inverse();
      case SOON -> AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
      case SELF_CARE -> AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    };
  }
}
