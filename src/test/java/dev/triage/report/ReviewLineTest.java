package dev.triage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.Questionnaire;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The review line of the welcome and the reports, from the governance block as written. */
class ReviewLineTest {
  private static Questionnaire load(String path) throws Exception {
    return QuestionnaireLoader.load(Path.of(path), path).questionnaire();
  }

  /**
   * The example records no review and a date the first is due by: the line says it was not reviewed
   * and when a review is due, never "not reviewed, due" as though both held.
   */
  @Test
  void withNoReviewItSaysNotReviewedAndWhenAReviewIsDue() throws Exception {
    assertEquals(
        "not clinically reviewed (review due 2027-03-02); not signed off by a clinician",
        ReviewLine.of(load("questionnaires/example.yaml")));
  }

  @Test
  void withAReviewItSaysWhenAndWhenTheNextIsDue() throws Exception {
    assertEquals(
        "clinically reviewed on 2026-10-01 (version 0.9.0), due 2027-01-01; not signed off by a"
            + " clinician",
        ReviewLine.of(load("src/test/resources/golden/self-care/questionnaire.yaml")));
  }
}
