package dev.triage.answers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code -a ID=CHOICE} flags; one flag may hold several answers separated by commas. */
public final class AnswerFlags {
  private AnswerFlags() {}

  /** The answers in the order given, and one problem line for each malformed one. */
  public static Parsed parse(List<String> flags) {
    List<Given> given = new ArrayList<>();
    // One line per problem however often it is made: "-a ,,," is one mistake, not four.
    Set<String> problems = new LinkedHashSet<>();
    for (String flag : flags) {
      for (String item : flag.split(",", -1)) {
        String word = item.strip();
        int eq = word.indexOf('=');
        String id = eq < 0 ? word : word.substring(0, eq).strip();
        String choice = eq < 0 ? "" : word.substring(eq + 1).strip();
        if (eq < 0 || id.isEmpty() || choice.isEmpty()) {
          String shown = word.isEmpty() ? "-a '" + flag + "'" : "-a " + word;
          String example = id.isEmpty() || id.contains(" ") ? "sitting-pain" : id;
          problems.add(shown + ": expected ID=CHOICE, such as -a " + example + "=yes");
        } else {
          given.add(new Given(id, choice, "-a " + id + "=" + choice));
        }
      }
    }
    return new Parsed(given, List.copyOf(problems));
  }

  /** What the flags held: well-formed answers, and a line for each one that was not. */
  public record Parsed(List<Given> given, List<String> problems) {
    public Parsed {
      given = List.copyOf(given);
      problems = List.copyOf(problems);
    }
  }
}
