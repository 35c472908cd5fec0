package dev.triage.console;

import dev.triage.diag.Printable;
import dev.triage.engine.Abbreviation;
import dev.triage.engine.Answer;
import dev.triage.engine.AnswerOption;
import dev.triage.engine.Choices;
import dev.triage.engine.Rejection;
import dev.triage.engine.Walk;
import dev.triage.model.Asked;
import dev.triage.model.RedFlag;
import dev.triage.model.SelfTest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Asks the current question of a walk until it gets an answer or a command. What a person types is
 * read, in order, as: an answer id or number (the engine's one answer contract), {@code ?} (or
 * {@code help}), {@code b}, {@code q} (or {@code quit}, {@code exit}), then the start of exactly
 * one answer id as {@link Abbreviation} reads it (never "not sure" from "no" or "n"). Anything else
 * is asked again with the valid answers listed; nothing is ever guessed.
 */
final class QuestionScreen {
  static final String KEYS =
      "Type the number or the name of an answer and press Enter (the first letters of a name are enough; Tab"
          + " completes). ? shows help, b or Esc goes back one question, q quits.";

  private static final String NOTE = "Note: ";

  /** A label that answers no: "No: I am under 16", "None, 1 or 2", "Neither". */
  private static final Pattern NO_LABEL =
      Pattern.compile("(no|none|neither)\\b", Pattern.CASE_INSENSITIVE);

  private final Screen screen;
  private final Prompt prompt;
  private final Confirm confirm;

  QuestionScreen(Screen screen, Prompt prompt, Confirm confirm) {
    this.screen = screen;
    this.prompt = prompt;
    this.confirm = confirm;
  }

  /**
   * Shows the current question and reads until it is answered, or the person goes back or quits.
   *
   * @param earlier the answer given to this question before an answer above it was changed: Enter
   *     keeps it
   * @return {@link Move.Answered} or {@link Back}
   * @throws dev.triage.diag.TriageException CANCELLED when the person quits, or presses Ctrl-C or
   *     Ctrl-D
   */
  Move ask(Walk walk, Optional<Answer> earlier) {
    Asked q = walk.current().orElseThrow();
    show(walk, q);
    List<AnswerOption> shown = Choices.options(q);
    List<Prompt.Completion> completions =
        shown.stream().map(s -> new Prompt.Completion(s.id(), s.label())).toList();
    earlier.ifPresent(
        e ->
            screen.styled(
                "Press Enter to keep your earlier answer: " + e.number() + " " + e.label() + ".",
                screen.palette().hint()));
    AttributedString asking = promptText(shown.size());
    while (true) {
      Input input = prompt.read(asking, completions);
      if (input instanceof Input.Cancel) {
        throw Cancel.now();
      }
      if (input instanceof Back) {
        if (walk.canGoBack()) {
          return new Back();
        }
        screen.styled(
            "This is the first question; there is nothing before it.", screen.palette().problem());
        continue;
      }
      String text = ((Input.Line) input).text();
      if (text.isEmpty() && earlier.isPresent()) {
        return new Move.Answered(walk.answer(earlier.get()));
      }
      Optional<Answer> answer = Choices.resolve(q, text);
      if (answer.isPresent()) {
        return new Move.Answered(walk.answer(answer.get()));
      }
      switch (text.toLowerCase(Locale.ROOT)) {
        case "?", "help" -> help(q);
        case "b" -> {
          if (walk.canGoBack()) {
            return new Back();
          }
          screen.styled(
              "This is the first question; there is nothing before it.",
              screen.palette().problem());
        }
        case "q", "quit", "exit" -> {
          if (confirm.ask("Quit now? Nothing will be saved.", false)) {
            throw Cancel.now();
          }
        }
        default -> {
          Optional<Walk> byPrefix = byPrefix(walk, q, text);
          if (byPrefix.isPresent()) {
            return new Move.Answered(byPrefix.get());
          }
        }
      }
    }
  }

  private void show(Walk walk, Asked q) {
    screen.blank();
    String where = q instanceof RedFlag ? " - safety check" : "";
    screen.styled(
        "Question " + walk.number() + " of at most " + walk.totalAtMost() + where,
        screen.palette().hint());
    screen.styled(q.text(), screen.palette().heading());
    // A note changes how to answer, so it is never behind '?' as help is.
    q.note()
        .ifPresent(
            note -> screen.text(note, NOTE, " ".repeat(NOTE.length()), AttributedStyle.DEFAULT));
    // The question asks about the test's result, so its steps come first, not behind '?'.
    q.selfTest()
        .ifPresent(
            test -> {
              selfTest(test);
              screen.blank();
            });
    list(Choices.options(q));
  }

  private void list(List<AnswerOption> options) {
    for (AnswerOption s : options) {
      String number = String.format("%3d  ", s.number());
      screen.text(s.label(), number, " ".repeat(number.length()), AttributedStyle.DEFAULT);
    }
  }

  /**
   * "Your answer (1-3, ? help, b back, q quit): ", or in a window too narrow for it the keys on a
   * line of their own and "Your answer: ", so the prompt never breaks across lines.
   */
  private AttributedString promptText(int answers) {
    String keys = "1-" + answers + ", ? help, b back, q quit";
    AttributedString full =
        new AttributedStringBuilder()
            .append("Your answer ")
            .style(screen.palette().hint())
            .append("(" + keys + ")")
            .style(AttributedStyle.DEFAULT)
            .append(": ")
            .toAttributedString();
    if (prompt.fits(full)) {
      return full;
    }
    screen.styled("Answer " + keys + ".", screen.palette().hint());
    return new AttributedString("Your answer: ");
  }

  private Optional<Walk> byPrefix(Walk walk, Asked q, String text) {
    List<String> ids = Abbreviation.ids(q, text);
    if (ids.size() == 1) {
      return walk.answer(ids.get(0));
    }
    if (ids.size() > 1) {
      screen.styled(
          Printable.quote(text)
              + " could be "
              + String.join(" or ", ids)
              + ": type more of it, or its number.",
          screen.palette().problem());
    } else if (Abbreviation.meansNo(text)) {
      notAnswerNo(q, text);
    } else if (text.isEmpty()) {
      screen.styled(
          "Please type an answer: " + Rejection.of(q, text).validList() + ".",
          screen.palette().problem());
    } else {
      screen.styled(
          Printable.quote(text)
              + " is not one of the answers: "
              + Rejection.of(q, text).validList()
              + ".",
          screen.palette().problem());
    }
    return Optional.empty();
  }

  /**
   * A no typed where no answer is "no": the answers again by number, those whose label starts with
   * a word meaning no first, since the person meant one of those or does not yet see their answer.
   */
  private void notAnswerNo(Asked q, String text) {
    screen.styled(
        Printable.quote(text) + " is not one of the answers; pick one of these by its number:",
        screen.palette().problem());
    List<AnswerOption> options = Choices.options(q);
    list(
        Stream.concat(
                options.stream().filter(o -> NO_LABEL.matcher(o.label()).lookingAt()),
                options.stream().filter(o -> !NO_LABEL.matcher(o.label()).lookingAt()))
            .toList());
  }

  private void help(Asked q) {
    screen.blank();
    q.help()
        .ifPresentOrElse(
            h -> screen.text("Why we ask: " + h),
            () -> screen.text("There is no extra help for this question."));
    q.selfTest().ifPresent(this::selfTest);
    screen.styled(KEYS, screen.palette().hint());
  }

  private void selfTest(SelfTest test) {
    screen.text("Self-test: " + test.name());
    int n = 1;
    for (String step : test.steps()) {
      String number = String.format("%3d. ", n++);
      screen.text(step, number, " ".repeat(number.length()), AttributedStyle.DEFAULT);
    }
  }
}
