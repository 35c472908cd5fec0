package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.triage.cli.process.ExitCodes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files through `triage validate`: each ends in its one problem on stderr and exit 1, with
 * no stack trace and no hang (the timeout only guards against one; speed is measured by the
 * benchmark).
 */
@Tag("hostile")
class ValidateHostileInputTest {
  private static final Duration HANG_GUARD =
      Duration.ofMinutes(10); // turns a hang into a failure; speed is benchmarked, not asserted

  @TempDir Path dir;

  private Cli.Result validate(String name) {
    return assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run(dir, "", "validate", name));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /**
   * Exit 1, exactly {@code err} on stderr, and the file's verdict and total on stdout: no trace
   * anywhere.
   */
  private static void assertRefused(Cli.Result r, String name, String err) {
    assertEquals(err, r.err());
    assertEquals(name + ": invalid, 1 error\n1 file checked: 1 error, 0 warnings\n", r.out());
    assertEquals(ExitCodes.INVALID, r.exitCode());
    for (String output : new String[] {r.out(), r.err()}) {
      assertFalse(output.contains("Exception") || output.contains("\tat "), output);
    }
  }

  @Test
  void anAliasBomb() throws IOException {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      String p = "*a" + (i - 1);
      yaml.append("a")
          .append(i)
          .append(": &a")
          .append(i)
          .append(" [")
          .append(String.join(", ", p, p, p, p, p, p, p, p, p, p))
          .append("]\n");
    }
    write("bomb.yaml", yaml.toString());
    assertRefused(
        validate("bomb.yaml"),
        "bomb.yaml",
        """
        bomb.yaml:7:45: error: aliases repeat too much content (more than 33554432 nodes and characters in total); \
        write the content out or use fewer aliases
        a6: &a6 [*a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5, *a5]
                                                    ^
        """);
  }

  @Test
  void nestingTenThousandDeep() throws IOException {
    write("deep.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    Cli.Result r = validate("deep.yaml");
    assertRefused(r, "deep.yaml", r.err());
    assertEquals(
        List.of(
            "deep.yaml:1:67: error: nesting is too deep (more than 64 levels of lists and mappings); flatten the"
                + " structure",
            // a 20,003-character line is quoted as a 120-character window around the column
            "..." + "[".repeat(120) + "...",
            " ".repeat(3 + 60) + "^"),
        r.err().lines().toList());
  }

  @Test
  void aJavaTypeTag() throws IOException {
    write(
        "tag.yaml",
        "format: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://localhost/\"]]]]\n");
    assertRefused(
        validate("tag.yaml"),
        "tag.yaml",
        """
        tag.yaml:1:9: error: tags are not allowed (found !!javax.script.ScriptEngineManager); remove the tag: every \
        value is read as plain text
        format: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
                ^
        """);
  }

  @Test
  void duplicateKeys() throws IOException {
    write("dup.yaml", "format: 1\nformat: 2\n");
    assertRefused(
        validate("dup.yaml"),
        "dup.yaml",
        """
        dup.yaml:2:1: error: duplicate key 'format' (first written at line 1)
        format: 2
        ^
        """);
  }

  @Test
  void aSixtyMegabyteFile() throws IOException {
    byte[] line =
        "# padding padding padding padding padding padding padding padding padding\n"
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(dir.resolve("huge.yaml"))) {
      for (long written = 0; written < 60L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    assertRefused(
        validate("huge.yaml"),
        "huge.yaml",
        "triage: huge.yaml: file is too large (62,914,578 bytes; the limit is 33,554,432 bytes, 32 MiB); check that this"
            + " is the right file\n");
  }

  @Test
  void randomBytes() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    Files.write(dir.resolve("random.yaml"), bytes);
    assertRefused(
        validate("random.yaml"),
        "random.yaml",
        "triage: random.yaml: file is binary, not text (a NUL byte at line 2, column 37); name a YAML text file\n");
  }

  @Test
  void anEmptyFile() throws IOException {
    write("empty.yaml", "");
    assertRefused(
        validate("empty.yaml"),
        "empty.yaml",
        "triage: empty.yaml: file is empty; write a questionnaire; see docs/questionnaire-format.md (share/doc/triage in a release)\n");
  }

  @Test
  void aDirectory() throws IOException {
    Files.createDirectory(dir.resolve("questionnaires"));
    assertRefused(
        validate("questionnaires/"),
        "questionnaires/",
        "triage: questionnaires/: this is a directory, not a file; name a YAML file inside it\n");
  }
}
