package dev.triage.console;

import dev.triage.engine.Walk;
import java.util.Objects;

/**
 * Where a person took the session from a screen: on from a question, back a question, or, from the
 * review, on to the result or back to one answer to change it. Quitting is not a move: it cancels
 * the session.
 */
sealed interface Move permits Move.Answered, Move.ShowResult, Move.Change, Back {
  /** The question was answered; {@code walk} is the walk after the answer. */
  record Answered(Walk walk) implements Move {
    public Answered {
      Objects.requireNonNull(walk, "walk");
    }
  }

  /** On to the result, from the review. */
  record ShowResult() implements Move {}

  /** Change the answer at this index of the walk's answers, from the review. */
  record Change(int index) implements Move {}
}
