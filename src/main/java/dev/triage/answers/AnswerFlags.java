package dev.triage.answers;

import dev.triage.engine.Answer;
import dev.triage.engine.WrittenAnswer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code -a ID=CHOICE} flag: read from the command line (one flag may hold several answers
 * separated by commas), and spelt, in the one place every message, list of missing answers and
 * reproduce command takes it from.
 */
public final class AnswerFlags {
  /** The flag's short name. */
  public static final String NAME = "-a";

  private AnswerFlags() {}

  /** The answers in the order given, and one problem line for each malformed one. */
  public static Parsed parse(List<String> flags) {
    List<WrittenAnswer> given = new ArrayList<>();
    // One line per problem however often it is made: "-a ,,," is one mistake, not four.
    Set<String> problems = new LinkedHashSet<>();
    for (String flag : flags) {
      for (String item : flag.split(",", -1)) {
        String word = item.strip();
        int eq = word.indexOf('=');
        String id = eq < 0 ? word : word.substring(0, eq).strip();
        String choice = eq < 0 ? "" : word.substring(eq + 1).strip();
        if (eq < 0 || id.isEmpty() || choice.isEmpty()) {
          String shown = word.isEmpty() ? NAME + " '" + flag + "'" : NAME + " " + word;
          String example = id.isEmpty() || id.contains(" ") ? "sitting-pain" : id;
          problems.add(shown + ": expected ID=CHOICE, such as " + spell(example, "yes"));
        } else {
          given.add(new WrittenAnswer(id, choice, spell(id, choice)));
        }
      }
    }
    return new Parsed(given, List.copyOf(problems));
  }

  /**
   * {@code -a sitting-pain=yes}: the flag that gives this answer, as a person reads or types it.
   */
  public static String spell(String question, String choice) {
    return String.join(" ", words(question, choice));
  }

  /** The flag that gives this answer as two words of a command line. */
  public static List<String> words(String question, String choice) {
    return List.of(NAME, question + "=" + choice);
  }

  /**
   * The words of the {@code triage run} command that walks {@code questionnaire} along {@code path}
   * again: the questionnaire as it was named, and one flag per answer.
   */
  public static List<String> reproduce(String questionnaire, List<Answer> path) {
    List<String> words = new ArrayList<>(List.of("triage", "run", "-q", questionnaire));
    for (Answer a : path) {
      words.addAll(words(a.question().id(), a.choice()));
    }
    return words;
  }

  /** What the flags held: well-formed answers, and a line for each one that was not. */
  public record Parsed(List<WrittenAnswer> given, List<String> problems) {
    public Parsed {
      given = List.copyOf(given);
      problems = List.copyOf(problems);
    }
  }
}
