package dev.triage.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.DiagnosticPrinter;
import dev.triage.diag.SourceText;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The governance checks of {@code triage validate}, against the day given (valid.yaml's block:
 * reviewed 2026-11-01 at version 1.0.0, due 2027-05-01, line 50 on).
 */
class GovernanceRulesTest {
  private static final LocalDate BEFORE_DUE = LocalDate.of(2027, 4, 30);

  private static String rendered(String text, LocalDate today) throws Exception {
    Loaded loaded = QuestionnaireLoader.load(new SourceText("q.yaml", text));
    List<Diagnostic> found = Validator.validate(loaded.questionnaire(), "q.yaml", today);
    return found.stream()
        .map(d -> DiagnosticPrinter.render(d, java.util.Optional.of(loaded.source())))
        .collect(Collectors.joining("\n"));
  }

  private static String valid() throws Exception {
    return Files.readString(Fixtures.path("valid.yaml"));
  }

  @Test
  void aCurrentReviewOfThisVersionIsClean() throws Exception {
    assertEquals("", rendered(valid(), BEFORE_DUE));
    assertEquals("", rendered(valid(), LocalDate.of(2027, 5, 1)), "due that day, not yet overdue");
  }

  @Test
  void aMissingBlockIsAWarningAtTheTopOfTheFile() throws Exception {
    String text = valid().substring(0, valid().indexOf("governance:"));
    assertEquals(
        """
        q.yaml:1:1: warning: no governance block: record who wrote this questionnaire, its clinical reviews, when \
        the next review is due and what changed in each version; see 'governance' in \
        docs/questionnaire-format.md (share/doc/triage in a release)
        # The smallest questionnaire that passes every rule; each other fixture here breaks one rule of it.
        ^
        """
            .stripTrailing(),
        rendered(text, BEFORE_DUE));
  }

  @Test
  void aReviewPastItsDueDateIsAWarningAtTheDueDate() throws Exception {
    assertEquals(
        """
        q.yaml:58:15: warning: the clinical review was due on 2027-05-01, 3 days ago (today is 2027-05-04); have \
        it reviewed, record the review under 'reviews' and set a new 'review-due'
          review-due: 2027-05-01
                      ^
        """
            .stripTrailing(),
        rendered(valid(), LocalDate.of(2027, 5, 4)));
  }

  @Test
  void aVersionNewerThanTheOneReviewedIsAWarningAtTheReviewAndNeedsAChangeLogEntry()
      throws Exception {
    String text = valid().replaceFirst("\nversion: 1.0.0\n", "\nversion: 1.1.0\n");
    assertEquals(
        """
        q.yaml:55:16: warning: the file's version 1.1.0 is newer than 1.0.0, the version last clinically reviewed \
        (on 2026-11-01); have version 1.1.0 reviewed and record the review under 'reviews'
              version: 1.0.0
                       ^
        q.yaml:60:7: warning: the change log has no entry for version 1.1.0; add one under 'changes' (version, \
        date, change, and approved-by once someone has approved it)
            - version: 1.0.0
              ^
        """
            .stripTrailing(),
        rendered(text, BEFORE_DUE));
  }

  @Test
  void noReviewIsAWarningAtTheEmptyList() throws Exception {
    String text =
        valid().replaceAll("(?s)  reviews:\n.*?  review-due", "  reviews: []\n  review-due");
    assertEquals(
        """
        q.yaml:53:12: warning: no clinical review is recorded: have a clinician who did not write it review this \
        questionnaire, and record the review under 'reviews' (date, version, reviewers)
          reviews: []
                   ^
        """
            .stripTrailing(),
        rendered(text, BEFORE_DUE));
  }

  @Test
  void theLastReviewIsTheLatestByDate() throws Exception {
    String text =
        valid()
            .replace(
                "  review-due:",
                "    - date: 2026-10-01\n      version: 0.9.0\n"
                    + "      reviewers:\n        - role: an earlier reviewer\n  review-due:");
    assertEquals("", rendered(text, BEFORE_DUE));
  }

  @Test
  void versionsCompareAsDottedNumbers() {
    assertTrue(GovernanceRules.newer("2.10.0", "2.9.1"));
    assertTrue(GovernanceRules.newer("2.0.1", "2.0"));
    assertFalse(GovernanceRules.newer("2.0.0", "2.0"));
    assertFalse(GovernanceRules.newer("1.9", "2.0"));
    assertFalse(GovernanceRules.newer("2.0 beta", "1.0"));
  }
}
