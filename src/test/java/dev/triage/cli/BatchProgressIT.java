package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line of {@code triage batch} (the packaged jar): shown on standard error when it is
 * a terminal (under {@code script}), and never when it is a file. The input is fed in two parts two
 * seconds apart, so the batch lasts past the first second by construction, however fast the
 * machine.
 */
class BatchProgressIT {
  private static final Path JAR = Path.of("target", "triage.jar").toAbsolutePath();
  private static final String SET = "{\"answers\": {\"saddle-numbness\": \"yes\"}}\n";

  @TempDir Path dir;

  /**
   * A shell command that runs the batch on 2,000 sets, the second half two seconds after the first.
   */
  private String batch() throws IOException {
    Files.writeString(dir.resolve("part.jsonl"), SET.repeat(1000), StandardCharsets.UTF_8);
    String java = ProcessHandle.current().info().command().orElse("java");
    return "(cat part.jsonl; sleep 2; cat part.jsonl) | '"
        + java
        + "' -jar '"
        + JAR
        + "' batch -q example"
        + " --output out.jsonl";
  }

  private static String run(Path dir, List<String> command)
      throws IOException, InterruptedException {
    Path log = dir.resolve("log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().put("TERM", "xterm");
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "hang guard");
    assertEquals(0, p.exitValue(), Files.readString(log));
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Test
  void atATerminalTheLineShowsSetsDoneAndTheRateAndIsClearedBeforeTheSummary() throws Exception {
    String seen = run(dir, List.of("script", "-qec", batch(), "/dev/null"));
    assertTrue(
        Pattern.compile("\rtriage: [0-9,]+ answer sets, [0-9,]+ a second").matcher(seen).find(),
        seen);
    assertTrue(
        seen.contains(" \rtriage: 2,000 answer sets: 2,000 complete, 0 incomplete, 0 rejected"),
        seen);
  }

  @Test
  void withoutATerminalThereIsOnlyTheSummary() throws Exception {
    String seen = run(dir, List.of("sh", "-c", batch()));
    assertEquals("triage: 2,000 answer sets: 2,000 complete, 0 incomplete, 0 rejected\n", seen);
  }
}
