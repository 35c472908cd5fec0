package dev.triage.answers;

import dev.triage.engine.Answer;
import dev.triage.engine.AnswerOption;
import dev.triage.engine.Choices;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.model.Asked;
import dev.triage.model.SelfTest;
import dev.triage.report.Wrap;
import java.util.List;
import java.util.Map;

/**
 * What a scripted run prints when the path needs answers it was not given: every question still
 * needed as far as the path can be known, with its text, its note and its self-test's steps when it
 * has them, and for each answer the exact flag that gives it.
 */
public final class MissingAnswers {
  private MissingAnswers() {}

  public static String describe(Walk walk, Map<String, Answer> given, int width) {
    List<Asked> needed = walk.stillNeeded(given);
    StringBuilder sb = new StringBuilder("triage: ");
    sb.append(needed.size() == 1 ? "1 more answer is" : needed.size() + " more answers are")
        .append(" needed; add one flag per question below, or use --answers FILE:\n");
    for (Asked q : needed) {
      sb.append('\n');
      for (String line : Wrap.lines(q.id() + ": " + q.text(), width, "  ", "      ")) {
        sb.append(line).append('\n');
      }
      q.note()
          .ifPresent(
              note -> {
                for (String line : Wrap.lines("Note: " + note, width, "      ", "            ")) {
                  sb.append(line).append('\n');
                }
              });
      q.selfTest().ifPresent(t -> selfTest(sb, t, width));
      List<AnswerOption> options = Choices.options(q);
      int flagWidth = options.stream().mapToInt(s -> flag(q, s).length()).max().orElse(0);
      for (AnswerOption s : options) {
        String flag = flag(q, s);
        sb.append("    ")
            .append(flag)
            .append(" ".repeat(flagWidth - flag.length() + 2))
            .append(s.label())
            .append('\n');
      }
    }
    Asked last = needed.get(needed.size() - 1);
    boolean more = Flow.next(last).stream().anyMatch(id -> walk.flow().asked(id).isPresent());
    if (more) {
      sb.append("\nMore questions may follow, depending on these answers.\n");
    }
    return sb.toString();
  }

  /**
   * The self-test under its question: the answer means little to someone who has not read how to do
   * it.
   */
  private static void selfTest(StringBuilder sb, SelfTest test, int width) {
    for (String line : Wrap.lines("Self-test: " + test.name(), width, "      ", "        ")) {
      sb.append(line).append('\n');
    }
    int digits = String.valueOf(test.steps().size()).length();
    int n = 1;
    for (String step : test.steps()) {
      String number = "        " + String.format("%" + digits + "d. ", n++);
      for (String line : Wrap.lines(step, width, number, " ".repeat(number.length()))) {
        sb.append(line).append('\n');
      }
    }
  }

  private static String flag(Asked q, AnswerOption s) {
    return AnswerFlags.spell(q.id(), s.id());
  }
}
