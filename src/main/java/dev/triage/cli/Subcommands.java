package dev.triage.cli;

import java.util.List;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Adds subcommands to the root command lazily: only the one a command line names, since picocli sets up every
 * subcommand it is given (reflection, annotations, converters: about 9 ms each at start-up) before parsing. All are
 * added when the line names none (root help), names an unknown one (so the error can suggest the nearest), asks for
 * shell completion (which lists them all), or could hide one in an @-file.
 */
final class Subcommands {
  private Subcommands() {}

  /** Adds to {@code root} what {@code args} needs from {@code all}. */
  static void add(CommandLine root, List<Class<?>> all, String... args) {
    Optional<Class<?>> named = named(all, args);
    if (named.isPresent() && named.get() != AutoComplete.GenerateCompletion.class) {
      root.addSubcommand(named.get());
    } else {
      for (Class<?> command : all) {
        root.addSubcommand(command);
      }
    }
  }

  /** The subcommand the first argument that is not a root option names, if any. */
  static Optional<Class<?>> named(List<Class<?>> all, String... args) {
    for (String arg : args) {
      if (arg.startsWith("@")) {
        return Optional.empty();
      }
      if (!arg.startsWith("-")) {
        // A plain loop: a lambda's first call costs more start-up than this whole search.
        for (Class<?> command : all) {
          if (names(command).contains(arg)) {
            return Optional.of(command);
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

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
