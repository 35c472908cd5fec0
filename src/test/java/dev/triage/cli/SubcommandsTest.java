package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.launch.SpecSource;
import dev.triage.cli.launch.Subcommands;
import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

class SubcommandsTest {
  /**
   * Every subcommand, in the order --help lists them: written out, so that losing one fails these
   * tests.
   */
  private static final List<String> VISIBLE =
      List.of("run", "list", "validate", "test", "graph", "batch", "help", "generate-completion");

  /** With the hidden one the completion script calls for its candidates. */
  private static final List<String> ALL =
      List.of(
          "run",
          "list",
          "validate",
          "test",
          "graph",
          "batch",
          "help",
          "generate-completion",
          "__complete");

  private static CommandFactory factory() {
    return new CommandFactory(
        new Environment(
            InputStream.nullInputStream(),
            false,
            Path.of(""),
            Map.of(),
            Clock.fixed(Cli.NOW, ZoneOffset.UTC)));
  }

  private static CommandSpec rootSpec() {
    return SpecSource.load().commandLine(TriageCommand.class, factory()).getCommandSpec();
  }

  private static List<String> added(String... args) {
    CommandFactory factory = factory();
    SpecSource specs = SpecSource.load();
    CommandLine root = specs.commandLine(TriageCommand.class, factory);
    Subcommands.add(root, specs, factory, TriageCommand.SUBCOMMANDS, args);
    return List.copyOf(root.getSubcommands().keySet());
  }

  @Test
  void subcommandsAreListedInTheRegistryNotTheAnnotation() {
    assertEquals(
        0,
        TriageCommand.class.getAnnotation(Command.class).subcommands().length,
        "add subcommands to TriageCommand.SUBCOMMANDS: picocli would set up every one in the annotation at start");
  }

  @Test
  void aCommandLineNamingASubcommandSetsUpOnlyThatOne() {
    assertEquals(List.of("validate"), added("validate", "a.yaml"));
  }

  @Test
  void rootOptionsBeforeTheSubcommandAreSkipped() {
    assertEquals(List.of("validate"), added("--stacktrace", "validate", "a.yaml"));
  }

  @Test
  void rootHelpAndABareLineSetUpEverySubcommandInOrder() {
    assertEquals(ALL, added("--help"));
    assertEquals(ALL, added("-h"));
    assertEquals(ALL, added());
  }

  @Test
  void theVersionAloneSetsUpNoSubcommand() {
    assertEquals(List.of(), added("--version"));
    assertEquals(List.of(), added("--stacktrace", "-V"));
    assertEquals(ALL, added("-V", "-h"));
    assertEquals(List.of("run"), added("-V", "run"));
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().matches("triage \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void anUnknownNameSetsUpEverySubcommandSoTheErrorCanSuggestOne() {
    assertEquals(ALL, added("valdate"));
  }

  @Test
  void completionAndAtFilesSeeEverySubcommand() {
    assertEquals(ALL, added("generate-completion"));
    assertEquals(ALL, added("@args.txt"));
    assertEquals(
        Optional.empty(),
        Subcommands.named(
            rootSpec(), SpecSource.load(), TriageCommand.SUBCOMMANDS, "@args.txt", "validate"));
  }

  @Test
  void theCompletionScriptsCandidatesSetUpOnlyTheirHiddenCommand() {
    assertEquals(List.of("__complete"), added("__complete", "--", "answers", "", "sit"));
    assertTrue(!Cli.run("--help").out().contains("__complete"));
  }

  @Test
  void theNamedSubcommandIsFoundByItsAnnotationName() {
    assertEquals(
        Optional.of(CompletionCommand.class),
        Subcommands.named(
            rootSpec(), SpecSource.load(), TriageCommand.SUBCOMMANDS, "generate-completion"));
  }

  @Test
  void rootHelpListsEverySubcommand() {
    Cli.Result r = Cli.run("--help");
    for (String name : VISIBLE) {
      assertTrue(r.out().contains("\n  " + name + " "), name + " missing from\n" + r.out());
    }
  }

  @Test
  void anInheritedRootOptionStillWorksAfterALazySubcommand() {
    Cli.Result r = Cli.run("validate", "--stacktrace", "--help");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("Usage: triage validate "), r.out());
  }

  @Test
  void anUnknownSubcommandIsAUsageErrorThatSuggestsTheNearest() {
    Cli.Result r = Cli.run("valdate");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: unknown command 'valdate'; did you mean 'validate'? ('triage --help' lists the"
            + " commands)\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void anUnknownOptionSuggestsTheNearestOfItsCommand() {
    Cli.Result r = Cli.run("run", "--no-colour");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(
        r.err().startsWith("triage: Unknown option: '--no-colour'; did you mean '--no-color'?\n"),
        r.err());
  }

  @Test
  void aWordLikeNoSubcommandSuggestsNone() {
    Cli.Result r = Cli.run("frobnicate");
    assertEquals(
        "triage: unknown command 'frobnicate' ('triage --help' lists the commands)\n", r.err());
  }
}
