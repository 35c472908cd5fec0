package dev.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.model.Asked;
import dev.triage.model.Tier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WalkTest {
  private final Flow flow = Flow.of(Fixtures.example());

  private static Walk take(Walk walk, String... inputs) {
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

  private static List<String> ids(List<Answer> answers) {
    return answers.stream().map(a -> a.question().id() + "=" + a.choice()).toList();
  }

  @Test
  void startsAtTheFirstRedFlag() {
    Walk w = Walk.start(flow);
    assertEquals("saddle-numbness", w.current().orElseThrow().id());
    assertEquals(1, w.number());
    assertEquals(7, w.totalAtMost());
    assertFalse(w.canGoBack());
    assertTrue(w.result().isEmpty());
  }

  @Test
  void redFlagYesEndsTheWalkAtOnceWithItsAdvice() {
    Walk w = take(Walk.start(flow), "no", "yes");
    assertTrue(w.done());
    assertTrue(w.current().isEmpty());
    assertEquals(0, w.remainingAtMost());
    Result r = w.result().orElseThrow();
    assertEquals("urgent-today", r.outcome().id());
    assertEquals(Tier.URGENT, r.outcome().tier());
    assertEquals("swollen-calf", r.redFlag().orElseThrow().id());
    assertEquals(List.of("Calf is swollen."), r.reasons());
    assertEquals(
        List.of("ref-urgent-today", "ref-shared", "ref-swollen-calf"),
        r.references().stream().map(ref -> ref.key()).toList());
  }

  @Test
  void redFlagYesWithoutAReasonSaysWhatWasAnsweredYes() {
    Result r = take(Walk.start(flow), "no", "no", "yes").result().orElseThrow();
    assertEquals(List.of("You answered yes to: Text of pop-and-bruise?"), r.reasons());
  }

  @Test
  void notSureTreatedAsYesOnARedFlagEndsAtItsOutcomeSayingNotSureCountsAsYes() {
    Walk w = take(Walk.start(flow), "not-sure");
    Answer a = w.answers().get(0);
    assertEquals("not-sure", a.choice());
    assertEquals(Optional.of("yes"), a.treatedAs());
    assertEquals(3, a.number());
    Result r = w.result().orElseThrow();
    assertEquals("emergency-now", r.outcome().id());
    assertEquals("saddle-numbness", r.redFlag().orElseThrow().id());
    assertEquals(
        List.of(
            "You were not sure, so to be safe this counts as yes: Text of" + " saddle-numbness?"),
        r.reasons());
  }

  @Test
  void noToEveryRedFlagGoesOnToTheStartQuestion() {
    Walk w = take(Walk.start(flow), "no", "no", "no");
    assertEquals("sitting-pain", w.current().orElseThrow().id());
    assertEquals(4, w.number());
    assertEquals(7, w.totalAtMost());
  }

  @Test
  void reasonsFollowThePathThenTheOutcomeEachOnce() {
    Result r =
        take(Walk.start(flow), "no", "no", "no", "yes", "no", "no", "yes").result().orElseThrow();
    assertEquals("sit-bone", r.outcome().id());
    assertEquals(List.of("Sitting hurts.", "Sitting is the trigger."), r.reasons());
    assertTrue(r.redFlag().isEmpty());
    assertEquals("ischial-tuberosity", r.source().orElseThrow().id());
  }

  @Test
  void notSureTreatedAsAChoiceAddsItsOwnReasonNeverTheChoices() {
    Walk w = take(Walk.start(flow), "no", "no", "no", "not-sure", "yes");
    Result r = w.result().orElseThrow();
    assertEquals("nerve-pain", r.outcome().id());
    assertEquals(
        List.of(
            "Unsure about sitting pain.",
            "Nerve signs.",
            "Nerve symptoms outrank muscle explanations."),
        r.reasons());
    assertEquals(List.of("hamstring"), r.alsoConsider().stream().map(s -> s.id()).toList());
  }

  @Test
  void notSureWithItsOwnBranchFollowsItAndAddsItsReason() {
    Walk w = take(Walk.start(flow), "no", "no", "no", "yes", "not-sure", "yes");
    Answer a = w.answers().get(4);
    assertEquals("not-sure", a.choice());
    assertTrue(a.treatedAs().isEmpty());
    assertEquals("sudden-onset", a.next());
    Result r = w.result().orElseThrow();
    assertEquals("hamstring-strain", r.outcome().id());
    assertEquals(List.of("Sitting hurts.", "Unsure about nerves.", "Sudden start."), r.reasons());
  }

  @Test
  void progressCountsTheLongestRemainingPathFromTheCurrentQuestion() {
    Walk w = take(Walk.start(flow), "no", "no", "no", "no");
    assertEquals(5, w.number());
    assertEquals(3, w.remainingAtMost());
    assertEquals(7, w.totalAtMost());
    w = take(w, "no");
    assertEquals(6, w.number());
    assertEquals(7, w.totalAtMost());
    w = take(w, "yes");
    assertEquals(6, w.totalAtMost());
    assertTrue(w.done());
  }

  @Test
  void answeringReturnsANewWalkAndLeavesTheOldOneAsItWas() {
    Walk start = Walk.start(flow);
    Walk next = take(start, "no");
    assertEquals("saddle-numbness", start.current().orElseThrow().id());
    assertEquals(0, start.answers().size());
    assertEquals("swollen-calf", next.current().orElseThrow().id());
  }

  @Test
  void aRejectedAnswerListsTheValidOnesAndLeavesTheWalkWhereItWas() {
    Walk w = take(Walk.start(flow), "no", "no", "no");
    assertEquals(Optional.empty(), w.answer("maybe"));
    assertEquals("sitting-pain", w.current().orElseThrow().id());
    Rejection r = Rejection.of(w.current().orElseThrow(), "maybe");
    assertEquals(
        "'maybe' is not an answer to 'sitting-pain'; valid answers: yes, no, not-sure (or 1 to 3)",
        r.message());
    assertEquals(
        List.of("1=yes", "2=no", "3=not-sure"),
        r.valid().stream().map(AnswerOption::toString).toList());
  }

  @Test
  void anEmptyAnswerIsRejectedAsMissing() {
    assertEquals(Optional.empty(), Walk.start(flow).answer("  "));
    Rejection r = Rejection.of(Walk.start(flow).current().orElseThrow(), "  ");
    assertEquals(
        "no answer given to 'saddle-numbness'; valid answers: yes, no, not-sure (or 1 to 3)",
        r.message());
  }

  @Test
  void backDropsTheLastAnswer() {
    Walk w = take(Walk.start(flow), "no", "no");
    Walk back = w.back();
    assertEquals("swollen-calf", back.current().orElseThrow().id());
    assertEquals(List.of("saddle-numbness=no"), ids(back.answers()));
    assertSame(Walk.start(flow).back().flow(), flow);
    assertEquals(0, Walk.start(flow).back().answers().size());
  }

  @Test
  void backFromAnOutcomeReturnsToTheLastQuestion() {
    Walk w = take(Walk.start(flow), "yes").back();
    assertEquals("saddle-numbness", w.current().orElseThrow().id());
    assertTrue(w.result().isEmpty());
  }

  @Test
  void changingAnEarlierAnswerDropsEveryAnswerAfterIt() {
    Walk w = take(Walk.start(flow), "no", "no", "no", "no", "no", "no");
    assertEquals("sit-bone-check", w.current().orElseThrow().id());
    Walk rewound = w.rewindTo("nerve-signs").orElseThrow();
    assertEquals("nerve-signs", rewound.current().orElseThrow().id());
    assertEquals(
        List.of("saddle-numbness=no", "swollen-calf=no", "pop-and-bruise=no", "sitting-pain=no"),
        ids(rewound.answers()));
    Walk changed = take(rewound, "yes");
    assertEquals("nerve-pain", changed.result().orElseThrow().outcome().id());
    assertFalse(ids(changed.answers()).contains("sudden-onset=no"));
  }

  @Test
  void rewindingToAQuestionNotAnsweredIsEmpty() {
    assertTrue(take(Walk.start(flow), "no").rewindTo("sitting-pain").isEmpty());
  }

  @Test
  void replayAnswersFromAMapUntilOneIsMissing() {
    Walk w =
        Walk.start(flow)
            .replay(
                Fixtures.answers(
                    flow,
                    Map.of("saddle-numbness", "no", "swollen-calf", "2", "sitting-pain", "yes")));
    assertEquals("pop-and-bruise", w.current().orElseThrow().id());
    assertEquals(List.of("saddle-numbness=no", "swollen-calf=no"), ids(w.answers()));
  }

  @Test
  void anAnswerToAnotherQuestionThanTheOneAskedIsRefused() {
    Answer sitting = Fixtures.answers(flow, Map.of("sitting-pain", "yes")).get("sitting-pain");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Walk.start(flow).answer(sitting));
    assertEquals("'sitting-pain' is answered, but 'saddle-numbness' is asked", e.getMessage());
  }

  @Test
  void stillNeededListsEveryQuestionOnThePathAsFarAsItCanBeKnown() {
    List<String> needed = Walk.start(flow).stillNeeded(Map.of()).stream().map(Asked::id).toList();
    assertEquals(
        List.of(
            "saddle-numbness",
            "swollen-calf",
            "pop-and-bruise",
            "sitting-pain",
            "nerve-signs",
            "sudden-onset",
            "sit-bone-check"),
        needed);
  }

  @Test
  void stillNeededFollowsTheAnswersGivenAndStopsWhereTheWayDepends() {
    Walk w = take(Walk.start(flow), "no", "no", "no");
    Map<String, Answer> given =
        Fixtures.answers(flow, Map.of("nerve-signs", "no", "sudden-onset", "yes"));
    assertEquals(List.of("sitting-pain"), w.stillNeeded(given).stream().map(Asked::id).toList());
    assertEquals(List.of(), take(w, "yes", "no", "yes").stillNeeded(given));
  }
}
