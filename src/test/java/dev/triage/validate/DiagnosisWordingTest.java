package dev.triage.validate;

import static dev.triage.validate.Fixtures.headlines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Wording that claims a diagnosis is caught; saying that a result is not one is not a claim. */
class DiagnosisWordingTest {
  @Test
  void claimsAreCaught() {
    assertEquals(Optional.of("you have"), DiagnosisWording.claim("You have a hamstring strain."));
    assertEquals(
        Optional.of("you have"),
        DiagnosisWording.claim("This is not certain, but you have sciatica."));
    assertEquals(
        Optional.of("diagnosis"), DiagnosisWording.claim("The diagnosis is a strained hamstring."));
    assertEquals(
        Optional.of("diagnosis"),
        DiagnosisWording.claim("This points to a diagnosis of sciatica."));
    assertEquals(
        Optional.of("diagnosed"),
        DiagnosisWording.claim("You are diagnosed with a tendon problem."));
    assertEquals(
        Optional.of("diagnosed"), DiagnosisWording.claim("It is diagnosed from these answers."));
  }

  @Test
  void negatedFormsAreNoClaim() {
    assertEquals(Optional.empty(), DiagnosisWording.claim("This is not a diagnosis; get checked."));
    assertEquals(Optional.empty(), DiagnosisWording.claim("It is not diagnosed here."));
    assertEquals(
        Optional.empty(),
        DiagnosisWording.claim("No diagnosis is made, and nothing is diagnosed."));
    assertEquals(Optional.empty(), DiagnosisWording.claim("This result is not yet a diagnosis."));
    assertEquals(Optional.empty(), DiagnosisWording.claim("It isn’t a diagnosis."));
  }

  @Test
  void aNegationTooFarBackDoesNotCover() {
    assertEquals(
        Optional.of("diagnosis"),
        DiagnosisWording.claim(
            "It is not the case that this answer gives a diagnosis of sciatica."));
  }

  @Test
  void aNegationCoversOnlyItsOwnMentionAndALaterClaimIsStillCaught() {
    assertEquals(
        Optional.of("diagnosis"),
        DiagnosisWording.claim("This is not a diagnosis. The diagnosis is a strain."));
  }

  @Test
  void anOutcomeThatSaysItIsNotADiagnosisValidatesClean() {
    assertEquals(List.of(), headlines("not-a-diagnosis.yaml"));
  }
}
