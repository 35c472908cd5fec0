package dev.triage.engine;

import dev.triage.model.Asked;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Choices#resolve} for one question, made once per questionnaire: its answers built ahead, found by id, by id
 * in any letter case, and by number, so resolving an answer allocates nothing. {@link Flow} keeps one per question;
 * a batch resolves a few million answers a second through it, where the streams of {@code Choices.resolve} took most
 * of a walk's time. ChoicesTest holds the two equal.
 */
final class AnswerTable {
  private final Asked question;
  private final Map<String, Answer> byId = new HashMap<>();
  /** Lower-case ids that exactly one answer has; an id two answers share in lower case answers neither. */
  private final Map<String, Answer> byCaselessId = new HashMap<>();
  private final Answer[] byNumber;

  private AnswerTable(Asked question) {
    this.question = question;
    List<AnswerOption> options = Choices.options(question);
    byNumber = new Answer[options.size()];
    Map<String, Integer> caseless = new HashMap<>();
    for (AnswerOption s : options) {
      Answer answer = Choices.answer(question, s);
      byId.putIfAbsent(s.id(), answer);
      byNumber[s.number() - 1] = answer;
      String lower = s.id().toLowerCase(Locale.ROOT);
      caseless.merge(lower, 1, Integer::sum);
      byCaselessId.putIfAbsent(lower, answer);
    }
    caseless.forEach((lower, count) -> {
      if (count > 1) {
        byCaselessId.remove(lower);
      }
    });
  }

  /** The table of {@code question}, or empty when one of its answers cannot be built (a questionnaire not valid). */
  static Optional<AnswerTable> of(Asked question) {
    try {
      return Optional.of(new AnswerTable(question));
    } catch (IllegalArgumentException notWalkable) {
      return Optional.empty();
    }
  }

  /** Whether this is the table of {@code q} itself, not of another question of the same id. */
  boolean isFor(Asked q) {
    return question == q;
  }

  /** As {@link Choices#resolve}: an exact id, then an id in any letter case, then a number of up to 9 digits. */
  Optional<Answer> resolve(String input) {
    String given = input.strip();
    Answer answer = byId.get(given);
    if (answer == null) {
      answer = byCaselessId.get(given.toLowerCase(Locale.ROOT));
    }
    if (answer == null && isNumber(given)) {
      int number = Integer.parseInt(given);
      answer = number >= 1 && number <= byNumber.length ? byNumber[number - 1] : null;
    }
    return Optional.ofNullable(answer);
  }

  /** What {@code [0-9]{1,9}} matches. */
  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
