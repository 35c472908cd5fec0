package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled questionnaire's titles already say "Likely source: ..."; the structured source
 * underneath is labelled "Where it likely comes from" so the result never reads as the same line
 * twice, in text, Markdown and JSON alike.
 */
class SourceLineTest {
  /**
   * Every red flag "no", then a walk to the buttock-muscle outcome, which names a source and an
   * also-consider.
   */
  static final String GLUTES =
      BundledAnswers.everyRedFlagNoThen(
          "scope: yes",
          "pmr: no",
          "walking-pain: no",
          "inflammatory-back: no",
          "duration: recent",
          "nerve-signs: neither",
          "below-knee: no",
          "sudden-strain: no",
          "sit-bone-sitting: no",
          "bone-stress: no",
          "back-pain: no",
          "glute-pattern: yes",
          "ball-test: yes");

  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void setUp() {
    ws = new Workspace(tmp);
    ws.write("glutes.yaml", GLUTES);
  }

  @Test
  void thePlainResultSaysLikelySourceOnceAndLabelsTheSourceWhereItLikelyComesFrom() {
    Cli.Result r = ws.run("run", "--answers", "glutes.yaml");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(1, occurrences(r.out(), "Likely source"), r.out());
    assertTrue(
        r.out()
            .startsWith(
                String.join(
                    "\n",
                    "SELF-CARE: look after it yourself; see a professional if it does not improve",
                    "",
                    "Likely source: the buttock muscles (gluteus minimus) sending pain into the thigh",
                    "")),
        r.out());
    assertTrue(
        r.out()
            .contains(
                String.join(
                    "\n",
                    "a likely pattern rather than a certainty.",
                    "",
                    "Where it likely comes from: Buttock muscles (gluteal muscles). The muscles of",
                    "  the buttock and the side of the hip; the deepest, the gluteus minimus, can",
                    "  send pain down the back of the thigh.",
                    "Also consider: Sciatic nerve; Hamstring muscles",
                    "",
                    "Why:",
                    "")),
        r.out());
  }

  @Test
  void theMarkdownReportListsTheSourceAndAlsoConsiderWithTheSameLabels() {
    Cli.Result r = ws.run("run", "--answers", "glutes.yaml", "-o", "-");
    assertEquals(0, r.exitCode(), r.err());
    String route =
        r.out().substring(r.out().indexOf("## Your route"), r.out().indexOf("## Your answers"));
    assertEquals(1, occurrences(r.out().replace(route, ""), "Likely source"), r.out());
    assertTrue(
        r.out()
            .contains(
                String.join(
                    "\n",
                    "**Likely source: the buttock muscles (gluteus minimus) sending pain into the thigh**",
                    "")),
        r.out());
    assertTrue(
        r.out()
            .contains(
                String.join(
                    "\n",
                    "",
                    "- Where it likely comes from: Buttock muscles (gluteal muscles). The muscles of the buttock and the side of"
                        + " the hip; the deepest, the gluteus minimus, can send pain down the back of the thigh.",
                    "- Also consider: Sciatic nerve. The large nerve that starts from nerve roots in the lower back and runs"
                        + " through the buttock and down the back of the leg to the foot.",
                    "- Also consider: Hamstring muscles. The three muscles at the back of the thigh that bend the knee and swing"
                        + " the leg backwards.",
                    "",
                    "## Why: the answers that led here",
                    "")),
        r.out());
  }

  @Test
  void theJsonReportKeepsTheSourceStructured() {
    Cli.Result r = ws.run("run", "--answers", "glutes.yaml", "-o", "-", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonObject result = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("result");
    assertEquals(
        "Likely source: the buttock muscles (gluteus minimus) sending pain into the thigh",
        result.get("title").getAsString());
    JsonObject source = result.getAsJsonObject("source");
    assertEquals("glutes", source.get("id").getAsString());
    assertEquals("Buttock muscles (gluteal muscles)", source.get("name").getAsString());
    assertEquals(
        "The muscles of the buttock and the side of the hip; the deepest, the gluteus minimus, can send"
            + " pain down the back of the thigh.",
        source.get("description").getAsString());
    assertEquals(
        "sciatic-nerve",
        result.getAsJsonArray("also-consider").get(0).getAsJsonObject().get("id").getAsString());
    assertEquals(
        "hamstring",
        result.getAsJsonArray("also-consider").get(1).getAsJsonObject().get("id").getAsString());
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
