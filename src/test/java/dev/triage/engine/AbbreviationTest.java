package dev.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.Asked;
import dev.triage.model.NotSure;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the start of an answer id typed at the console stands for, and what it never does. */
class AbbreviationTest {
  private final Question sitting = Fixtures.example().questions().get(0);

  /** Like the bundled "scope": no choice is "no", and "not sure" is offered. */
  private final Question scope =
      Fixtures.question(
          "scope",
          Optional.of(Fixtures.treatAs("yes", null)),
          Fixtures.choice("yes", "a", null),
          Fixtures.choice("under-16", "b", null),
          Fixtures.choice("neither", "b", null),
          Fixtures.choice("never", "b", null));

  @Test
  void anUnambiguousStartStandsForItsId() {
    assertEquals(List.of("under-16"), Abbreviation.ids(scope, "und"));
    assertEquals(List.of("under-16"), Abbreviation.ids(scope, " UNDER 1"));
    assertEquals(List.of("yes"), Abbreviation.ids(sitting, "y"));
  }

  @Test
  void aStartOfTwoIdsStandsForBoth() {
    assertEquals(List.of("neither", "never"), Abbreviation.ids(scope, "ne"));
    assertEquals(List.of("neither"), Abbreviation.ids(scope, "nei"));
  }

  @Test
  void notSureNeedsAtLeastNot() {
    assertEquals(List.of("no"), Abbreviation.ids(sitting, "n"));
    assertEquals(List.of("not-sure"), Abbreviation.ids(sitting, "not"));
    assertEquals(List.of("not-sure"), Abbreviation.ids(sitting, "not s"));
    assertEquals(List.of("not-sure"), Abbreviation.ids(scope, "NOT"));
  }

  @Test
  void noAndNStandForNothingWhereNoChoiceIsNo() {
    assertEquals(List.of(), Abbreviation.ids(scope, "no"));
    assertEquals(List.of(), Abbreviation.ids(scope, "n"));
    assertEquals(List.of(), Abbreviation.ids(scope, " N "));
    assertTrue(Abbreviation.meansNo("No"));
    assertTrue(Abbreviation.meansNo(" n "));
    assertFalse(Abbreviation.meansNo("not"));
    assertFalse(Abbreviation.meansNo("none"));
  }

  @Test
  void nothingTypedStandsForNothing() {
    assertEquals(List.of(), Abbreviation.ids(scope, ""));
    assertEquals(List.of(), Abbreviation.ids(scope, "  "));
  }

  static Stream<Asked> bundled() throws Exception {
    Path file = Path.of("questionnaires/posterior-thigh.yaml");
    Questionnaire q = QuestionnaireLoader.load(file, file.toString()).questionnaire();
    List<Asked> all = new ArrayList<>(q.redFlags());
    all.addAll(q.questions());
    return all.stream();
  }

  /** The console reads an answer, then a start of one: neither ever makes "no" or "n" not-sure. */
  @ParameterizedTest
  @MethodSource("bundled")
  void noAndNNeverMeanNotSureAtAnyBundledQuestion(Asked q) {
    for (String typed : List.of("no", "n", "No", "N", " no ")) {
      Optional<String> exact = Choices.resolve(q, typed).map(Answer::choice);
      assertFalse(exact.filter(NotSure.ID::equals).isPresent(), q.id() + ": " + typed);
      assertFalse(Abbreviation.ids(q, typed).contains(NotSure.ID), q.id() + ": " + typed);
    }
  }
}
