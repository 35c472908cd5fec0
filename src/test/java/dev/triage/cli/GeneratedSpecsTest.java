package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.launch.SpecSource;
import dev.triage.cli.process.Environment;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The models the build generated from the commands' annotations equal the ones picocli reads from
 * them.
 */
class GeneratedSpecsTest {
  private static final CommandFactory FACTORY =
      new CommandFactory(
          new Environment(
              InputStream.nullInputStream(),
              false,
              Path.of("."),
              Map.of(),
              Clock.fixed(Cli.NOW, ZoneOffset.UTC)));

  static List<Class<?>> commands() {
    List<Class<?>> all = new ArrayList<>(List.of(TriageCommand.class));
    for (Class<?> c : TriageCommand.SUBCOMMANDS) {
      if (c.getPackageName().equals("dev.triage.cli")) {
        all.add(c);
      }
    }
    return all;
  }

  private static CommandSpec generated(Class<?> command) throws Exception {
    Optional<CommandSpec> spec = SpecSource.load().spec(command, FACTORY);
    assertTrue(
        spec.isPresent(),
        command.getSimpleName()
            + " is set up from its annotations at every start (about 3"
            + " ms, 25 ms for the first command) because "
            + SpecGenerator.unsupported(command)
                .orElse("the build did not" + " generate GeneratedSpecs")
            + "; handle that in SpecGenerator or use what it handles");
    return spec.get();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandOfOursIsGeneratedWithTheSameHelp(Class<?> command) throws Exception {
    CommandLine fromCode = new CommandLine(generated(command), FACTORY);
    CommandLine fromAnnotations = new CommandLine(FACTORY.create(command), FACTORY);
    assertEquals(
        fromAnnotations.getUsageMessage(CommandLine.Help.Ansi.OFF),
        fromCode.getUsageMessage(CommandLine.Help.Ansi.OFF));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyOptionAndParameterMatchesAttributeByAttribute(Class<?> command) throws Exception {
    CommandSpec code = generated(command);
    CommandSpec annotations = new CommandLine(FACTORY.create(command), FACTORY).getCommandSpec();
    assertEquals(annotations.name(), code.name());
    assertEquals(List.of(annotations.aliases()), List.of(code.aliases()));
    assertEquals(annotations.mixins().keySet(), code.mixins().keySet());
    assertEquals(annotations.mixinStandardHelpOptions(), code.mixinStandardHelpOptions());
    assertEquals(
        annotations.version().length > 0 ? List.of(annotations.version()) : List.of(),
        code.version().length > 0 ? List.of(code.version()) : List.of());
    assertEquals(annotations.usageMessage().exitCodeList(), code.usageMessage().exitCodeList());
    assertEquals(describe(annotations.args()), describe(code.args()));
  }

  @Test
  void rootHelpWithEverySubcommandIsTheSame() throws Exception {
    CommandLine fromCode = new CommandLine(generated(TriageCommand.class), FACTORY);
    CommandLine fromAnnotations = new CommandLine(FACTORY.create(TriageCommand.class), FACTORY);
    for (Class<?> c : TriageCommand.SUBCOMMANDS) {
      fromCode.addSubcommand(SpecSource.load().commandLine(c, FACTORY));
      fromAnnotations.addSubcommand(new CommandLine(FACTORY.create(c), FACTORY));
    }
    assertEquals(
        fromAnnotations.getUsageMessage(CommandLine.Help.Ansi.OFF),
        fromCode.getUsageMessage(CommandLine.Help.Ansi.OFF));
    assertEquals(
        describe(fromAnnotations.getSubcommands().get("run").getCommandSpec().args()),
        describe(fromCode.getSubcommands().get("run").getCommandSpec().args()));
  }

  /** Every attribute of every argument that changes parsing or help, one line each. */
  private static List<String> describe(List<ArgSpec> args) {
    List<String> lines = new ArrayList<>();
    for (ArgSpec a : args) {
      String head =
          a instanceof OptionSpec o
              ? "option "
                  + Arrays.toString(o.names())
                  + " usageHelp="
                  + o.usageHelp()
                  + " versionHelp="
                  + o.versionHelp()
                  + " help="
                  + o.help()
                  + " negatable="
                  + o.negatable()
                  + " fallback="
                  + o.fallbackValue()
                  + " order="
                  + o.order()
              : "positional index=" + ((PositionalParamSpec) a).index();
      lines.add(
          head
              + " arity="
              + a.arity()
              + " label="
              + a.paramLabel()
              + " hideSyntax="
              + a.hideParamSyntax()
              + " description="
              + Arrays.toString(a.description())
              + " key="
              + a.descriptionKey()
              + " type="
              + a.type().getName()
              + " aux="
              + Arrays.toString(a.auxiliaryTypes())
              + " required="
              + a.required()
              + " hidden="
              + a.hidden()
              + " interactive="
              + a.interactive()
              + " echo="
              + a.echo()
              + " split="
              + a.splitRegex()
              + " default="
              + a.defaultValue()
              + " showDefault="
              + a.showDefaultValue()
              + " scope="
              + a.scopeType()
              + " inherited="
              + a.inherited()
              + " initial="
              + a.initialValue()
              + " hasInitial="
              + a.hasInitialValue()
              + " converters="
              + a.converters().length
              + " candidates="
              + (a.completionCandidates() != null)
              + " consumer="
              + (a.parameterConsumer() != null)
              + " mapFallback="
              + a.mapFallbackValue()
              + " multi="
              + a.isMultiValue());
    }
    return lines;
  }
}
