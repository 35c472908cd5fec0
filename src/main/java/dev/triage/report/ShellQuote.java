package dev.triage.report;

import java.util.List;
import java.util.stream.Collectors;

/** Quotes a command line for POSIX shells, so a reproduce command can be pasted as it is. */
public final class ShellQuote {
  private ShellQuote() {}

  /**
   * One word: left bare when it holds only characters no shell treats specially, otherwise in
   * single quotes (so is a leading {@code =}, which zsh expands).
   */
  public static String word(String s) {
    if (s.matches("[A-Za-z0-9_@%+:,./-][A-Za-z0-9_@%+=:,./-]*")) {
      return s;
    }
    return "'" + s.replace("'", "'\\''") + "'";
  }

  public static String line(List<String> words) {
    return words.stream().map(ShellQuote::word).collect(Collectors.joining(" "));
  }
}
