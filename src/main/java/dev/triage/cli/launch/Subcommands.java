package dev.triage.cli.launch;

import java.util.List;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * Adds subcommands to the root command lazily: only the one a command line names, since picocli sets up every
 * subcommand it is given (reflection, annotations, converters: about 9 ms each at start-up) before parsing. All are
 * added when the line names none (root help), names an unknown one (so the error can suggest the nearest), asks for
 * shell completion (which lists them all), or could hide one in an @-file.
 */
public final class Subcommands {
  private Subcommands() {}

  /** Adds to {@code root} what {@code args} needs from {@code all}, each set up as {@code specs} can. */
  public static void add(CommandLine root, SpecSource specs, IFactory factory, List<Class<?>> all, String... args) {
    if (versionOnly(args)) {
      return; // the version needs no subcommand, and printing it is all the command line asks
    }
    Optional<Class<?>> named = named(specs, all, args);
    if (named.isPresent() && named.get() != AutoComplete.GenerateCompletion.class) {
      root.addSubcommand(specs.commandLine(named.get(), factory));
    } else {
      for (Class<?> command : all) {
        root.addSubcommand(specs.commandLine(command, factory));
      }
    }
  }

  /** Whether the line is root options only, among them -V or --version and no help or @-file. */
  public static boolean versionOnly(String... args) {
    boolean version = false;
    for (String arg : args) {
      if (arg.equals("-V") || arg.equals("--version")) {
        version = true;
      } else if (!arg.equals("--stacktrace")) {
        return false;
      }
    }
    return version;
  }

  /** The subcommand the first argument that is not a root option names, if any. */
  public static Optional<Class<?>> named(SpecSource specs, List<Class<?>> all, String... args) {
    for (String arg : args) {
      if (arg.startsWith("@")) {
        return Optional.empty();
      }
      if (!arg.startsWith("-")) {
        // A plain loop: a lambda's first call costs more start-up than this whole search.
        for (Class<?> command : all) {
          Optional<List<String>> generated = specs.names(command);
          if ((generated.isPresent() ? generated.get() : names(command)).contains(arg)) {
            return Optional.of(command);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** From the annotation: only when the build generated no names (an IDE), as reading it costs start-up time. */
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
