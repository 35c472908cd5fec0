package dev.triage.engine;

import static dev.triage.engine.Fixtures.choice;
import static dev.triage.engine.Fixtures.flag;
import static dev.triage.engine.Fixtures.outcome;
import static dev.triage.engine.Fixtures.question;
import static dev.triage.engine.Fixtures.ref;
import static dev.triage.engine.Fixtures.treatAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.model.Asked;
import dev.triage.model.Pos;
import dev.triage.model.RedFlag;
import dev.triage.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Walking a red flag whose "yes" asks follow-up flags, linked as the loader links them. */
class FollowUpWalkTest {
  private final Flow flow =
      Flow.of(
          Fixtures.of(
              List.of(
                  flag(
                      "saddle",
                      Tier.EMERGENCY,
                      "emergency-now",
                      "past-cancer",
                      Optional.empty(),
                      null),
                  new RedFlag(
                      "past-cancer",
                      Pos.NONE,
                      "Text of past-cancer?",
                      Optional.empty(),
                      Optional.empty(),
                      Tier.EMERGENCY,
                      Optional.empty(),
                      Optional.of("You have had cancer."),
                      ref("cancer-nerves"),
                      ref("swollen"),
                      false,
                      List.of(ref("cancer-nerves"), ref("cancer-back")),
                      Optional.of(treatAs("yes", "Not sure about cancer.")),
                      List.of(ref("ref-past-cancer"))),
                  flag(
                      "cancer-nerves",
                      Tier.EMERGENCY,
                      "emergency-now",
                      "cancer-back",
                      Optional.empty(),
                      "Nerve signs now."),
                  flag(
                      "cancer-back",
                      Tier.URGENT,
                      "urgent-today",
                      "swollen",
                      Optional.empty(),
                      null),
                  flag(
                      "swollen",
                      Tier.URGENT,
                      "urgent-today",
                      "sitting-pain",
                      Optional.empty(),
                      null)),
              "sitting-pain",
              List.of(
                  question(
                      "sitting-pain",
                      Optional.empty(),
                      choice("yes", "strain", "Sitting hurts."),
                      choice("no", "strain", "Sitting does not hurt."))),
              List.of(
                  outcome("emergency-now", Tier.EMERGENCY, null, List.of(), List.of()),
                  outcome("urgent-today", Tier.URGENT, null, List.of(), List.of()),
                  outcome("strain", Tier.SELF_CARE, "hamstring", List.of(), List.of()))));

  private Walk take(String... inputs) {
    Walk walk = Walk.start(flow);
    for (String input : inputs) {
      Walk before = walk;
      walk =
          walk.answer(input)
              .orElseThrow(
                  () ->
                      new AssertionError(
                          Rejection.of(before.current().orElseThrow(), input).message()));
    }
    return walk;
  }

  private static String current(Walk walk) {
    return walk.current().orElseThrow().id();
  }

  @Test
  void aYesAsksTheFollowUpsInTheirOrder() {
    assertEquals("cancer-nerves", current(take("no", "yes")));
    assertEquals("cancer-back", current(take("no", "yes", "no")));
  }

  @Test
  void notSureTakenAsYesAsksTheFollowUpsToo() {
    assertEquals("cancer-nerves", current(take("no", "not-sure")));
  }

  @Test
  void aNoSkipsTheFollowUps() {
    assertEquals("swollen", current(take("no", "no")));
  }

  @Test
  void theLastFollowUpsNoGoesOnWhereTheParentsNoGoes() {
    assertEquals("swollen", current(take("no", "yes", "no", "no")));
  }

  @Test
  void aFollowUpsYesEndsAtItsOutcomeWithItsAdviceAndTheParentsReasonFirst() {
    Result r = take("no", "yes", "no", "yes").result().orElseThrow();
    assertEquals("urgent-today", r.outcome().id());
    assertEquals("cancer-back", r.redFlag().orElseThrow().id());
    assertEquals(Optional.of("Advice for cancer-back."), r.redFlag().orElseThrow().advice());
    assertEquals(
        List.of("You have had cancer.", "You answered yes to: Text of cancer-back?"), r.reasons());
  }

  @Test
  void aParentAnsweredNotSureGivesItsOwnReasonWhenAFollowUpEndsTheWalk() {
    Result r = take("no", "not-sure", "yes").result().orElseThrow();
    assertEquals("emergency-now", r.outcome().id());
    assertEquals(List.of("Not sure about cancer.", "Nerve signs now."), r.reasons());
  }

  @Test
  void aWalkThatGoesOnPastTheFollowUpsLeavesTheParentsReasonOffTheResult() {
    Walk w = take("no", "yes", "no", "no", "no", "yes");
    assertTrue(w.done());
    assertEquals(
        List.of(
            "saddle=no",
            "past-cancer=yes",
            "cancer-nerves=no",
            "cancer-back=no",
            "swollen=no",
            "sitting-pain=yes"),
        w.answers().stream().map(a -> a.question().id() + "=" + a.choice()).toList());
    assertEquals(List.of("Sitting hurts."), w.result().orElseThrow().reasons());
  }

  @Test
  void theQuestionsStillNeededLeaveOutTheFollowUpsUntilTheParentIsAnsweredYes() {
    assertEquals(
        List.of("saddle", "past-cancer", "swollen", "sitting-pain"),
        Walk.start(flow).stillNeeded(Map.of()).stream().map(Asked::id).toList());
    assertEquals(
        List.of("saddle", "cancer-nerves", "cancer-back", "swollen", "sitting-pain"),
        Walk.start(flow).stillNeeded(Fixtures.answers(flow, Map.of("past-cancer", "yes"))).stream()
            .map(Asked::id)
            .toList());
  }

  @Test
  void theMostQuestionsCountTheFollowUps() {
    assertEquals(6, Walk.start(flow).totalAtMost());
    assertEquals(4, take("no", "no").totalAtMost());
  }
}
