package dev.triage.load;

import static dev.triage.load.LoadTesting.assertProblems;
import static dev.triage.load.LoadTesting.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.model.Pos;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A red flag's follow-up list: how the loader links "yes" and "no", and the shapes it refuses. */
class FollowUpShapeTest {
  private static final String FLAG_ONE =
      """
        advice: Call emergency services now.
        outcome: emergency-now
        refs: [ref-a]
    """;

  /**
   * minimal.yaml with flag-one asking flag-two and flag-three after "yes", then flag-four for
   * everyone.
   */
  private static String withFollowUps(String parentKeys) {
    return minimalWith(
        FLAG_ONE,
        parentKeys
            + """
            refs: [ref-a]
          - id: flag-two
            text: Is it the second sign?
            tier: emergency
            advice: Call emergency services now.
            outcome: emergency-now
            refs: [ref-a]
          - id: flag-three
            text: Is it the third sign?
            tier: emergency
            advice: Call emergency services now.
            outcome: emergency-now
            refs: [ref-a]
          - id: flag-four
            text: Is it the fourth sign?
            tier: emergency
            advice: Call emergency services now.
            outcome: emergency-now
            refs: [ref-a]
        """);
  }

  @Test
  void yesLeadsToTheFirstFollowUpAndEachNoOnToTheNextThenWhereTheParentsNoGoes()
      throws QuestionnaireException {
    List<RedFlag> flags =
        QuestionnaireLoader.load(
                new SourceText(
                    "minimal.yaml", withFollowUps("    follow-up: [flag-two, flag-three]\n")))
            .questionnaire()
            .redFlags();
    RedFlag parent = flags.get(0);
    assertEquals(new Ref("flag-two", new Pos(18, 17)), parent.onYes());
    assertEquals(
        List.of(new Ref("flag-two", new Pos(18, 17)), new Ref("flag-three", new Pos(18, 27))),
        parent.followUps());
    assertEquals(Optional.empty(), parent.advice());
    assertEquals(new Ref("flag-four", parent.pos()), parent.onNo());
    assertEquals(new Ref("flag-three", flags.get(1).pos()), flags.get(1).onNo());
    assertEquals(new Ref("flag-four", flags.get(2).pos()), flags.get(2).onNo());
    assertEquals(new Ref("pain-where", flags.get(3).pos()), flags.get(3).onNo());
    assertEquals(
        List.of(false, false, false, false), flags.stream().map(RedFlag::explicitNo).toList());
  }

  @Test
  void theParentsExplicitNoIsWhereItsLastFollowUpsNoGoes() throws QuestionnaireException {
    List<RedFlag> flags =
        QuestionnaireLoader.load(
                new SourceText(
                    "minimal.yaml",
                    withFollowUps("    follow-up: [flag-two, flag-three]\n    no: flag-four\n")))
            .questionnaire()
            .redFlags();
    assertEquals(new Ref("flag-four", new Pos(19, 9)), flags.get(0).onNo());
    assertEquals("flag-four", flags.get(2).onNo().id());
  }

  @Test
  void aFlagWithFollowUpsHasNeitherAdviceNorAnOutcome() {
    assertProblems(
        withFollowUps(
            "    advice: Act now.\n    outcome: emergency-now\n    follow-up: [flag-two]\n"),
        "minimal.yaml:18:5: error: red flag 'flag-one' has both 'advice' and 'follow-up': its \"yes\" leads to its"
            + " follow-ups, which give the advice and end at their own outcomes; remove 'advice'",
        "minimal.yaml:19:5: error: red flag 'flag-one' has both 'outcome' and 'follow-up': its \"yes\" leads to its"
            + " follow-ups, which give the advice and end at their own outcomes; remove 'outcome'");
  }

  @Test
  void aFlagWithoutFollowUpsStillNeedsAdviceAndAnOutcome() {
    assertProblems(
        withFollowUps(""),
        "minimal.yaml:15:5: error: missing required key 'advice' in red flag 'flag-one'",
        "minimal.yaml:15:5: error: missing required key 'outcome' in red flag 'flag-one'");
  }

  @Test
  void anEmptyFollowUpListIsAProblem() {
    assertProblems(
        withFollowUps("    follow-up: []\n"),
        "minimal.yaml:18:16: error: 'follow-up' of red flag 'flag-one' names no red flag; name the red flags asked"
            + " after its \"yes\", or leave the key out");
  }

  @Test
  void aSingleIdIsWrittenAsAList() {
    assertProblems(
        withFollowUps("    follow-up: flag-two\n"),
        "minimal.yaml:18:16: error: 'follow-up' must be a list, not text (write follow-up: [flag-two])");
  }
}
