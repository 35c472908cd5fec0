package dev.triage.engine;

import dev.triage.model.Asked;
import dev.triage.model.Choice;
import dev.triage.model.NotSure;
import dev.triage.model.RedFlag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one answer-validation contract every route uses (flags, answer files, reports, case files,
 * batch lines, the console), and a question's answers made ready for it.
 *
 * <p>Surrounding spaces are ignored. An answer is, in this order: a choice id written exactly; a
 * choice id in any letter case, with spaces for its hyphens as the console shows it ({@code Yes},
 * {@code NOT-SURE}, {@code not sure}); or the number shown beside it, counting from 1 with "not
 * sure" last. Ids win over numbers so that a file's answers mean the same whatever order the
 * choices are shown in. Prefixes are not answers: the console may expand an unambiguous one with
 * {@link #startingWith} before answering, but a saved answer must never change meaning when a
 * choice is added.
 *
 * <p>The answers are built once and found by id, by lower-case id and by number, so resolving one
 * by its id or number allocates nothing: {@link Flow#choices} keeps one of these per question,
 * which a batch of millions of answers needs.
 */
public final class Choices {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A checklist item in a question's text: a line starting "- ". */
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*\\R\\s*-\\s+");

  private final Asked question;
  private final List<AnswerOption> options;

  /**
   * By number less one; null where the answer cannot be built (a "not sure" that leads nowhere: not
   * valid).
   */
  private final Answer[] answers;

  private final Map<String, Integer> byId = new HashMap<>();

  /**
   * Lower-case ids that exactly one answer has; an id two answers share in lower case answers
   * neither.
   */
  private final Map<String, Integer> byCaselessId = new HashMap<>();

  private Choices(Asked question) {
    this.question = question;
    this.options = options(question);
    this.answers = new Answer[options.size()];
    Map<String, Integer> caseless = new HashMap<>();
    for (int i = 0; i < options.size(); i++) {
      AnswerOption option = options.get(i);
      try {
        answers[i] = answer(question, option);
      } catch (IllegalArgumentException notWalkable) {
        // Left null: picking it fails as it would have here, and any other answer still resolves.
      }
      byId.putIfAbsent(option.id(), i);
      String lower = option.id().toLowerCase(Locale.ROOT);
      caseless.merge(lower, 1, Integer::sum);
      byCaselessId.putIfAbsent(lower, i);
    }
    caseless.forEach(
        (lower, count) -> {
          if (count > 1) {
            byCaselessId.remove(lower);
          }
        });
  }

  /** The choices of {@code q}, ready to resolve any number of inputs. */
  public static Choices of(Asked q) {
    return new Choices(q);
  }

  /**
   * The answers a question accepts, as listed: its choices numbered from 1, then "not sure" when
   * offered.
   */
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
    return of(q).resolve(input);
  }

  /** As {@link #resolve(Asked, String)}, for this question. */
  public Optional<Answer> resolve(String input) {
    String given = input.strip();
    Integer pick = byId.get(given);
    if (pick == null) {
      pick = byCaselessId.get(spelled(given));
    }
    if (pick == null && isNumber(given)) {
      int number = Integer.parseInt(given);
      pick = number >= 1 && number <= answers.length ? number - 1 : null;
    }
    if (pick == null) {
      return Optional.empty();
    }
    Answer answer = answers[pick];
    return Optional.of(answer != null ? answer : answer(question, options.get(pick)));
  }

  /**
   * Whether these are the choices of {@code q} itself, not of another question with the same id.
   */
  boolean isFor(Asked q) {
    return question == q;
  }

  /**
   * The ids of the answers whose id starts with this text, in any letter case; for completion and
   * prefixes.
   */
  public static List<String> startingWith(Asked q, String prefix) {
    String lower = prefix.strip().toLowerCase(Locale.ROOT);
    return options(q).stream()
        .map(AnswerOption::id)
        .filter(id -> id.toLowerCase(Locale.ROOT).startsWith(lower))
        .toList();
  }

  /** An id as a person may type it (any letter case, spaces for hyphens) as the id is spelled. */
  static String spelled(String typed) {
    return SPACES.matcher(typed.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
  }

  /** What {@code [0-9]{1,9}} matches: a number as shown, never one too long for an int. */
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

  private static Answer answer(Asked q, AnswerOption s) {
    if (s.number() <= q.choices().size()) {
      Choice c = q.choices().get(s.number() - 1);
      return new Answer(
          q, c.id(), s.number(), c.label(), Optional.empty(), c.reason(), c.next().id());
    }
    NotSure ns = q.notSure().orElseThrow();
    Optional<Choice> treated =
        ns.treatAs().flatMap(id -> q.choices().stream().filter(c -> c.id().equals(id)).findFirst());
    String next =
        ns.next()
            .map(r -> r.id())
            .or(() -> treated.map(c -> c.next().id()))
            .orElseThrow(
                () -> new IllegalArgumentException("'not sure' of '" + q.id() + "' leads nowhere"));
    return new Answer(
        q, NotSure.ID, s.number(), ns.label(), treated.map(Choice::id), reason(q, ns), next);
  }

  /**
   * A not-sure's own reason; for a red flag where it counts as yes and has none, why the warning
   * sign counts, so that no red-flag result is ever without its reason.
   */
  private static Optional<String> reason(Asked q, NotSure ns) {
    boolean countsAsYes =
        q instanceof RedFlag && ns.treatAs().filter(RedFlag.YES::equals).isPresent();
    if (ns.reason().isPresent() || !countsAsYes) {
      return ns.reason();
    }
    return Optional.of(notSureCountsAsYes(q.text()));
  }

  /**
   * The reason a red flag's "not sure" gives when the flag has none of its own: the question on one
   * line, a checklist's items (written one a line, each after "- ") joined with semicolons.
   */
  static String notSureCountsAsYes(String question) {
    String[] parts = LIST_ITEM.split(question.strip());
    StringBuilder text = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      text.append(i == 1 ? " " : "; ").append(parts[i]);
    }
    return "You were not sure, so to be safe this counts as yes: "
        + SPACES.matcher(text).replaceAll(" ").strip();
  }
}
