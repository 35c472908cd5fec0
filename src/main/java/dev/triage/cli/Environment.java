package dev.triage.cli;

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
        System.console() != null,
        Path.of("").toAbsolutePath(),
        System.getenv(),
        new LocalClock());
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name));
  }

  /** Resolves a path the user typed against the working directory. */
  public Path resolve(String path) {
    return workDir.resolve(path);
  }
}
