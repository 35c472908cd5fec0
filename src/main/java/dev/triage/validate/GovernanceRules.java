package dev.triage.validate;

import dev.triage.diag.Docs;
import dev.triage.diag.Findings;
import dev.triage.model.Governance;
import dev.triage.model.Governance.Review;
import dev.triage.model.Pos;
import dev.triage.model.Questionnaire;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The checks of a questionnaire's clinical governance that depend on the day (warnings, errors with
 * --strict): a missing governance block, no clinical review recorded, a review overdue, a file
 * version newer than the version last reviewed, and a version with no entry in the change log.
 */
final class GovernanceRules {
  private static final String SEE = "see 'governance' in " + Docs.QUESTIONNAIRE_FORMAT;

  private GovernanceRules() {}

  static void check(Questionnaire q, LocalDate today, Findings findings) {
    if (q.governance().isEmpty()) {
      findings.warning(
          new Pos(1, 1),
          "no governance block: record who wrote this questionnaire, its clinical"
              + " reviews, when the next review is due and what changed in each version; "
              + SEE);
      return;
    }
    Governance g = q.governance().get();
    Optional<Review> last = g.lastReview();
    if (last.isEmpty()) {
      findings.warning(
          g.reviewsPos(),
          "no clinical review is recorded: have a clinician who did not write it review this"
              + " questionnaire, and record the review under 'reviews' (date, version, reviewers)");
    }
    if (today.isAfter(g.reviewDue())) {
      long days = ChronoUnit.DAYS.between(g.reviewDue(), today);
      findings.warning(
          g.reviewDuePos(),
          "the clinical review was due on "
              + g.reviewDue()
              + ", "
              + days
              + " day"
              + (days == 1 ? "" : "s")
              + " ago (today is "
              + today
              + "); have it reviewed, record the review under"
              + " 'reviews' and set a new 'review-due'");
    }
    last.filter(r -> !r.version().equals(q.version()))
        .ifPresent(
            r ->
                findings.warning(
                    r.versionPos(),
                    "the file's version "
                        + q.version()
                        + (newer(q.version(), r.version()) ? " is newer than " : " is not ")
                        + r.version()
                        + ", the version last clinically reviewed (on "
                        + r.date()
                        + "); have version "
                        + q.version()
                        + " reviewed and record the review under 'reviews'"));
    if (!g.changes().isEmpty()
        && g.changes().stream().noneMatch(c -> c.version().equals(q.version()))) {
      findings.warning(
          g.changes().get(g.changes().size() - 1).pos(),
          "the change log has no entry for version "
              + q.version()
              + "; add one under"
              + " 'changes' (version, date, change, and approved-by once someone has approved it)");
    }
  }

  /**
   * Whether {@code a} is a later version than {@code b}, comparing dotted numbers part by part
   * ("2.10.0" after "2.9.1"); versions that are not dotted numbers are only ever equal or not.
   */
  static boolean newer(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    if (!a.matches("\\d{1,9}(\\.\\d{1,9})*") || !b.matches("\\d{1,9}(\\.\\d{1,9})*")) {
      return false;
    }
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? Integer.parseInt(x[i]) : 0;
      int r = i < y.length ? Integer.parseInt(y[i]) : 0;
      if (p != r) {
        return p > r;
      }
    }
    return false;
  }
}
