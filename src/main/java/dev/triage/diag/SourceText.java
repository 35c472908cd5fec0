package dev.triage.diag;

import java.util.Objects;

/** The text of a file as the user named it, so a diagnostic can quote the offending line. */
public record SourceText(String name, String text) {
  public SourceText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }

  /** The 1-based line, without its line break; empty when out of range. */
  public String line(int line) {
    if (line < 1) {
      return "";
    }
    int start = 0;
    for (int i = 1; i < line; i++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return "";
      }
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    String s = end < 0 ? text.substring(start) : text.substring(start, end);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
