package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * No option needs one of the converters Main.UNUSED_CONVERTERS switches off for start-up's sake.
 */
class ConverterTypesTest {
  static List<Class<?>> commands() {
    List<Class<?>> all = new ArrayList<>(List.of(TriageCommand.class));
    all.addAll(TriageCommand.SUBCOMMANDS);
    return all;
  }

  @ParameterizedTest
  @MethodSource("commands")
  void noOptionHasATypeWhoseConverterIsSwitchedOff(Class<?> command) {
    CommandSpec spec = SpecGenerator.reflective(command);
    for (ArgSpec arg : spec.args()) {
      List<Class<?>> types = new ArrayList<>(List.of(arg.type()));
      types.addAll(List.of(arg.auxiliaryTypes()));
      for (Class<?> type : types) {
        String name = type.getName();
        assertTrue(
            !name.startsWith("java.sql.")
                && !name.startsWith("java.time.")
                && !name.equals("java.nio.file.Path"),
            command.getSimpleName()
                + " "
                + arg.paramLabel()
                + " has type "
                + name
                + ", whose picocli converter Main"
                + " switches off at start-up (UNUSED_CONVERTERS): take a String and convert it in the command");
      }
    }
  }
}
