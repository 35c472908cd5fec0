package dev.triage.console;

import java.util.Locale;
import java.util.Optional;
import org.jline.nativ.CLibrary;

/**
 * The settings of the terminal on standard input exactly as the kernel holds them, read before a
 * session and written back after it, in-process. JLine's JNI provider sets the terminal without
 * starting a process, but writes a termios it rebuilt from its own model, so a field it does not
 * carry comes back wrong ({@code stty -a} showed "line = 6" after a session, in every release up to
 * 4.6.0); its exec provider is exact, but starts a process for every read and write ({@code test
 * -t}, {@code tty}, {@code stty}). These are the kernel's own bytes (ioctl {@code TCGETS}), so
 * writing them back ({@code TCSETS}) restores every field.
 */
final class TerminalSettings {
  /** Linux's generic ioctl numbers, those of the platforms in {@link #supported}. */
  private static final long TCGETS = 0x5401;

  private static final long TCSETS = 0x5402;

  /**
   * c_lflag is the struct's fourth word; its ICANON and ECHO bits, and where c_cc starts, on those
   * platforms.
   */
  private static final int LFLAG = 3;

  private static final int ICANON = 0x2;
  private static final int ECHO = 0x8;
  private static final int CC_OFFSET = 17;
  private static final int VTIME = 5;
  private static final int VMIN = 6;

  /** The kernel's struct termios is 36 bytes on those platforms; the rest is room to spare. */
  private static final int WORDS = 16;

  private final int[] termios;

  private TerminalSettings(int[] termios) {
    this.termios = termios;
  }

  /**
   * The settings of the terminal on standard input, when it is one and this platform's settings can
   * be read this way (JLine's native library loads, and the ioctl numbers are the generic ones).
   */
  static Optional<TerminalSettings> read() {
    if (!supported(System.getProperty("os.name", ""), System.getProperty("os.arch", ""))) {
      return Optional.empty();
    }
    try {
      int[] termios = new int[WORDS];
      return CLibrary.ioctl(0, TCGETS, termios) == 0
          ? Optional.of(new TerminalSettings(termios))
          : Optional.empty();
    } catch (LinkageError | RuntimeException noNativeLibrary) {
      return Optional.empty();
    }
  }

  /**
   * Linux on x86-64 and ARM64, where TCGETS and TCSETS have the numbers above; elsewhere they
   * differ.
   */
  static boolean supported(String os, String arch) {
    String a = arch.toLowerCase(Locale.ROOT);
    return os.toLowerCase(Locale.ROOT).startsWith("linux")
        && (a.equals("amd64") || a.equals("x86_64") || a.equals("aarch64"));
  }

  /**
   * These settings with the kernel's line editing and echo off ({@code stty -icanon -echo min 1
   * time 0}), signals kept: for JLine's dumb terminal ({@code TERM=dumb}), which edits the line
   * itself but leaves the terminal as it is, so the kernel held every key until Enter and echoed
   * Esc as {@code ^[}.
   */
  TerminalSettings keyByKey() {
    int[] raw = termios.clone();
    raw[LFLAG] &= ~(ICANON | ECHO);
    setControlChar(raw, VMIN, 1);
    setControlChar(raw, VTIME, 0);
    return new TerminalSettings(raw);
  }

  /**
   * Writes control character {@code index} of the struct, whose array starts at byte 17, into the
   * words.
   */
  private static void setControlChar(int[] words, int index, int value) {
    int offset = CC_OFFSET + index;
    int shift = 8 * (offset % 4); // little-endian words, as on the platforms in supported()
    words[offset / 4] = (words[offset / 4] & ~(0xff << shift)) | (value << shift);
  }

  /**
   * Writes these settings to the terminal on standard input: back as they were read, or as changed.
   */
  void apply() {
    try {
      CLibrary.ioctl(0, TCSETS, termios);
    } catch (LinkageError | RuntimeException e) {
      // Read through the same library a moment ago; nothing more can be done at the end of a
      // session.
    }
  }
}
