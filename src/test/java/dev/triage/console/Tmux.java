package dev.triage.console;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real terminal for end-to-end tests: a detached tmux session of fixed size on a private server
 * socket, driven with send-keys and read with capture-pane. Waits poll the screen for expected text
 * rather than sleeping blindly. The socket lives in a directory of its own that closing removes:
 * tmux leaves its socket behind when its server is killed, and under {@code tmux -L} that was one
 * file in the shared /tmp/tmux-UID per test, every run.
 */
final class Tmux implements AutoCloseable {
  /**
   * How long a wait for the screen may take before it is a failure: a guard that turns a hang into
   * a failed test, not a speed target (a wait ends as soon as the screen shows what it waits for,
   * so a busy machine only makes it slower).
   */
  static final Duration HANG_GUARD = Duration.ofMinutes(5);

  private static final String SESSION = "e2e";

  /** How this test run's directories start, so a check sees only its own. */
  private static final String PREFIX = "triage-e2e-" + ProcessHandle.current().pid() + "-";

  private final Path socketDir;
  private final Path socket;

  private Tmux(Path socketDir) {
    this.socketDir = socketDir;
    this.socket = socketDir.resolve("tmux.sock");
  }

  /**
   * What this test run's tmux servers left behind: their socket directories, and sockets in tmux's
   * default directory (where {@code tmux -L} puts them). Empty when every Tmux was closed.
   */
  static List<Path> leftBehind() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path tmuxDefault =
        Path.of(System.getenv().getOrDefault("TMUX_TMPDIR", "/tmp"))
            .resolve("tmux-" + Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    List<Path> left = new ArrayList<>();
    for (Path dir : List.of(tmp, tmuxDefault)) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> entries = Files.list(dir)) {
          entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).forEach(left::add);
        }
      }
    }
    return left;
  }

  /**
   * Whether tmux can be run here; the tests are skipped with a message saying how to install it
   * when not.
   */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      return p.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Starts {@code shellCommand} under bash in a new {@code width} x {@code height} window in {@code
   * dir}. When the command ends the pane stays, showing {@code [tty same]} when {@code stty -a}
   * reads exactly as it did before the command (or {@code [tty changed]} and the difference), then
   * {@code [exit N]}.
   */
  static Tmux start(Path dir, int width, int height, String shellCommand) {
    Tmux tmux;
    try {
      tmux = new Tmux(Files.createTempDirectory(PREFIX));
    } catch (IOException e) {
      return fail("cannot create a directory for the tmux socket: " + e.getMessage());
    }
    String wrapped =
        "before=$(stty -a); "
            + shellCommand
            + "; code=$?; after=$(stty -a); "
            + "if [ \"$before\" = \"$after\" ]; then echo '[tty same]'; "
            + "else echo '[tty changed]'; diff <(echo \"$before\") <(echo \"$after\"); fi; "
            + "echo \"[exit $code]\"; sleep 600";
    tmux.tmux(
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        SESSION,
        "-x",
        Integer.toString(width),
        "-y",
        Integer.toString(height),
        "-c",
        dir.toString(),
        "bash",
        "--norc",
        "--noprofile",
        "-c",
        wrapped);
    return tmux;
  }

  /**
   * Sends a signal (TERM, INT) to the Java process the pane runs, as {@code kill} from another
   * terminal would.
   */
  void signal(String name) {
    String shell = tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip();
    long java =
        ProcessHandle.of(Long.parseLong(shell))
            .orElseThrow()
            .descendants()
            .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no java process under the pane"))
            .pid();
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + name, Long.toString(java)).inheritIO().start();
      if (!kill.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS) || kill.exitValue() != 0) {
        fail("kill -" + name + " " + java + " failed");
      }
    } catch (IOException e) {
      fail("cannot run kill: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Types text literally, without pressing Enter. */
  void type(String text) {
    tmux("send-keys", "-t", SESSION, "-l", text);
  }

  /**
   * Presses keys by tmux name: {@code Enter}, {@code Escape}, {@code Tab}, {@code C-c}, {@code
   * C-d}.
   */
  void press(String... keys) {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
    args.addAll(List.of(keys));
    tmux(args.toArray(String[]::new));
  }

  /** Types a line and presses Enter. */
  void answer(String text) {
    type(text);
    press("Enter");
  }

  /** The whole pane, scrollback included, as plain text (colours are not captured). */
  String screen() {
    return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", SESSION);
  }

  /**
   * Waits until the screen holds {@code text} {@code times} times in all, then returns the screen;
   * fails with the screen when it does not within {@code timeout}.
   */
  String waitFor(String text, int times, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String screen = "";
    while (System.nanoTime() < deadline) {
      screen = screen();
      if (count(screen, text) >= times) {
        return screen;
      }
      sleep(50);
    }
    return fail(
        "waited "
            + timeout.toSeconds()
            + " s for '"
            + text
            + "' (x"
            + times
            + "); the screen was:\n"
            + screen);
  }

  /**
   * Waits until the last line on the screen is a prompt starting with {@code prompt} and nothing
   * has been typed after it yet, so keys sent next go to that prompt (keys typed before it would be
   * echoed by the terminal, not JLine).
   */
  String waitForPrompt(String prompt) {
    long deadline = System.nanoTime() + HANG_GUARD.toNanos();
    String screen = "";
    while (System.nanoTime() < deadline) {
      screen = screen();
      String last = screen.strip().lines().reduce((a, b) -> b).orElse("");
      if (last.startsWith(prompt) && (last.endsWith(":") || last.endsWith("]"))) {
        return screen;
      }
      sleep(50);
    }
    return fail(
        "waited "
            + HANG_GUARD.toSeconds()
            + " s for the prompt '"
            + prompt
            + "'; the screen was:\n"
            + screen);
  }

  String waitFor(String text) {
    return waitFor(text, 1, HANG_GUARD);
  }

  static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle);
        i >= 0;
        i = haystack.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  /** Ends the server and the session's processes, then removes the socket and its directory. */
  @Override
  public void close() {
    tmux("kill-server");
    try {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(socketDir);
    } catch (IOException e) {
      fail("cannot remove the tmux socket " + socket + ": " + e.getMessage());
    }
  }

  private String tmux(String... args) {
    List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return fail("tmux did not answer: " + command);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return fail("cannot run tmux: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while running tmux");
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
