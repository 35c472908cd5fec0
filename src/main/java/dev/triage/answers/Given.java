package dev.triage.answers;

import java.util.Objects;

/**
 * One answer given before a walk, as typed.
 *
 * @param question the question id as typed
 * @param choice the answer as typed: a choice id or number
 * @param origin where it was given, for messages: {@code -a sitting-pain=yes} or {@code answers.yaml:3:15}
 */
public record Given(String question, String choice, String origin) {
  public Given {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(origin, "origin");
  }
}
