package dev.triage.console;

import dev.triage.answers.AnswerPrompter;
import dev.triage.engine.Answer;
import dev.triage.engine.Result;
import dev.triage.engine.Walk;
import dev.triage.model.Asked;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.report.Report;
import dev.triage.report.ReviewLine;
import dev.triage.report.Tiers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStyle;

/**
 * One interactive session over a terminal: welcome, the red-flag screen, the questions, a review of
 * every answer, the result and the offer to save a report. Every answer goes through the engine's
 * walk, as in a scripted run.
 */
final class Session {
  private final Screen screen;
  private final Prompt prompt;
  private final QuestionScreen questions;
  private final Review review;
  private final ResultScreen results;
  private final AnswerPrompter.Request request;

  Session(Terminal terminal, Palette palette, AnswerPrompter.Request request) {
    this.screen = new Screen(terminal, palette);
    this.prompt = new Prompt(terminal);
    Confirm confirm = new Confirm(screen, prompt);
    this.questions = new QuestionScreen(screen, prompt, confirm);
    this.review = new Review(screen, prompt, confirm);
    this.results = new ResultScreen(screen, prompt, confirm, request);
    this.request = request;
  }

  /**
   * Runs the session to the end and returns the walk as it ended, at an outcome.
   *
   * @throws dev.triage.diag.TriageException of kind CANCELLED when the person quits or presses
   *     Ctrl-C or Ctrl-D
   */
  Walk run() {
    welcome(request.walk().flow().questionnaire());
    Walk walk = request.walk();
    listGiven(walk);
    Map<String, Answer> earlier = Map.of();
    while (true) {
      walk = walkToEnd(walk, earlier);
      Result result = walk.result().orElseThrow();
      if (Tiers.alarming(result.outcome().tier())) {
        // AnswerOption at once, before any review: an emergency must not wait behind more screens.
        Report report = request.report().apply(result);
        results.show(report);
        if (results.mistaken()) {
          earlier = undone(walk);
          walk = walk.back();
          continue;
        }
        results.offerToSave(report);
        return walk;
      }
      Move move = review.ask(walk, request.given());
      if (move instanceof Move.Change change) {
        Answer changed = walk.answers().get(change.index());
        earlier = answersFrom(walk, change.index());
        walk = walk.rewindTo(changed.question().id()).orElseThrow();
      } else if (move instanceof Back) {
        earlier = undone(walk);
        walk = walk.back();
      } else {
        Report report = request.report().apply(result);
        results.show(report);
        results.offerToSave(report);
        return walk;
      }
    }
  }

  /**
   * Asks until an outcome is reached, applying answers given on the command line as their questions
   * come up. A question that {@code b} brings back offers the answer it had a moment ago, which is
   * the one to keep: not one from before a change at the review.
   */
  private Walk walkToEnd(Walk start, Map<String, Answer> before) {
    Map<String, Answer> earlier = new HashMap<>(before);
    Walk walk = start;
    while (!walk.done()) {
      section(walk);
      Asked q = walk.current().orElseThrow();
      Move move = questions.ask(walk, Optional.ofNullable(earlier.get(q.id())));
      if (move instanceof Move.Answered answered) {
        walk = given(answered.walk());
      } else {
        earlier.putAll(undone(walk));
        walk = walk.back();
      }
    }
    return walk;
  }

  /**
   * The answer {@link Walk#back} is about to drop, by its question's id, so the question can offer
   * it again.
   */
  private static Map<String, Answer> undone(Walk walk) {
    List<Answer> answers = walk.answers();
    if (answers.isEmpty()) {
      return Map.of();
    }
    Answer last = answers.get(answers.size() - 1);
    return Map.of(last.question().id(), last);
  }

  private void welcome(Questionnaire q) {
    screen.styled(q.title() + " (version " + q.version() + ")", screen.palette().heading());
    screen.text(capitalised(ReviewLine.of(q)) + ".");
    q.description()
        .ifPresent(
            d -> {
              screen.blank();
              screen.text(d);
            });
    screen.blank();
    screen.text(q.disclaimer());
    screen.blank();
    screen.styled(QuestionScreen.KEYS, screen.palette().hint());
  }

  private static String capitalised(String line) {
    return Character.toUpperCase(line.charAt(0)) + line.substring(1);
  }

  /** Says what the red-flag screen is on its first question, and when the walk moves past it. */
  private void section(Walk walk) {
    boolean redFlag = walk.current().orElseThrow() instanceof RedFlag;
    List<Answer> answers = walk.answers();
    boolean afterRedFlag =
        !answers.isEmpty() && answers.get(answers.size() - 1).question() instanceof RedFlag;
    if (redFlag && answers.isEmpty()) {
      screen.blank();
      screen.styled("First, some safety questions", screen.palette().heading());
      screen.text(
          "These check for warning signs that need a doctor: some at once, some the same day, some within"
              + " days. If you are unsure, choose \"not sure\" where it is offered.");
    } else if (!redFlag && afterRedFlag) {
      screen.blank();
      screen.styled(
          "No warning signs so far. Now some questions about your pain.",
          screen.palette().heading());
    }
  }

  /**
   * Lists the answers given before the session (by -a or --answers, a replayed report among them)
   * before the first question, so none is applied silently.
   */
  private void listGiven(Walk walk) {
    if (walk.answers().isEmpty()) {
      return;
    }
    screen.blank();
    screen.styled("Answered before the session", screen.palette().heading());
    walk.answers().forEach(this::announce);
  }

  /**
   * Applies the answers given on the command line to the questions that come next, saying so for
   * each.
   */
  private Walk given(Walk walk) {
    Walk replayed = walk.replay(request.given());
    List<Answer> applied =
        replayed.answers().subList(walk.answers().size(), replayed.answers().size());
    if (!applied.isEmpty()) {
      screen.blank();
      screen.styled("Answered before the session", screen.palette().heading());
      applied.forEach(this::announce);
    }
    return replayed;
  }

  private void announce(Answer a) {
    screen.text(a.question().text(), "  - ", "    ", AttributedStyle.DEFAULT);
    screen.text("Answer: " + a.label(), "    ", "      ", AttributedStyle.DEFAULT);
  }

  private static Map<String, Answer> answersFrom(Walk walk, int index) {
    Map<String, Answer> earlier = new HashMap<>();
    for (Answer a : walk.answers().subList(index, walk.answers().size())) {
      earlier.put(a.question().id(), a);
    }
    return earlier;
  }
}
