package dev.triage.validate;

import static dev.triage.validate.Fixtures.headlines;
import static dev.triage.validate.Fixtures.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red flags asked only after another flag's "yes" (follow-up): follow-ups.yaml is clean, and each
 * follow-up-*.yaml breaks one rule of it.
 */
class FollowUpRulesTest {
  @Test
  void followUpsNeedNotBeAskedOnEveryRouteAndTheirTiersFollowTheScreen() {
    // past-cancer (emergency) asks cancer-nerves (emergency) then cancer-back (urgent) only after
    // "yes"; every
    // route to a symptom question still asks every flag that is no follow-up.
    assertEquals(List.of(), headlines("follow-ups.yaml"));
  }

  @Test
  void aFollowUpIsWrittenStraightAfterItsParent() {
    assertEquals(
        """
        follow-up-out-of-place.yaml:43:5: error: follow-up 'cancer-back' of red flag 'past-cancer' must be written \
        straight after 'past-cancer' and the follow-ups before it, in the order its follow-up list names them, so that \
        the screen reads in the order it is asked
          - id: cancer-back
            ^""",
        rendered("follow-up-out-of-place.yaml"));
  }

  @Test
  void aFollowUpHasOneParent() {
    assertEquals(
        List.of(
            "follow-up-two-parents.yaml:46:17: error: red flag 'cancer-back' is already a follow-up of 'past-cancer'"
                + " (line 26): a follow-up has one parent, asked once; write a red flag of its own for the other",
            "follow-up-two-parents.yaml:46:17: error: 'calf-pain' leads to red flag 'cancer-back', a follow-up of"
                + " 'past-cancer': a follow-up is asked only after its parent's \"yes\", so lead here to a red flag"
                + " that is no follow-up, or to a question",
            // cancer-back's "no" goes where past-cancer's goes, to calf-pain, whose "yes" leads
            // back to it.
            "follow-up-two-parents.yaml:46:17: error: cycle: cancer-back -> calf-pain -> cancer-back; every route"
                + " must end at an outcome"),
        headlines("follow-up-two-parents.yaml"));
  }

  @Test
  void followUpsDoNotNest() {
    assertEquals(
        """
        follow-up-nested.yaml:33:17: error: red flag 'cancer-nerves' is a follow-up of 'past-cancer', so it cannot \
        have follow-ups of its own: list them all under 'past-cancer', in the order asked
            follow-up: [cancer-back]
                        ^""",
        rendered("follow-up-nested.yaml"));
  }

  @Test
  void aFollowUpsNoRejoinsTheScreenWhereItsParentsNoGoes() {
    assertEquals(
        """
        follow-up-with-no.yaml:26:17: error: outcome 'strain' can be reached without asking red flag \
        'swollen-calf': saddle-numbness -> past-cancer -> cancer-nerves -> cancer-back -> sitting-pain -> strain
            follow-up: [cancer-nerves, cancer-back]
                        ^
        follow-up-with-no.yaml:42:9: error: red flag 'cancer-back' is a follow-up of 'past-cancer', so its "no" goes \
        on where the "no" of 'past-cancer' goes, 'swollen-calf', and the screen goes on before its next flag; remove \
        'no'
            no: sitting-pain
                ^""",
        rendered("follow-up-with-no.yaml"));
  }

  @Test
  void aFollowUpIsAskedOnlyAfterItsParentsYes() {
    assertEquals(
        List.of(
            "follow-up-led-to.yaml:21:9: error: 'saddle-numbness' leads to red flag 'cancer-back', a follow-up of"
                + " 'past-cancer': a follow-up is asked only after its parent's \"yes\", so lead here to a red flag"
                + " that is no follow-up, or to a question",
            "follow-up-led-to.yaml:21:9: error: outcome 'strain' can be reached without asking red flag"
                + " 'past-cancer': saddle-numbness -> cancer-back -> swollen-calf -> sitting-pain -> strain",
            "follow-up-led-to.yaml:23:5: error: red flag 'past-cancer' is never asked: no route from"
                + " 'saddle-numbness' leads to it",
            "follow-up-led-to.yaml:31:5: error: red flag 'cancer-nerves' is never asked: no route from"
                + " 'saddle-numbness' leads to it"),
        headlines("follow-up-led-to.yaml"));
  }

  @Test
  void aFollowUpNamesARedFlagWithAHintForANearMiss() {
    assertEquals(
        """
        follow-up-unknown.yaml:26:32: error: follow-up 'cancer-bak' is not the id of any red flag (did you mean \
        'cancer-back'?)
            follow-up: [cancer-nerves, cancer-bak]
                                       ^""",
        rendered("follow-up-unknown.yaml"));
  }

  @Test
  void aFollowUpMoreUrgentThanItsParentBreaksTheTierOrderOfTheScreen() {
    assertEquals(
        List.of(
            "follow-up-more-urgent.yaml:30:5: warning: red flag 'cancer-nerves' is emergency but comes after"
                + " 'past-cancer', which is urgent: list emergency flags first, then urgent, then soon, since a \"yes\""
                + " ends the screen"),
        headlines("follow-up-more-urgent.yaml"));
  }
}
