package dev.triage.cli;

import dev.triage.answers.AnswerPrompter;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Starts the console's set-up (its terminal) before the command line is even parsed, for the one command line that
 * is certain to open a session at a terminal: {@code triage run} with no answers, no {@code --no-input} and nothing
 * but a questionnaire and display flags. On JDK 17 building the terminal takes about 60 ms, which then overlaps
 * picocli's set-up and the questionnaire's loading instead of following them.
 */
final class SessionAhead {
  /** Flags that cannot stop a session from starting or answer a question. */
  private static final Set<String> FLAGS = Set.of("--no-color", "--force");
  /** Options whose value (the next word) cannot stop a session from starting or answer a question. */
  private static final Set<String> OPTIONS = Set.of("-q", "--questionnaire");

  private SessionAhead() {}

  /** The console, already preparing, when {@code args} are such a command line at a terminal; the caller closes it. */
  static Optional<AnswerPrompter> start(Environment environment, String... args) {
    if (!environment.interactive() || args.length == 0 || !args[0].equals("run")) {
      return Optional.empty();
    }
    for (int i = 1; i < args.length; i++) {
      if (OPTIONS.contains(args[i])) {
        i++; // its value, whatever it is
      } else if (!FLAGS.contains(args[i]) && !args[i].startsWith("--questionnaire=")) {
        return Optional.empty(); // anything else is left to RunCommand, which decides after parsing
      }
    }
    Optional<AnswerPrompter> console = prompter();
    console.ifPresent(AnswerPrompter::prepare);
    return console;
  }

  /** The console, found through {@link ServiceLoader} so that nothing here links to JLine. */
  static Optional<AnswerPrompter> prompter() {
    return ServiceLoader.load(AnswerPrompter.class, SessionAhead.class.getClassLoader()).findFirst();
  }
}
