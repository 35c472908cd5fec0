package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.launch.SpecSource;
import dev.triage.cli.launch.Subcommands;
import dev.triage.cli.process.Environment;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Every text of every command's --help, as printed at 80 columns, reads as written: picocli wraps
 * at any break Java's line breaker allows, which includes after a dot or before a slash ({@code
 * ./questionnaires/} became {@code .} and {@code /questionnaires/}), so the wording has to keep
 * such words off the ends of lines.
 */
class HelpTextTest {
  private static final int WIDTH = 80;

  private static CommandLine root() {
    CommandFactory factory =
        new CommandFactory(
            new Environment(
                InputStream.nullInputStream(),
                false,
                Path.of(""),
                Map.of(),
                Clock.fixed(Cli.NOW, ZoneOffset.UTC)));
    SpecSource specs = SpecSource.load();
    CommandLine root = specs.commandLine(TriageCommand.class, factory);
    Subcommands.add(root, specs, factory, TriageCommand.SUBCOMMANDS);
    return root;
  }

  /** The help as a reader sees it, each run of spaces and line breaks one space. */
  private static String read(CommandLine cmd) {
    cmd.setUsageHelpAutoWidth(false);
    cmd.setUsageHelpWidth(WIDTH);
    return cmd.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
  }

  private static List<String> texts(CommandLine cmd) {
    UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
    List<String> texts = new ArrayList<>(List.of(usage.description()));
    texts.addAll(List.of(usage.footer()));
    usage.exitCodeList().values().forEach(texts::add);
    List<ArgSpec> args = new ArrayList<>(cmd.getCommandSpec().options());
    args.addAll(cmd.getCommandSpec().positionalParameters());
    args.forEach(a -> texts.addAll(List.of(a.description())));
    return texts;
  }

  @Test
  void noWordIsBrokenAcrossLinesInAnyCommandsHelp() {
    CommandLine root = root();
    List<CommandLine> all = new ArrayList<>(List.of(root));
    all.addAll(root.getSubcommands().values());
    for (CommandLine cmd : all) {
      String help = read(cmd);
      for (String text : texts(cmd)) {
        String expected = String.format(text).replaceAll("\\s+", " ").strip();
        assertTrue(
            help.contains(expected),
            cmd.getCommandName()
                + " --help breaks or cuts \""
                + expected
                + "\":\n"
                + cmd.getUsageMessage(CommandLine.Help.Ansi.OFF));
      }
    }
  }

  @Test
  void theRootHelpListsEachCommandsWholeSummary() {
    CommandLine root = root();
    String help = read(root);
    root.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommandSpec().usageMessage().hidden()) {
                return; // not listed, by design (the completion script's helper)
              }
              String summary = sub.getCommandSpec().usageMessage().description()[0];
              assertTrue(
                  help.contains(" " + name + " " + summary + " "),
                  name
                      + "'s summary is cut or broken:\n"
                      + root.getUsageMessage(CommandLine.Help.Ansi.OFF));
            });
  }
}
