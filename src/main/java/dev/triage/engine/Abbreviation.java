package dev.triage.engine;

import dev.triage.model.Asked;
import dev.triage.model.NotSure;
import java.util.List;
import java.util.Set;

/**
 * What the start of an answer id, typed at the console, stands for. Only an unambiguous start is an
 * answer, and two starts never are: "no" or "n", a whole word meaning no, where no answer is "no";
 * and a start of "not-sure" shorter than "not". Either would turn a person's no into "not sure",
 * which many questions count as yes.
 */
public final class Abbreviation {
  private static final Set<String> NO = Set.of("no", "n");

  /** The shortest start of "not-sure" that stands for it: "no" and "n" mean no. */
  private static final int NOT_SURE_FROM = "not".length();

  private Abbreviation() {}

  /**
   * The ids {@code typed} is the start of, in the order shown, spaces standing for hyphens; one id
   * is an answer, more than one is for the person to choose between.
   */
  public static List<String> ids(Asked q, String typed) {
    String spelled = Choices.spelled(typed);
    if (spelled.isEmpty() || (NO.contains(spelled) && !hasNo(q))) {
      return List.of();
    }
    return Choices.startingWith(q, spelled).stream()
        .filter(id -> !id.equals(NotSure.ID) || spelled.length() >= NOT_SURE_FROM)
        .toList();
  }

  /** Whether {@code typed} is a whole word meaning no: "no" or "n", in any letter case. */
  public static boolean meansNo(String typed) {
    return NO.contains(Choices.spelled(typed));
  }

  private static boolean hasNo(Asked q) {
    return Choices.options(q).stream().anyMatch(o -> o.id().equalsIgnoreCase("no"));
  }
}
