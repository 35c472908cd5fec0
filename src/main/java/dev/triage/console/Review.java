package dev.triage.console;

import dev.triage.engine.Answer;
import dev.triage.engine.Walk;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Lists every answer before the result and lets the person change any one of them. */
final class Review {
  static final String HELP =
      "These are the answers the result will come from. Press Enter to see the result. To change an answer, type its"
          + " number: that question is asked again, and the walk goes on from there (Enter keeps each later answer"
          + " that still applies). b or Esc goes back to the last question, q quits without saving.";

  private final Screen screen;
  private final Prompt prompt;
  private final Confirm confirm;

  Review(Screen screen, Prompt prompt, Confirm confirm) {
    this.screen = screen;
    this.prompt = prompt;
    this.confirm = confirm;
  }

  /**
   * Lists the answers and reads what to do.
   *
   * @param given answers that came from {@code -a} or {@code --answers}, marked as such in the list
   * @return {@link Move.ShowResult}, {@link Move.Change} or {@link Back}
   * @throws dev.triage.diag.TriageException CANCELLED when the person quits, or presses Ctrl-C or
   *     Ctrl-D
   */
  Move ask(Walk walk, Map<String, Answer> given) {
    List<Answer> answers = walk.answers();
    screen.blank();
    screen.styled("Your answers", screen.palette().heading());
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      String number = String.format("%3d  ", i + 1);
      String indent = " ".repeat(number.length());
      screen.text(a.question().text(), number, indent, AttributedStyle.DEFAULT);
      String from = given.containsKey(a.question().id()) ? " (given before the session)" : "";
      screen.text("Answer: " + a.label() + from, indent, indent + "  ", screen.palette().heading());
    }
    screen.text("Press Enter to see the result, or type the number of an answer to change it.");
    AttributedString text =
        new AttributedString("Enter for the result, or 1-" + answers.size() + " to change: ");
    while (true) {
      Input input = prompt.read(text, List.of());
      if (input instanceof Input.Cancel) {
        throw Cancel.now();
      }
      if (input instanceof Back) {
        return new Back();
      }
      String line = ((Input.Line) input).text().toLowerCase(Locale.ROOT);
      if (line.isEmpty()) {
        return new Move.ShowResult();
      }
      if (line.matches("[0-9]{1,9}")) {
        int n = Integer.parseInt(line);
        if (n >= 1 && n <= answers.size()) {
          return new Move.Change(n - 1);
        }
      }
      switch (line) {
        case "b" -> {
          return new Back();
        }
        case "q", "quit", "exit" -> {
          if (confirm.ask("Quit now? Nothing will be saved.", false)) {
            throw Cancel.now();
          }
        }
        case "?", "help" -> screen.styled(HELP, screen.palette().hint());
        default ->
            screen.styled(
                "'"
                    + line
                    + "' is not on the list: press Enter for the result, or type 1 to "
                    + answers.size()
                    + ".",
                screen.palette().problem());
      }
    }
  }
}
