package dev.triage.console;

import dev.triage.engine.Walk;
import java.util.Objects;

/** Where asking one question left the session. */
sealed interface Step permits Step.Answered, Step.Back, Step.Quit {
  /** The question was answered; {@code walk} is the walk after the answer. */
  record Answered(Walk walk) implements Step {
    public Answered {
      Objects.requireNonNull(walk, "walk");
    }
  }

  /** The person asked to go back one question. */
  record Back() implements Step {}

  /** The person asked to quit and confirmed it. */
  record Quit() implements Step {}
}
