package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.process.ExitCodes;
import org.junit.jupiter.api.Test;

/**
 * {@code --no-color} is understood by every command, before or after its name, and by plain {@code
 * triage}.
 */
class NoColorTest {
  @Test
  void plainTriageTakesNoColorAndListsTheAnswersNeededAsARunDoes() {
    Cli.Result bare = Cli.run("--no-color");
    Cli.Result run = Cli.run("run");
    assertEquals(ExitCodes.USAGE, bare.exitCode(), bare.err());
    assertEquals(run.err(), bare.err());
    assertEquals("", bare.out());
    assertTrue(bare.err().contains(" -a "), bare.err());
  }

  @Test
  void everyCommandTakesNoColorAfterItsName() {
    assertEquals(ExitCodes.OK, Cli.run("list", "--no-color").exitCode());
    assertEquals(ExitCodes.OK, Cli.run("validate", "--no-color", "example").exitCode());
    assertEquals(ExitCodes.OK, Cli.run("graph", "--no-color", "-q", "example").exitCode());
    assertEquals(
        ExitCodes.OK,
        Cli.run("test", "--no-color", "questionnaires/example.cases.yaml").exitCode());
  }

  @Test
  void aRunTakesNoColorBeforeOrAfterItsName() {
    String[] answers = {"-q", "example", "-a", "saddle-numbness=yes"};
    Cli.Result after = Cli.run(concat(new String[] {"run", "--no-color"}, answers));
    Cli.Result before = Cli.run(concat(new String[] {"--no-color", "run"}, answers));
    assertEquals(ExitCodes.OK, after.exitCode(), after.err());
    assertEquals(after.out(), before.out());
  }

  @Test
  void aMistypedNoColorIsSuggestedAtTheRoot() {
    Cli.Result r = Cli.run("--no-colr");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(
        r.err().startsWith("triage: Unknown option: '--no-colr'; did you mean '--no-color'?\n"),
        r.err());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
