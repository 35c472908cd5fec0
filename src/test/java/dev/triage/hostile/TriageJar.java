package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run as a person runs it ({@code java -jar target/triage.jar}), for what only a
 * real process shows: exit codes set by the JVM, signals, a full disk, a closed pipe, a small heap.
 * Runs after {@code package}, in *IT classes.
 */
final class TriageJar {
  static final Path JAR = Path.of("target", "triage.jar").toAbsolutePath();

  /** Only a hang guard: every run here ends in seconds. */
  private static final long HANG_GUARD_MINUTES = 10;

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private TriageJar() {}

  /** The JVM running this test, so the jar runs on the same JDK. */
  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** {@code java [jvm options] -jar triage.jar args...} in {@code dir}. */
  static List<String> command(List<String> jvm, String... args) {
    assertTrue(Files.isRegularFile(JAR), "no jar at " + JAR + ": run after mvn package");
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** Runs to the end with nothing on standard input, output and errors captured through files. */
  static Run run(Path dir, List<String> jvm, String... args) {
    try {
      Path out = Files.createTempFile("triage-out", ".txt");
      Path err = Files.createTempFile("triage-err", ".txt");
      try {
        Process p =
            new ProcessBuilder(command(jvm, args))
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        return new Run(
            waitFor(p),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exit code, or a failure (with the process ended) if it hangs. */
  static int waitFor(Process p) {
    try {
      if (!p.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail(
            "the run did not end within "
                + HANG_GUARD_MINUTES
                + " minutes: "
                + p.info().commandLine().orElse(""));
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      return fail("interrupted");
    }
  }
}
