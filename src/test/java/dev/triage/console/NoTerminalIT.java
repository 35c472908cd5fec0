package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a terminal the packaged tool never waits for keys and never loads the console or JLine
 * (creating a JLine terminal costs 70 to 185 ms and warns when there is no TTY). Class loading is
 * read from the JVM's own log.
 */
class NoTerminalIT {
  private static final Path JAR = Path.of("target/triage.jar").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void aScriptedRunLoadsNoTerminalCode() throws Exception {
    Run r =
        run(
            "run",
            "-q",
            "example",
            "-a",
            "saddle-numbness=no,swollen-calf=no,pop-and-bruise=no",
            "-a",
            "sitting-pain=yes,nerve-signs=no,sudden-onset=no,sit-bone-check=yes");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("SELF-CARE:"), r.out());
    assertTrue(r.classes().contains(" dev.triage.cli.RunCommand "), "no class log?");
    assertNoTerminalCode(r);
  }

  @Test
  void missingAnswersWithoutATerminalAreListedAtOnceWhileStdinStaysOpen() throws Exception {
    Run r = run("run", "-q", "example", "-a", "saddle-numbness=no");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("swollen-calf"), r.err());
    assertEquals("", r.out());
    assertNoTerminalCode(r);
  }

  @Test
  void bareTriageWithoutATerminalListsTheAnswersNeededAsARunDoes() throws Exception {
    Run r = run();
    assertEquals(2, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(
        r.err().startsWith("triage: ") && r.err().contains(" more answers are needed"), r.err());
    assertNoTerminalCode(r);
  }

  private static void assertNoTerminalCode(Run r) {
    assertFalse(r.classes().contains(" org.jline."), "JLine loaded without a terminal");
    assertFalse(
        r.classes().contains(" dev.triage.console."), "the console loaded without a terminal");
  }

  /** What one run of the packaged jar printed, returned, and which classes it loaded. */
  private record Run(int code, String out, String err, String classes) {}

  /**
   * Runs the jar with stdin a pipe that is never written to nor closed: anything that waits for
   * keys hangs.
   */
  private Run run(String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("classes.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-Xlog:class+load=info:file=" + log,
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    try {
      // A hang guard, not a speed target: a run that waits for input that cannot come never ends by
      // itself.
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        throw new AssertionError(
            "still running after 10 minutes: it is waiting for input that cannot come");
      }
      return new Run(
          p.exitValue(),
          Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
          Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8),
          Files.readString(log));
    } finally {
      p.destroyForcibly();
    }
  }
}
