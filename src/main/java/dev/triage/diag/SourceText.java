package dev.triage.diag;

import java.util.Arrays;
import java.util.Objects;

/**
 * The text of a file as the user named it, so a diagnostic can quote the offending line. Lines end
 * at {@code \n}, {@code \r\n} or a lone {@code \r}, as YAML counts them; a byte order mark at the
 * start is not part of line 1.
 *
 * <p>A class rather than a record only to keep where each line starts, found once when a line is
 * first quoted, so a file with many problems is not scanned again from the start for each one.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private volatile int[] lineStarts;

  public SourceText(String name, String text) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  /** The 1-based line, without its line break; empty when out of range. */
  public String line(int line) {
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length) {
      return "";
    }
    int start = starts[line - 1];
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(start, end);
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      starts = new int[16];
      int count = 0;
      starts[count++] = text.startsWith("\uFEFF") ? 1 : 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      starts = Arrays.copyOf(starts, count);
      lineStarts = starts; // two threads racing here compute the same array
    }
    return starts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceText s && s.name.equals(name) && s.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, text);
  }

  @Override
  public String toString() {
    return "SourceText[name=" + name + ", " + text.length() + " characters]";
  }
}
