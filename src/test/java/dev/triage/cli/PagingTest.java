package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.process.Environment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scripted result at a terminal goes through $PAGER, and is never lost when the pager is missing
 * or fails.
 */
class PagingTest {
  private static final String[] TO_SIT_BONE = {
    "run",
    "-q",
    "example",
    "-a",
    "saddle-numbness=no,swollen-calf=no,"
        + "pop-and-bruise=no,sitting-pain=yes,nerve-signs=no,sudden-onset=no,sit-bone-check=yes"
  };

  @TempDir Path dir;

  @Test
  void atATerminalTheResultGoesThroughThePager() throws IOException {
    Path paged = dir.resolve("paged.txt");
    Cli.Result run = Cli.run(terminal(true, "cat > '" + paged + "'"), TO_SIT_BONE);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(plain(), Files.readString(paged));
  }

  @Test
  void aMissingPagerLosesNothing() {
    Cli.Result run = Cli.run(terminal(true, "no-such-pager-" + System.nanoTime()), TO_SIT_BONE);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(plain(), run.out());
  }

  @Test
  void aFailingPagerLosesNothing() {
    Cli.Result run = Cli.run(terminal(true, "exit 3"), TO_SIT_BONE);
    assertEquals(plain(), run.out());
  }

  @Test
  void noPagerAndPagerCatPrintTheResultAsItIs() {
    Path paged = dir.resolve("paged.txt");
    assertEquals(
        plain(),
        Cli.run(terminal(true, "cat > '" + paged + "'"), append(TO_SIT_BONE, "--no-pager")).out());
    assertEquals(plain(), Cli.run(terminal(true, "cat"), TO_SIT_BONE).out());
    assertFalse(Files.exists(paged));
  }

  @Test
  void withoutATerminalThereIsNoPager() {
    Path paged = dir.resolve("paged.txt");
    assertEquals(plain(), Cli.run(terminal(false, "cat > '" + paged + "'"), TO_SIT_BONE).out());
    assertFalse(Files.exists(paged));
  }

  @Test
  void theResultEndsWithItsTierAgain() {
    assertTrue(
        plain()
            .endsWith(
                "\n\nSELF-CARE: look after it yourself; see a professional if it does not improve\n"),
        plain());
  }

  private String plain() {
    Cli.Result run = Cli.run(dir, "", TO_SIT_BONE);
    assertEquals(0, run.exitCode(), run.err());
    return run.out();
  }

  private Environment terminal(boolean interactive, String pager) {
    return new Environment(
        new ByteArrayInputStream(new byte[0]),
        interactive,
        dir,
        Map.of("PAGER", pager),
        Clock.fixed(Cli.NOW, ZoneOffset.UTC));
  }

  private static String[] append(String[] args, String arg) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = arg;
    return all;
  }
}
