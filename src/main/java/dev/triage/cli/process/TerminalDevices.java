package dev.triage.cli.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which standard streams are a terminal, beyond what {@code System.console()} says (standard input
 * and output both): read from the links of {@code /proc/self/fd}, so no process is started and no
 * native code loaded. Where there is no {@code /proc} (not Linux) the answer is no, and a run
 * without a terminal on standard output behaves as before.
 */
public final class TerminalDevices {
  private TerminalDevices() {}

  /** Whether standard input (0) and standard error (2) are both a terminal device. */
  public static boolean standardInputAndErrorAreTerminals() {
    return isTerminal(0) && isTerminal(2);
  }

  /** Whether standard error (2) is a terminal device, where batch draws its progress line. */
  public static boolean standardErrorIsTerminal() {
    return isTerminal(2);
  }

  private static boolean isTerminal(int fd) {
    try {
      return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** A pseudo-terminal ({@code /dev/pts/N}) or a console or serial terminal ({@code /dev/ttyX}). */
  public static boolean isTerminalDevice(String device) {
    return device.matches("/dev/pts/[0-9]+") || device.matches("/dev/tty[A-Za-z0-9]*");
  }
}
