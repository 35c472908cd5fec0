package dev.triage.cli;

import dev.triage.cli.launch.LocalClock;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command may know of the world beyond its arguments, passed in so tests can run any command in-process.
 *
 * @param in standard input, for {@code --answers -}
 * @param interactive whether stdin and stdout are a terminal a person can answer at
 * @param workDir the directory relative paths are resolved against
 * @param env environment variables (NO_COLOR, TERM)
 */
public record Environment(InputStream in, boolean interactive, Path workDir, Map<String, String> env, Clock clock) {
  public Environment {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(workDir, "workDir");
    env = Map.copyOf(env);
    Objects.requireNonNull(clock, "clock");
  }

  /** The real process environment. */
  public static Environment system() {
    return new Environment(
        System.in,
        isTerminal(System.console()),
        Path.of("").toAbsolutePath(),
        System.getenv(),
        new LocalClock());
  }

  /**
   * Whether stdin and stdout are a terminal. Before JDK 22 a console exists only then; on JDK 22 to 24 a console may
   * exist with both redirected, and only {@code Console.isTerminal()} (JDK 22+, called reflectively because this code
   * targets 17) tells.
   */
  static boolean isTerminal(java.io.Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException notOnThisJdk) {
      return true;
    }
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name));
  }

  /** Resolves a path the user typed against the working directory. */
  public Path resolve(String path) {
    return workDir.resolve(path);
  }
}
