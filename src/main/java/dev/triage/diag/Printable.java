package dev.triage.diag;

import java.io.IOException;
import java.io.Writer;

/**
 * Text from outside (a file, an argument, a keyboard) made safe to print: no character in it can
 * steer a terminal. The one definition of a control character that the loader refuses and every
 * printed message replaces.
 */
public final class Printable {
  /**
   * How much of a value a message quotes; the rest is cut, so a pasted page cannot flood a
   * terminal.
   */
  static final int QUOTE_LIMIT = 60;

  /** What a control character is printed as, as {@code ls -q} does. */
  static final char REPLACEMENT = '?';

  private Printable() {}

  /**
   * Whether a code point may steer a terminal or disguise text: every C0 and C1 control and DEL
   * except tab and line feed (escape sequences, bell, backspace, carriage return), the line and
   * paragraph separators that YAML takes for line breaks and editors do not, the byte order mark,
   * and the bidirectional overrides, embeddings and isolates that reorder how text reads.
   */
  public static boolean isControl(int c) {
    if (c == '\t' || c == '\n') {
      return false;
    }
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || c == 0xFEFF
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** The index of the first control character in {@code text}, or -1. */
  public static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code U+001B (escape)}: how a message names a character. */
  public static String name(int c) {
    String code = String.format(java.util.Locale.ROOT, "U+%04X", c);
    String name =
        switch (c) {
          case 0x07 -> "bell";
          case 0x08 -> "backspace";
          case 0x0D -> "carriage return";
          case 0x1B -> "escape";
          case 0x7F -> "delete";
          case 0x85 -> "next line";
          case 0x9B -> "control sequence introducer";
          case 0x2028 -> "line separator";
          case 0x2029 -> "paragraph separator";
          case 0xFEFF -> "byte order mark";
          default -> c >= 0x202A ? "bidirectional formatting" : "control character";
        };
    return code + " (" + name + ")";
  }

  /**
   * The text with every control character replaced by {@code ?}; the same length, so a caret still
   * lines up.
   */
  public static String of(String text) {
    if (firstControl(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isControl(c) ? REPLACEMENT : c);
    }
    return out.toString();
  }

  /**
   * {@code 'text'} for a message: printable, and cut to its first 60 characters with "..." when
   * longer.
   */
  public static String quote(String text) {
    return "'" + cut(text, QUOTE_LIMIT) + "'";
  }

  /** The text printable, and cut to its first {@code limit} characters with "..." when longer. */
  public static String cut(String text, int limit) {
    if (text.length() <= limit) {
      return of(text);
    }
    int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return of(text.substring(0, end)) + "...";
  }

  /**
   * A writer that passes text on with every control character replaced, for standard output and
   * error.
   */
  public static Writer writer(Writer out) {
    return new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        char[] copy = null;
        for (int i = 0; i < len; i++) {
          if (isControl(buf[off + i])) {
            if (copy == null) {
              copy = java.util.Arrays.copyOfRange(buf, off, off + len);
            }
            copy[i] = REPLACEMENT;
          }
        }
        if (copy == null) {
          out.write(buf, off, len);
        } else {
          out.write(copy, 0, len);
        }
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }
}
