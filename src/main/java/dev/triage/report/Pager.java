package dev.triage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Shows long text through the person's pager, as git does: {@code $PAGER}, else {@code less} with
 * {@code LESS=FRX} (quit when it fits on one screen, keep colours, leave the text on the screen),
 * and with {@code LESSHISTFILE=-} for less unless set, so that it leaves no history file. A pager
 * that cannot be started or fails is reported, so the caller prints the text itself: the text is
 * never lost.
 */
public final class Pager {
  private static final String DEFAULT = "less";

  private final String command;
  private final Map<String, String> env;

  private Pager(String command, Map<String, String> env) {
    this.command = command;
    this.env = env;
  }

  /**
   * The pager to use, or none: none with {@code --no-pager}, or when {@code PAGER} is set to
   * nothing or to {@code cat}. Call only when standard output is a terminal.
   */
  public static Optional<Pager> choose(Map<String, String> env, boolean noPager) {
    String command = env.getOrDefault("PAGER", DEFAULT).strip();
    if (noPager || command.isEmpty() || command.equals("cat")) {
      return Optional.empty();
    }
    return Optional.of(new Pager(command, env));
  }

  /** Whether the command runs less: its first word is {@code less} or a path ending in it. */
  private boolean isLess() {
    String program = command.split("\\s+", 2)[0];
    return program.substring(program.lastIndexOf('/') + 1).equals(DEFAULT);
  }

  /**
   * Runs the pager on the process's own terminal with {@code text} as its input and waits for it to
   * end.
   *
   * @return whether the pager showed the text: false when it could not be started or ended in
   *     failure (a missing command ends with 127 from the shell), and then the caller prints {@code
   *     text}
   */
  public boolean show(String text) {
    ProcessBuilder builder =
        new ProcessBuilder("sh", "-c", command)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    if (!env.containsKey("LESS")) {
      builder.environment().put("LESS", "FRX");
    }
    if (isLess() && !env.containsKey("LESSHISTFILE")) {
      // Paging a result is not a search worth remembering: less would leave ~/.lesshst behind.
      builder.environment().put("LESSHISTFILE", "-");
    }
    Process pager;
    try {
      pager = builder.start();
    } catch (IOException | RuntimeException e) {
      return false;
    }
    try (OutputStream in = pager.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException quitEarly) {
      // The pager stopped reading: the person quit before the end, or it failed; its exit code
      // tells which.
    }
    try {
      return pager.waitFor() == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true; // Ctrl-C reached the pager too: the person stopped reading
    }
  }
}
