package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's result screen for the bundled questionnaire, in the same words as a scripted run.
 */
@Timeout(600) // guards against a session that waits for keys that never come
class ResultScreenTest {
  @TempDir Path dir;

  /**
   * Every red flag "no", then a walk towards the buttock-muscle outcome, short of the ball test.
   */
  static Map<String, String> towardsGlutes() {
    Map<String, String> given = new LinkedHashMap<>();
    for (String flag :
        new String[] {
          "breathless-chest-pain",
          "limb-change",
          "aorta-pain",
          "thigh-swelling",
          "sepsis",
          "cauda-equina",
          "sight",
          "cancer-history",
          "new-headache",
          "clot-signs",
          "clot-risk",
          "leg-weakness",
          "rest-pain",
          "fever",
          "dark-urine",
          "muscles-both-sides",
          "major-accident",
          "hamstring-pop",
          "fragile-bones",
          "infection-risk",
          "lump",
          "serious-cause"
        }) {
      given.put(flag, "no");
    }
    given.put("scope", "yes");
    for (String q : new String[] {"pmr", "walking-pain", "inflammatory-back"}) {
      given.put(q, "no");
    }
    given.put("duration", "recent");
    for (String q :
        new String[] {
          "below-knee", "sudden-strain", "sit-bone-sitting", "bone-stress", "back-pain"
        }) {
      given.put(q, "no");
    }
    given.put("nerve-signs", "neither");
    given.put("glute-pattern", "yes");
    return given;
  }

  @Test
  void theTitleSaysLikelySourceAndTheSourceLineIsLabelledWhereItLikelyComesFrom() {
    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).questionnaire(Requests.BUNDLED).given(towardsGlutes()).build(),
            Keys.typing("1", "", "n"),
            "dumb",
            81); // wraps at 80, as a scripted run does
    assertTrue(t.failure().isEmpty(), t.screen());
    String result = t.after("SELF-CARE:");
    assertEquals(1, Tmux.count(result, "Likely source"), result);
    assertTrue(
        result.startsWith(
            """
        SELF-CARE: look after it yourself; see a professional if it does not improve

        Likely source: the buttock muscles (gluteus minimus) sending pain into the thigh
        """),
        result);
    assertTrue(
        result.contains(
            """
        a likely pattern rather than a certainty.

        Where it likely comes from: Buttock muscles (gluteal muscles). The muscles of
          the buttock and the side of the hip; the deepest, the gluteus minimus, can
          send pain down the back of the thigh.
        Also consider: Sciatic nerve; Hamstring muscles

        Why:
        """),
        result);
  }
}
