package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding 8 (high): text from a questionnaire, an answer file or a report reached the terminal raw,
 * so {@code \e[2J} cleared the screen, {@code \e]0;...\a} set the window title and {@code
 * \e[1A\e[2K} erased a warning. Control characters other than line feed and tab are refused in any
 * text, at their position, and never printed raw.
 */
@Tag("hostile")
class EscapeSequencesPassThroughTest {
  @TempDir Path dir;

  private static String withTitle(String yamlTitle) {
    return Hostile.example()
        .replace("title: Back-of-thigh pain (short example)", "title: " + yamlTitle);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"Pain \\e[2J\"                 | U+001B (escape)",
        "\"\\e]0;pwned\\a Pain\"          | U+001B (escape)",
        "\"Pain \\e[1A\\e[2K\"            | U+001B (escape)",
        "\"Pain \\x9b2J\"                | U+009B (control sequence introducer)",
        "\"Pain \\a\"                    | U+0007 (bell)",
        "\"Pain \\r overwritten\"        | U+000D (carriage return)",
        "\"Pain \\u202e reversed\"       | U+202E (bidirectional formatting)",
        "\"Pain \\L split\"              | U+2028 (line separator)",
      })
  void validateRefusesAControlCharacterInTextAtItsPosition(String title, String named) {
    Hostile.write(dir, "evil.yaml", withTitle(title));
    Cli.Result r = Hostile.run(dir, "validate", "evil.yaml");
    assertEquals(
        "evil.yaml:5:8: error: the character "
            + named
            + " cannot be written in text: it could change"
            + " what a terminal shows; remove it (text may hold line breaks and tabs, and no other control character)\n"
            + "title: "
            + title
            + "\n       ^\n",
        r.err());
    assertEquals("evil.yaml: invalid, 1 error\n1 file checked: 1 error, 0 warnings\n", r.out());
    assertEquals(1, r.exitCode());
    Hostile.assertClean(r);
  }

  @Test
  void aRawEscapeByteInTheFileIsNotQuotedRawInItsDiagnostic() throws Exception {
    Files.write(
        dir.resolve("raw.yaml"), withTitle("Pain \u001b[2J now").getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Hostile.run(dir, "validate", "raw.yaml");
    assertEquals(
        "raw.yaml:5:13: error: the character U+001B is not allowed in YAML; remove it\n"
            + "title: Pain ?[2J now\n            ^\n",
        r.err());
    assertEquals(1, r.exitCode());
    Hostile.assertClean(r);
  }

  @Test
  void triageListInAClonedFolderPrintsNoEscape() {
    Hostile.write(dir, "questionnaires/evil.yaml", withTitle("\"\\e]0;pwned\\a\\e[2J Pain\""));
    Cli.Result r = Hostile.run(dir, "list");
    assertEquals(0, r.exitCode(), r.err());
    String evil = r.out().lines().filter(l -> l.startsWith("evil ")).findFirst().orElseThrow();
    assertTrue(
        evil.matches(
            "evil +\\(cannot be loaded; run: triage validate \\./questionnaires/evil\\.yaml\\) +- +"
                + "\\./questionnaires/evil\\.yaml"),
        evil);
    Hostile.assertClean(r);
  }

  @Test
  void anAnswerFileWithAnEscapeIsRefusedAtItsPosition() {
    Hostile.write(dir, "answers.yaml", "saddle-numbness: \"no\\e[1A\\e[2K\"\n");
    Cli.Result r = Hostile.run(dir, "run", "-q", "example", "--answers", "answers.yaml");
    Hostile.assertRefused(
        r,
        1,
        "answers.yaml:1:18: error: the character U+001B (escape) cannot be written in text:"
            + " it could change what a terminal shows; remove it (text may hold line breaks and tabs, and no other control"
            + " character)\nsaddle-numbness: \"no\\e[1A\\e[2K\"\n                 ^\n");
  }

  @Test
  void aReportWhoseVersionHidesAnEscapeIsRefused() {
    Cli.Result made =
        Hostile.run(dir, "run", "-q", "example", "-a", Hostile.SIT_BONE, "-o", "report.md");
    assertEquals(0, made.exitCode(), made.err());
    Hostile.write(
        dir,
        "tampered.md",
        Hostile.read(dir.resolve("report.md"))
            .replace("  version: \"1.0.0\"", "  version: \"1.0.0\\e[1A\\e[2K\""));
    Cli.Result r = Hostile.run(dir, "run", "--answers", "tampered.md");
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "tampered.md:5:12: error: the character U+001B (escape) cannot be written in"
                    + " text"),
        r.err());
    Hostile.assertClean(r);
  }

  @Test
  void aBadAnswerQuotedInAnErrorIsPrintedWithoutItsEscapes() {
    Cli.Result r =
        Hostile.run(dir, "run", "-q", "example", "-a", "saddle-numbness=\u001b[2J\u001b]0;x\u0007");
    assertEquals(2, r.exitCode());
    assertEquals(
        "triage: -a saddle-numbness=?[2J?]0;x?: '?[2J?]0;x?' is not an answer to 'saddle-numbness'; valid"
            + " answers: yes, no, not-sure (or 1 to 3)\n",
        r.err());
    Hostile.assertClean(r);
  }
}
