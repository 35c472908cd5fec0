package dev.triage.engine;

import dev.triage.model.Asked;
import java.util.List;

/** What the start of an answer id, typed at the console, stands for. */
public final class Abbreviation {
  private Abbreviation() {}

  /**
   * The ids {@code typed} is the start of, in the order shown, spaces standing for hyphens; one id
   * is an answer, more than one is for the person to choose between.
   */
  public static List<String> ids(Asked q, String typed) {
    String spelled = Choices.spelled(typed);
    return spelled.isEmpty() ? List.of() : Choices.startingWith(q, spelled);
  }
}
