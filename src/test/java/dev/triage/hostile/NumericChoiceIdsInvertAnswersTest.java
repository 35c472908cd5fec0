package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.cli.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 2 (high): choices {@code {id: "2", label: Yes}} then {@code {id: "1", label: No}} passed
 * validation, and typing 1 (the number shown beside "Yes") recorded "No", because ids win over
 * numbers. A choice id may not be a number.
 */
@Tag("hostile")
class NumericChoiceIdsInvertAnswersTest {
  private static final String NUMBERED =
      Hostile.example()
          .replace(
              "      - id: yes\n        label: Yes\n        reason: Pain shoots",
              "      - id: \"2\"\n        label: Yes\n        reason: Pain shoots")
          .replace(
              "      - id: no\n        label: No\n        next: sudden-onset",
              "      - id: 1\n        label: No\n        next: sudden-onset");

  private static final int TWO = Hostile.lineOf(NUMBERED, "      - id: \"2\"");
  private static final int ONE = Hostile.lineOf(NUMBERED, "      - id: 1\n");

  @TempDir Path dir;

  @BeforeEach
  void plant() {
    Hostile.write(dir, "numbered.yaml", NUMBERED);
  }

  @Test
  void validateStrictRefusesChoiceIdsThatAreNumbers() {
    Cli.Result r = Hostile.run(dir, "validate", "--strict", "numbered.yaml");
    assertEquals(
        """
        numbered.yaml:%d:13: error: choice id '2' is a number, but a person answers by number too (this choice is \
        shown as 1): give it a word, such as 'yes' or 'often'
              - id: "2"
                    ^
        numbered.yaml:%d:13: error: choice id '1' is a number, but a person answers by number too (this choice is \
        shown as 2): give it a word, such as 'yes' or 'often'
              - id: 1
                    ^
        """
            .formatted(TWO, ONE),
        r.err());
    assertEquals(
        "numbered.yaml: invalid, 2 errors\n1 file checked: 2 errors, 0 warnings\n", r.out());
    assertEquals(1, r.exitCode());
    Hostile.assertClean(r);
  }

  @Test
  void aRunNeverRecordsTheOtherAnswerForTheNumberShown() {
    Cli.Result r =
        Hostile.run(
            dir,
            "run",
            "-q",
            "./numbered.yaml",
            "-a",
            "saddle-numbness=no,swollen-calf=no,pop-and-bruise=no,sitting-pain=no,nerve-signs=1",
            "--no-input");
    assertEquals(1, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertEquals(
        "./numbered.yaml:"
            + TWO
            + ":13: error: choice id '2' is a number, but a person answers by number too (this"
            + " choice is shown as 1): give it a word, such as 'yes' or 'often'",
        r.err().lines().findFirst().orElse(""));
  }
}
