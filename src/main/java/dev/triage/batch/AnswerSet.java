package dev.triage.batch;

import dev.triage.answers.Given;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's answers read from a batch input.
 *
 * @param line the line the answer set starts on, from 1
 * @param id the id the input gives it, if any
 * @param answers the answers in the order written; unanswered questions are simply absent
 */
record AnswerSet(long line, Optional<String> id, List<Given> answers) {
  AnswerSet {
    Objects.requireNonNull(id, "id");
    answers = List.copyOf(answers);
  }
}
