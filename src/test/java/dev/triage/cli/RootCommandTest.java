package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RootCommandTest {
  @Test
  void versionComesFromThePom() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().matches("triage \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), r.out());
  }

  @Test
  void helpListsEveryExitCode() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("Exit codes:"), r.out());
    for (String code : new String[] {"  0 ", "  1 ", "  2 ", "  130 "}) {
      assertTrue(r.out().contains(code), "missing exit code" + code + " in\n" + r.out());
    }
  }

  @Test
  void unknownOptionIsAUsageErrorWithSynopsisAndHint() {
    Cli.Result r = Cli.run("--frobnicate");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    String[] lines = r.err().split("\\R");
    assertEquals("triage: Unknown option: '--frobnicate'", lines[0]);
    assertEquals("Run 'triage --help' for more information.", lines[lines.length - 1]);
    assertEquals("", r.out());
  }
}
