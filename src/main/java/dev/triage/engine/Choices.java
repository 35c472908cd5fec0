package dev.triage.engine;

import dev.triage.model.Asked;
import dev.triage.model.Choice;
import dev.triage.model.NotSure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one answer-validation contract every route uses (flags, answer files, reports, case files, the console).
 *
 * <p>Surrounding spaces are ignored. An answer is, in this order: a choice id written exactly; a choice id in any
 * letter case, with spaces for its hyphens as the console shows it ({@code Yes}, {@code NOT-SURE}, {@code not sure});
 * or the number shown beside it, counting from 1 with "not sure" last.
 * Ids win over numbers so that a file's answers mean the same whatever order the choices are shown in. Prefixes are
 * not answers: the console may expand an unambiguous one with {@link #startingWith} before answering, but a saved
 * answer must never change meaning when a choice is added.
 */
public final class Choices {
  private Choices() {}

  /** The answers a question accepts, as listed: its choices numbered from 1, then "not sure" when offered. */
  public static List<AnswerOption> options(Asked q) {
    List<AnswerOption> options = new ArrayList<>();
    int n = 1;
    for (Choice c : q.choices()) {
      options.add(new AnswerOption(n++, c.id(), c.label()));
    }
    if (q.notSure().isPresent()) {
      options.add(new AnswerOption(n, NotSure.ID, q.notSure().get().label()));
    }
    return List.copyOf(options);
  }

  /** The answer this input picks, or empty when it is not one of the question's answers. */
  public static Optional<Answer> resolve(Asked q, String input) {
    String given = input.strip();
    List<AnswerOption> options = options(q);
    Optional<AnswerOption> pick = options.stream().filter(s -> s.id().equals(given)).findFirst();
    if (pick.isEmpty()) {
      String lower = given.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
      List<AnswerOption> caseless = options.stream().filter(s -> s.id().toLowerCase(Locale.ROOT).equals(lower)).toList();
      if (caseless.size() == 1) {
        pick = Optional.of(caseless.get(0));
      }
    }
    if (pick.isEmpty() && given.matches("[0-9]{1,9}")) {
      int number = Integer.parseInt(given);
      pick = options.stream().filter(s -> s.number() == number).findFirst();
    }
    return pick.map(s -> answer(q, s));
  }

  /** The ids of the answers whose id starts with this text, in any letter case; for completion and prefixes. */
  public static List<String> startingWith(Asked q, String prefix) {
    String lower = prefix.strip().toLowerCase(Locale.ROOT);
    return options(q).stream().map(AnswerOption::id).filter(id -> id.toLowerCase(Locale.ROOT).startsWith(lower)).toList();
  }

  private static Answer answer(Asked q, AnswerOption s) {
    if (s.number() <= q.choices().size()) {
      Choice c = q.choices().get(s.number() - 1);
      return new Answer(q, c.id(), s.number(), c.label(), Optional.empty(), c.reason(), c.next().id());
    }
    NotSure ns = q.notSure().orElseThrow();
    Optional<Choice> treated =
        ns.treatAs().flatMap(id -> q.choices().stream().filter(c -> c.id().equals(id)).findFirst());
    String next =
        ns.next().map(r -> r.id()).or(() -> treated.map(c -> c.next().id())).orElseThrow(
            () -> new IllegalArgumentException("'not sure' of '" + q.id() + "' leads nowhere"));
    return new Answer(q, NotSure.ID, s.number(), ns.label(), treated.map(Choice::id), ns.reason(), next);
  }
}
