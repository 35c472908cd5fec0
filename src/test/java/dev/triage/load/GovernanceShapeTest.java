package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.diag.SourceText;
import dev.triage.model.Governance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The governance block as the loader reads it: its fields, its dates, and a sign-off only with a
 * name.
 */
class GovernanceShapeTest {
  /**
   * A block appended to minimal.yaml, whose lines it follows (line numbers below count from the
   * file's end).
   */
  private static final String BLOCK =
      """
      governance:
        authors:
          - role: the authors
        reviews:
          - date: 2026-12-01
            version: 1.0.0
            reviewers:
              - role: independent clinical reviewer, review 1
            signed-off: no
            summary: Two findings.
        review-due: 2027-03-01
        changes:
          - version: 1.0.0
            date: 2026-11-21
            change: First version.
      """;

  private static final int FIRST = (int) LoadTesting.MINIMAL.lines().count() + 1;

  private static String with(String from, String to) {
    if (!BLOCK.contains(from)) {
      throw new IllegalArgumentException(from);
    }
    return LoadTesting.MINIMAL + BLOCK.replace(from, to);
  }

  @Test
  void theBlockIsReadWithItsDatesAndNoSignOff() throws Exception {
    Governance g =
        QuestionnaireLoader.load(new SourceText("minimal.yaml", LoadTesting.MINIMAL + BLOCK))
            .questionnaire()
            .governance()
            .orElseThrow();
    assertEquals(
        List.of(
            new Governance.Person(
                new dev.triage.model.Pos(FIRST + 2, 7), Optional.empty(), "the authors")),
        g.authors());
    assertEquals(LocalDate.of(2026, 12, 1), g.lastReview().orElseThrow().date());
    assertEquals(false, g.lastReview().get().signedOff());
    assertEquals(Optional.empty(), g.lastSignOff());
    assertEquals(LocalDate.of(2027, 3, 1), g.reviewDue());
    assertEquals(Optional.empty(), g.changes().get(0).approvedBy());
  }

  @Test
  void withoutTheBlockThereIsNoGovernance() throws Exception {
    assertEquals(
        Optional.empty(),
        QuestionnaireLoader.load(new SourceText("minimal.yaml", LoadTesting.MINIMAL))
            .questionnaire()
            .governance());
  }

  @Test
  void aDateMustBeADayOfTheCalendarWrittenYearMonthDay() {
    LoadTesting.assertProblems(
        with("review-due: 2027-03-01", "review-due: 2027-02-30"),
        "minimal.yaml:"
            + (FIRST + 10)
            + ":15: error: '2027-02-30' is not a date; write it as YYYY-MM-DD, such as"
            + " 2026-12-01");
    LoadTesting.assertProblems(
        with("date: 2026-12-01", "date: 1 Dec 2026"),
        "minimal.yaml:"
            + (FIRST + 4)
            + ":13: error: '1 Dec 2026' is not a date; write it as YYYY-MM-DD, such as"
            + " 2026-12-01");
  }

  @Test
  void aSignOffNeedsTheNameOfWhoSigned() {
    LoadTesting.assertProblems(
        with("signed-off: no", "signed-off: yes"),
        "minimal.yaml:"
            + (FIRST + 8)
            + ":19: error: 'signed-off: yes' needs a reviewer with a name: a sign-off is"
            + " a named clinician's; write the name of who signed under 'reviewers', or write signed-off: no");
  }

  @Test
  void aNamedSignOffIsASignOff() throws Exception {
    String text =
        with("signed-off: no", "signed-off: yes")
            .replace(
                "- role: independent clinical reviewer, review 1",
                "- {name: A Person, role: consultant physiotherapist}");
    Governance g =
        QuestionnaireLoader.load(new SourceText("minimal.yaml", text))
            .questionnaire()
            .governance()
            .orElseThrow();
    assertEquals(Optional.of("A Person"), g.lastSignOff().orElseThrow().reviewers().get(0).name());
  }

  @Test
  void signedOffIsYesOrNo() {
    LoadTesting.assertProblems(
        with("signed-off: no", "signed-off: maybe"),
        "minimal.yaml:" + (FIRST + 8) + ":19: error: 'signed-off' must be yes or no, not 'maybe'");
  }

  @Test
  void authorsAndChangesMayNotBeEmptyAndEveryKeyIsKnown() {
    LoadTesting.assertProblems(
        with("  authors:\n    - role: the authors\n", "  authors: []\n  approved: x\n"),
        "minimal.yaml:"
            + (FIRST + 1)
            + ":12: error: 'authors' is empty in 'governance'; list each with a role, and"
            + " a name only where a person put theirs to it",
        "minimal.yaml:"
            + (FIRST + 2)
            + ":3: error: unknown key 'approved' in 'governance'; the keys here are:"
            + " authors, reviews, review-due, changes");
  }

  @Test
  void theRequiredKeysAreRequired() {
    LoadTesting.assertProblems(
        with("  review-due: 2027-03-01\n", ""),
        "minimal.yaml:"
            + (FIRST + 1)
            + ":3: error: missing required key 'review-due' in 'governance'");
  }
}
