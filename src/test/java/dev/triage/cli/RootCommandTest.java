package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.process.ExitCodes;
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
    assertEquals(
        "triage: Unknown option: '--frobnicate'\n"
            + "triage [-hV] [--no-color] [--stacktrace] [COMMAND]\n"
            + "Run 'triage --help' for more information.\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void stacktraceAfterTheSubcommandPrintsTheJavaStackTraceAfterTheMessage() {
    Cli.Result r = Cli.run("run", "-q", "nosuch", "--stacktrace");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "triage: no questionnaire named 'nosuch'; available: example, posterior-thigh"
                    + " (see 'triage list'); to use a file, give its path, such as ./nosuch.yaml\n"
                    + "dev.triage.diag.TriageException: no questionnaire named 'nosuch'"),
        r.err());
    assertTrue(r.err().contains("\n\tat dev.triage.catalog.Catalog."), r.err());
  }

  @Test
  void stacktraceBeforeTheSubcommandWorksToo() {
    Cli.Result r = Cli.run("--stacktrace", "run", "-q", "nosuch");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(
        r.err().contains("\ndev.triage.diag.TriageException: no questionnaire named 'nosuch'"),
        r.err());
  }

  @Test
  void withoutStacktraceNoFailurePrintsATrace() {
    Cli.Result r = Cli.run("run", "-q", "nosuch");
    assertEquals(
        "triage: no questionnaire named 'nosuch'; available: example, posterior-thigh (see 'triage list');"
            + " to use a file, give its path, such as ./nosuch.yaml\n",
        r.err());
  }

  @Test
  void aUsageErrorWithStacktracePrintsItsTraceAfterTheHint() {
    Cli.Result r = Cli.run("run", "--bogus", "--stacktrace");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(
        r.err()
            .contains(
                "Run 'triage run --help' for more information.\n"
                    + "picocli.CommandLine$UnmatchedArgumentException: Unknown option: '--bogus'"),
        r.err());
  }

  @Test
  void helpNamingNoCommandIsAUsageErrorThatSuggestsTheNearest() {
    Cli.Result r = Cli.run("help", "grpah");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: unknown command 'grpah'; did you mean 'graph'? ('triage --help' lists the"
            + " commands)\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void anOptionOfACommandGivenToTriageNamesTheCommandLineMeant() {
    Cli.Result r = Cli.run("--no-color", "--focus=nerve-signs", "--depth", "1");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: --focus belongs to a command: triage graph --no-color --focus=nerve-signs"
            + " --depth 1\n",
        r.err());
  }

  @Test
  void aDepthOfNoStepsIsStillWordedAsSteps() {
    Cli.Result r = Cli.run("graph", "--focus", "nerve-signs", "--depth", "0");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(
        r.err()
            .startsWith(
                "triage: --depth 0 is not a number of steps; give 1 or more, such as --depth 2\n"),
        r.err());
  }
}
