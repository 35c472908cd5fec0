package dev.triage.engine;

import java.util.Objects;

/**
 * One answer as written before a walk, on the command line or in a file, not yet resolved against the questionnaire.
 *
 * @param question the question id as written
 * @param choice the answer as written: a choice id or number
 * @param origin where it was written, for messages: {@code -a sitting-pain=yes} or {@code answers.yaml:3:15}
 */
public record WrittenAnswer(String question, String choice, String origin) {
  public WrittenAnswer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(origin, "origin");
  }
}
