package dev.triage.batch;

import dev.triage.engine.WrittenAnswer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer set as a batch input writes it (a line of JSON, a row of CSV), read but not yet
 * resolved against the questionnaire, which a worker does.
 *
 * @param line the line the answer set starts on, from 1
 * @param id the id the input gives it, if any
 * @param answers the answers in the order written; unanswered questions are simply absent
 */
record WrittenSet(long line, Optional<String> id, List<WrittenAnswer> answers) {
  WrittenSet {
    Objects.requireNonNull(id, "id");
    answers = List.copyOf(answers);
  }
}
