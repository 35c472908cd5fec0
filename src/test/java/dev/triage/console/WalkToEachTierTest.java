package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A whole session to each tier of the example questionnaire, typed as a person would. */
@Timeout(600) // guards against a session that waits for keys that never come
class WalkToEachTierTest {
  @TempDir Path dir;

  @Test
  void welcomeNamesTheQuestionnaireAndTheDisclaimerThenTheSafetyQuestions() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing());
    String expected =
        """
        Back-of-thigh pain (short example) (version 1.0.0)
        Not clinically reviewed (review due 2027-03-02); not signed off by a clinician.

        A short example that exercises every part of the format: a red-flag screen with
        one flag per tier, questions with help, a self-test and "not sure" answers, and
        outcomes that several answers share.

        This example suggests a likely source of pain and next steps. It does not
        diagnose. If you are worried, or the pain is severe or getting worse, see a
        doctor or physiotherapist.

        Type the number or the name of an answer and press Enter (the first letters of
        a name are enough; Tab completes). ? shows help, b or Esc goes back one
        question, q quits.

        First, some safety questions
        These check for warning signs that need a doctor: some at once, some the same
        day, some within days. If you are unsure, choose "not sure" where it is
        offered.

        Question 1 of at most 7 - safety check
        Is there new numbness or tingling between your legs or around your back
        passage, or new trouble passing or holding urine?
          1  Yes
          2  No
          3  Not sure
        Your answer (1-3, ? help, b back, q quit):\s""";
    assertTrue(t.screen().startsWith(expected), t.screen());
  }

  @Test
  void selfCare() {
    Driver.Transcript t =
        Driver.run(Requests.in(dir), Keys.typing("2", "2", "2", "1", "2", "2", "1", "", "n"));
    assertTrue(t.failure().isEmpty(), t.screen());
    assertTrue(
        t.screen().contains("Question 4 of at most 7\nIs the pain worst when you sit"), t.screen());
    assertTrue(
        t.screen().contains("No warning signs so far. Now some questions about your pain."),
        t.screen());
    String result = t.after("SELF-CARE:");
    assertTrue(
        result.startsWith(
            "SELF-CARE: look after it yourself; see a professional if it does not improve\n\n"
                + "Likely source - the hamstring tendon at the sit bone\n"),
        result);
    assertTrue(
        result.contains(
            "Why:\n  - Sitting brings on pain at the sit bone.\n  - Sitting is the main trigger.\n"),
        result);
    assertTrue(
        t.screen().indexOf("Your answers") < t.screen().indexOf("SELF-CARE:"),
        "review comes first");
  }

  @Test
  void emergencyIsShownTheMomentTheRedFlagIsAnsweredYes() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("1", "", "n"));
    assertTrue(t.failure().isEmpty(), t.screen());
    String result = t.after("!!!!");
    String bar = "!".repeat("EMERGENCY: act now - call emergency services or go to A&E".length());
    assertTrue(
        result.startsWith(
            bar + "\nEMERGENCY: act now - call emergency services or go to A&E\n" + bar + "\n"),
        result);
    assertTrue(
        result.contains(
            "What to do now:\n  - Go to A&E or call emergency services now and say you have new"
                + " numbness\n    between the legs or bladder changes.\n"),
        result);
    assertTrue(
        result.contains(
            "If you chose that answer by mistake, type b to go back to the question.\n"
                + "b to go back, Enter to go on: \n"),
        result);
    assertFalse(t.screen().contains("Question 2"), "asked on after an emergency:\n" + t.screen());
    assertFalse(
        t.screen().contains("Enter for the result"),
        "an emergency waited behind the review:\n" + t.screen());
  }

  @Test
  void notSureOnAnEmergencyFlagCountsAsYes() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("3", "", "n"));
    assertTrue(t.screen().contains("EMERGENCY: act now"), t.screen());
  }

  @Test
  void urgent() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "1", "", "n"));
    assertTrue(t.after("!!!!").contains("URGENT: get checked by a doctor today\n"), t.screen());
    assertFalse(t.screen().contains("Question 3"), t.screen());
  }

  @Test
  void soonIsReviewedBeforeTheResultLikeAnyOther() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing("2", "2", "1", "", "n"));
    assertTrue(t.failure().isEmpty(), t.screen());
    assertTrue(
        t.after("Your answers")
            .contains("SOON: see a doctor or physiotherapist within a few days\n"),
        t.screen());
    assertFalse(t.screen().contains("!!!!"), "only emergency and urgent get the banner");
  }

  @Test
  void aMistakenRedFlagCanBeTakenBack() {
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir), Keys.typing("2", "1", "b", "2", "2", "2", "2", "2", "1", "", "n"));
    assertTrue(t.failure().isEmpty(), t.screen());
    assertEquals(2, t.count("Question 2 of at most 7"), t.screen());
    assertTrue(
        t.after("URGENT").contains("b to go back, Enter to go on: b\n\nQuestion 2 of at most 7"),
        t.screen());
    assertTrue(
        t.screen().contains("Likely source - the hamstring tendon at the sit bone"), t.screen());
  }

  @Test
  void questionsAreWrappedToTheTerminalWidth() {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing(), "dumb", 40);
    assertTrue(
        t.screen()
            .contains(
                """
        Is there new numbness or tingling
        between your legs or around your back
        passage, or new trouble passing or
        holding urine?
        """),
        t.screen());
  }
}
