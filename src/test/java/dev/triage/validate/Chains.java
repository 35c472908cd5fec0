package dev.triage.validate;

import dev.triage.model.Choice;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds long chains of questions in code, for the tests that only sizes far beyond a YAML fixture
 * can show.
 */
final class Chains {
  private Chains() {}

  /**
   * One red flag, then questions q0 to q(length - 1), each with a choice to the next question and
   * one to outcome {@code end}; the last question's first choice leads to {@code lastNext}.
   */
  static Questionnaire chain(int length, String lastNext) {
    return chain(length, lastNext, "end");
  }

  /** The same chain, with every question's second choice leading to {@code sideNext}. */
  static Questionnaire chain(int length, String lastNext, String sideNext) {
    return chain(length, lastNext, sideNext, true);
  }

  /**
   * The same chain; {@code reasons} gives every choice a reason, so that any route records evidence
   * for the self-care outcome {@code end} (without them, minimum evidence reports it).
   */
  static Questionnaire chain(int length, String lastNext, String sideNext, boolean reasons) {
    List<Question> questions = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      String next = i + 1 < length ? "q" + (i + 1) : lastNext;
      questions.add(
          new Question(
              "q" + i,
              new Pos(i + 1, 5),
              "Question " + i + "?",
              Optional.empty(),
              Optional.empty(),
              List.of(choice("a", next, i + 1, reasons), choice("b", sideNext, i + 1, reasons)),
              Optional.empty(),
              List.of()));
    }
    List<Ref> refs = List.of(new Ref("ref", Pos.NONE));
    RedFlag flag =
        new RedFlag(
            "flag",
            new Pos(1, 1),
            "Warning sign?",
            Optional.empty(),
            Tier.EMERGENCY,
            "Act now.",
            Optional.empty(),
            new Ref("now", Pos.NONE),
            new Ref("q0", Pos.NONE),
            false,
            Optional.empty(),
            refs);
    List<Outcome> outcomes =
        List.of(outcome("now", Tier.EMERGENCY, refs), outcome("end", Tier.SELF_CARE, refs));
    return new Questionnaire(
        1,
        "chain",
        "Chain",
        "1",
        "en",
        Optional.empty(),
        "Not a diagnosis.",
        List.of(new Reference("ref", Pos.NONE, "A citation.", Optional.empty())),
        List.of(new Source("hamstring", Pos.NONE, "Hamstring", "A muscle.")),
        List.of(flag),
        new Ref("q0", Pos.NONE),
        questions,
        outcomes);
  }

  private static Choice choice(String id, String next, int line, boolean reason) {
    return new Choice(
        id,
        new Pos(line, 7),
        id,
        reason ? Optional.of("You answered " + id + ".") : Optional.empty(),
        new Ref(next, new Pos(line, 9)));
  }

  private static Outcome outcome(String id, Tier tier, List<Ref> refs) {
    return new Outcome(
        id,
        Pos.NONE,
        tier,
        tier == Tier.SELF_CARE ? Optional.of(new Ref("hamstring", Pos.NONE)) : Optional.empty(),
        List.of(),
        "Likely source",
        "A summary.",
        List.of(),
        List.of("Rest."),
        List.of(),
        List.of("See a physiotherapist."),
        refs);
  }
}
