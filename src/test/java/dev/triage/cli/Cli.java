package dev.triage.cli;

import dev.triage.cli.process.Environment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the command line in-process over string buffers, for tests. */
public final class Cli {
  /** The fixed instant every in-process run sees, so reports are reproducible. */
  public static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

  /** What one run printed and returned. */
  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  public static Result run(String... args) {
    return run(Path.of("").toAbsolutePath(), "", args);
  }

  public static Result run(Path workDir, String stdin, String... args) {
    return run(
        new Environment(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            false,
            workDir,
            Map.of(),
            Clock.fixed(NOW, ZoneOffset.UTC)),
        args);
  }

  public static Result run(Environment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(env, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }
}
