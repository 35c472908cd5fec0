package dev.triage.console;

import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;

/** Asks a yes-or-no question; Enter takes the default shown in capitals, Esc means no. */
final class Confirm {
  private final Screen screen;
  private final Prompt prompt;

  Confirm(Screen screen, Prompt prompt) {
    this.screen = screen;
    this.prompt = prompt;
  }

  boolean ask(String question, boolean yesByDefault) {
    AttributedString text = new AttributedString(question + (yesByDefault ? " [Y/n] " : " [y/N] "));
    List<Prompt.Completion> none = List.of();
    while (true) {
      Input input = prompt.read(text, none);
      if (input instanceof Input.Cancel) {
        throw Cancel.now();
      }
      if (input instanceof Back) {
        return false;
      }
      switch (((Input.Line) input).text().toLowerCase(Locale.ROOT)) {
        case "" -> {
          return yesByDefault;
        }
        case "y", "yes" -> {
          return true;
        }
        case "n", "no" -> {
          return false;
        }
        default -> screen.styled("Please type y for yes or n for no.", screen.palette().problem());
      }
    }
  }
}
