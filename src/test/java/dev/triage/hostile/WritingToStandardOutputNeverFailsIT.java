package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finding 4 (high): {@code run}, {@code run -o -}, {@code validate}, {@code list} and {@code
 * generate-completion} into a full disk or a closed pipe exited 0, and a report cut off on a full
 * disk said nothing. A failed write is one line on stderr and exit 1; a closed pipe ends quietly
 * with 141, as other Unix tools do. Run against the packaged jar.
 */
@Tag("hostile")
class WritingToStandardOutputNeverFailsIT {
  @TempDir Path dir;

  /**
   * A questionnaire for validate whose review is not due until 9999, so that its one line on
   * standard output is all validate writes, whatever the date (the bundled ones warn once their
   * review falls due).
   */
  @BeforeEach
  void reviewedQuestionnaire() throws IOException {
    Files.writeString(
        dir.resolve("reviewed.yaml"),
        Files.readString(Path.of("src/test/resources/validate/valid.yaml"))
            .replace("review-due: 2027-05-01", "review-due: 9999-12-31"));
  }

  /**
   * The jar run with a command line given as one string split at spaces, and nothing on standard
   * input.
   */
  private ProcessBuilder start(String line) {
    String[] args = line.replace("SIT_BONE", Hostile.SIT_BONE).split(" ");
    return new ProcessBuilder(TriageJar.command(List.of(), args))
        .directory(dir.toFile())
        .redirectInput(new File("/dev/null"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "run -q example -a SIT_BONE",
        "run -q example -a SIT_BONE -o -",
        "run -q example -a SIT_BONE -o - --format json",
        "validate reviewed.yaml",
        "list",
        "generate-completion",
        "--help",
      })
  void aFullDiskIsOneLineAndExit1(String line) throws Exception {
    Process p = start(line).redirectOutput(new File("/dev/full")).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, TriageJar.waitFor(p), err);
    assertEquals(
        "triage: cannot write to standard output (No space left on device); what was written is"
            + " incomplete\n",
        err);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "run -q example -a SIT_BONE",
        "run -q example -a SIT_BONE -o -",
        "validate reviewed.yaml",
        "list",
        "generate-completion",
      })
  void aClosedPipeEndsQuietlyWith141(String line) throws IOException {
    Process p = start(line).start();
    p.getInputStream()
        .close(); // the reader goes away before the JVM has started, as `| head -0` does
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(141, TriageJar.waitFor(p), err);
    assertEquals("", err);
    assertFalse(err.contains("Exception"));
  }
}
