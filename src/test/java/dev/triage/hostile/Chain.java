package dev.triage.hostile;

import dev.triage.engine.Flow;
import dev.triage.model.Choice;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Reference;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire that is one long chain: a red flag, then questions q0 to q(n-1), each leading to
 * the next whatever the answer, then an outcome; and the answers that walk all of it.
 */
record Chain(Flow flow, Map<String, String> answers) {
  static Chain of(int questions) {
    List<Ref> refs = List.of(new Ref("ref", Pos.NONE));
    RedFlag flag =
        new RedFlag(
            "flag",
            Pos.NONE,
            "A warning sign?",
            Optional.empty(),
            Tier.EMERGENCY,
            "Act now.",
            Optional.empty(),
            new Ref("now", Pos.NONE),
            new Ref("q0", Pos.NONE),
            false,
            Optional.empty(),
            refs);
    List<Question> chain = new ArrayList<>();
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("flag", "no");
    for (int i = 0; i < questions; i++) {
      Ref next = new Ref(i + 1 < questions ? "q" + (i + 1) : "end", Pos.NONE);
      chain.add(
          new Question(
              "q" + i,
              Pos.NONE,
              "Question " + i + "?",
              Optional.empty(),
              Optional.empty(),
              List.of(
                  new Choice("yes", Pos.NONE, "Yes", Optional.of("Yes to " + i + "."), next),
                  new Choice("no", Pos.NONE, "No", Optional.empty(), next)),
              Optional.empty(),
              List.of()));
      answers.put("q" + i, "yes");
    }
    List<Outcome> outcomes =
        List.of(outcome("now", Tier.EMERGENCY, refs), outcome("end", Tier.SELF_CARE, refs));
    Questionnaire q =
        new Questionnaire(
            1,
            "chain",
            "A chain",
            "1.0.0",
            "en",
            Optional.empty(),
            "Not a diagnosis.",
            List.of(new Reference("ref", Pos.NONE, "A reference.", Optional.empty())),
            List.of(),
            List.of(flag),
            new Ref("q0", Pos.NONE),
            chain,
            outcomes);
    return new Chain(Flow.of(q), answers);
  }

  private static Outcome outcome(String id, Tier tier, List<Ref> refs) {
    return new Outcome(
        id,
        Pos.NONE,
        tier,
        Optional.empty(),
        List.of(),
        "Outcome " + id,
        "Summary.",
        List.of(),
        List.of("A step."),
        List.of(),
        List.of("See someone."),
        refs);
  }
}
