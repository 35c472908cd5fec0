package dev.triage.cli.launch;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds subcommands to the root command lazily: only the one a command line names, since picocli
 * sets up every subcommand it is given (reflection, annotations, converters) before parsing
 * (docs/performance.md). All are added when the line names none (root help), names an unknown one
 * (so the error can suggest the nearest), asks for shell completion (which lists them all), or
 * could hide one in an @-file. Which words are root options is read from the root command's own
 * model, so no option name is written here.
 */
public final class Subcommands {
  /**
   * A subcommand that needs all the others set up, such as the one that writes the completion
   * script of them all.
   */
  public interface SeesAll {}

  private Subcommands() {}

  /**
   * Adds to {@code root} what {@code args} needs from {@code all}, each set up as {@code specs}
   * can.
   */
  public static void add(
      CommandLine root, SpecSource specs, IFactory factory, List<Class<?>> all, String... args) {
    CommandSpec spec = root.getCommandSpec();
    if (versionOnly(spec, args)) {
      return; // the version needs no subcommand, and printing it is all the command line asks
    }
    Optional<Class<?>> named = named(spec, specs, all, args);
    if (named.isPresent() && !SeesAll.class.isAssignableFrom(named.get())) {
      root.addSubcommand(specs.commandLine(named.get(), factory));
    } else {
      for (Class<?> command : all) {
        root.addSubcommand(specs.commandLine(command, factory));
      }
    }
  }

  /**
   * Whether the line is options of the root alone, taking no parameter, among them the version's
   * and not help's.
   */
  public static boolean versionOnly(CommandSpec root, String... args) {
    boolean version = false;
    for (String arg : args) {
      OptionSpec option = root.optionsMap().get(arg);
      if (option == null || option.usageHelp() || option.arity().max() > 0) {
        return false;
      }
      version |= option.versionHelp();
    }
    return version;
  }

  /**
   * The subcommand the first word that is neither an option of the root nor its parameter names, if
   * any.
   */
  public static Optional<Class<?>> named(
      CommandSpec root, SpecSource specs, List<Class<?>> all, String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("@")) {
        return Optional.empty();
      }
      if (arg.startsWith("-")) {
        OptionSpec option = root.optionsMap().get(arg);
        i += option == null ? 0 : option.arity().min();
        continue;
      }
      // A plain loop: a lambda's first call costs more start-up than this whole search.
      for (Class<?> command : all) {
        Optional<List<String>> generated = specs.names(command);
        if ((generated.isPresent() ? generated.get() : names(command)).contains(arg)) {
          return Optional.of(command);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * From the annotation: only when the build generated no names (an IDE), as reading it costs
   * start-up time.
   */
  private static List<String> names(Class<?> command) {
    Command c = command.getAnnotation(Command.class);
    if (c == null) {
      throw new IllegalStateException(command.getName() + " has no @Command annotation");
    }
    return c.aliases().length == 0 ? List.of(c.name()) : concat(c.name(), c.aliases());
  }

  private static List<String> concat(String name, String[] aliases) {
    String[] all = new String[aliases.length + 1];
    all[0] = name;
    System.arraycopy(aliases, 0, all, 1, aliases.length);
    return List.of(all);
  }
}
