package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.triage.cli.process.ExitCodes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Help and usage text at a terminal: picocli would colour it there, and the filter that keeps
 * control characters off the terminal would print each escape as '?'. picocli's own switch
 * (picocli.ansi=true) stands in for a terminal, as it makes picocli colour wherever it prints.
 */
class HelpAtATerminalTest {
  private String before;

  @BeforeEach
  void pretendStandardOutputIsATerminal() {
    before = System.getProperty("picocli.ansi");
    System.setProperty("picocli.ansi", "true");
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty("picocli.ansi");
    } else {
      System.setProperty("picocli.ansi", before);
    }
  }

  private static void assertPlain(String text) {
    assertFalse(text.contains("?["), text);
    assertFalse(text.contains("\u001b"), text);
  }

  @Test
  void aUsageErrorPrintsThePlainSynopsis() {
    Cli.Result r = Cli.run("run", "--bogus", "--no-color");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertPlain(r.err());
    assertEquals(
        "triage: Unknown option: '--bogus'\n"
            + "triage run [-hV] [--force] [--no-color] [--no-input] [--no-pager]\n"
            + "           [--stacktrace] [--answers=FILE] [--format=FORMAT] [-o=FILE]\n"
            + "           [-q=NAME|PATH] [-a=ID=CHOICE]...\n"
            + "Run 'triage run --help' for more information.\n",
        r.err());
  }

  @Test
  void everyCommandsHelpIsPlain() {
    for (String command : List.of("run", "list", "validate", "test", "graph", "batch")) {
      Cli.Result r = Cli.run(command, "--help");
      assertEquals(ExitCodes.OK, r.exitCode(), command);
      assertPlain(r.out());
    }
    Cli.Result root = Cli.run("--help");
    assertEquals(ExitCodes.OK, root.exitCode());
    assertPlain(root.out());
  }
}
