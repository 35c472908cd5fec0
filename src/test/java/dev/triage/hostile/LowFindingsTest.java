package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.Cli;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign's low findings, one test each, named after the finding. */
@Tag("hostile")
class LowFindingsTest {
  @TempDir Path dir;

  @Test
  void crOnlyLineEndingsAreLineBreaksNotOnlyComments() {
    Hostile.write(dir, "mac.yaml", Hostile.example().replace("\n", "\r"));
    Cli.Result r = Hostile.run(dir, "validate", "--strict", "mac.yaml");
    assertEquals("", r.err());
    assertEquals("mac.yaml: ok\n1 file checked: 0 errors, 0 warnings\n", r.out());
    assertEquals(0, r.exitCode());
  }

  @Test
  void crOnlyLineEndingsQuoteTheRightLineInADiagnostic() {
    Hostile.write(dir, "mac.yaml", Hostile.example().replace("\n", "\r").replace("version: 1.0.0", "version: [1"));
    Cli.Result r = Hostile.run(dir, "validate", "mac.yaml");
    assertEquals(1, r.exitCode());
    List<String> err = r.err().lines().toList();
    assertTrue(err.get(0).startsWith("mac.yaml:7:9: error: the list opened with '[' at line 6, column 10"), r.err());
    assertEquals(List.of("language: en", "        ^"), err.subList(1, 3));
  }

  @Test
  void aNextLineOrLineSeparatorIsNamedAtTheLineAnEditorShows() {
    for (String separator : new String[] {"\u2028", "\u2029", "\u0085"}) {
      Hostile.write(dir, "sep.yaml", Hostile.example().replace("version: 1.0.0", "version: 1.0" + separator + ".0"));
      Cli.Result r = Hostile.run(dir, "validate", "sep.yaml");
      String name = separator.equals("\u0085") ? "U+0085 (next line)"
          : separator.equals("\u2028") ? "U+2028 (line separator)" : "U+2029 (paragraph separator)";
      assertEquals("sep.yaml:6:13: error: the character " + name + " is a line break to YAML but not to most"
          + " editors; replace it with a line break or a space\nversion: 1.0?.0\n            ^\n", r.err());
      assertEquals(1, r.exitCode());
      Hostile.assertClean(r);
    }
  }

  @Test
  void aDoubleByteOrderMarkIsNamedAsSuchNotAsADirective() {
    Hostile.write(dir, "bom.yaml", "\uFEFF\uFEFF" + Hostile.example());
    Cli.Result r = Hostile.run(dir, "validate", "bom.yaml");
    assertEquals("bom.yaml:1:1: error: a second byte order mark (U+FEFF); remove it: only the very start of a file"
        + " may hold one\n?# A small but complete questionnaire in format v1, used in tests and in"
        + " docs/questionnaire-format.md.\n^\n", r.err().replace("\uFEFF", "?"));
    assertEquals(1, r.exitCode());
  }
}
