package dev.triage.report;

import dev.triage.model.Governance;
import dev.triage.model.Governance.Person;
import dev.triage.model.Governance.Review;
import dev.triage.model.Questionnaire;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one line reports and the welcome give about a questionnaire's clinical review, from its
 * governance block: when it was last reviewed, when the next review is due, and whether a clinician
 * signed it off. It never implies a sign-off the file does not record with a name.
 */
public final class ReviewLine {
  private ReviewLine() {}

  /**
   * For example "clinically reviewed on 2026-12-02, due 2027-03-02; not signed off by a clinician",
   * or with no review recorded "not clinically reviewed (review due 2027-03-02); not signed off by
   * a clinician": "not reviewed, due" would read as a review that is due and done at once.
   */
  public static String of(Questionnaire q) {
    if (q.governance().isEmpty()) {
      return "no clinical review recorded (the questionnaire has no governance block)";
    }
    Governance g = q.governance().get();
    Optional<Review> last = g.lastReview();
    String reviewed =
        last.map(
                r ->
                    "clinically reviewed on "
                        + r.date()
                        + (r.version().equals(q.version()) ? "" : " (version " + r.version() + ")")
                        + ", due "
                        + g.reviewDue())
            .orElse("not clinically reviewed (review due " + g.reviewDue() + ")");
    String signed =
        g.lastSignOff()
            .map(
                r ->
                    "signed off on "
                        + r.date()
                        + " by "
                        + r.reviewers().stream()
                            .filter(p -> p.name().isPresent())
                            .map(ReviewLine::person)
                            .collect(Collectors.joining(", "))
                        + (r.version().equals(q.version()) ? "" : " (version " + r.version() + ")"))
            .orElse("not signed off by a clinician");
    return reviewed + "; " + signed;
  }

  private static String person(Person p) {
    return p.name().orElseThrow() + " (" + p.role() + ")";
  }
}
