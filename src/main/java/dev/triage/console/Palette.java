package dev.triage.console;

import dev.triage.model.Tier;
import java.util.Map;
import org.jline.utils.AttributedStyle;

/**
 * The styles of the session's text, or none at all. Styling only ever adds to words that are there anyway: a tier is
 * always spelled out, so a person who cannot see colour (or has it turned off) loses nothing.
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
   * Colour unless it was turned off: {@code --no-color}, {@code NO_COLOR} set to anything but the empty string (as
   * no-color.org asks), {@code TERM=dumb}, a dumb terminal, or output that is not a terminal.
   */
  static Palette choose(boolean noColorFlag, Map<String, String> env, String terminalType, boolean outputIsTerminal) {
    boolean off =
        noColorFlag
            || !env.getOrDefault("NO_COLOR", "").isEmpty()
            || "dumb".equals(env.get("TERM"))
            || terminalType.startsWith("dumb")
            || !outputIsTerminal;
    return new Palette(!off);
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
    return styled ? AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW) : AttributedStyle.DEFAULT;
  }

  /** Red and inverse for the tiers that send a person to care today, so they stand out from everything else. */
  AttributedStyle tier(Tier tier) {
    if (!styled) {
      return AttributedStyle.DEFAULT;
    }
    return switch (tier) {
      case EMERGENCY -> AttributedStyle.BOLD.foreground(AttributedStyle.WHITE).background(AttributedStyle.RED);
      case URGENT -> AttributedStyle.BOLD.foreground(AttributedStyle.RED).inverse();
      case SOON -> AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
      case SELF_CARE -> AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    };
  }
}
