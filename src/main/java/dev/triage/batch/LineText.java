package dev.triage.batch;

import dev.triage.diag.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A line's bytes as text: UTF-8 only, and never binary (a NUL byte), each refusal naming the
 * column.
 */
final class LineText {
  private LineText() {}

  /**
   * @param what how a message names the line: {@code the line}, {@code line 7}
   */
  static String decode(byte[] bytes, String what) throws Refusal {
    // One pass over the bytes (cheaper than over the characters); only text beyond ASCII is checked
    // again, and the
    // strict decoder runs only where the quick one put a U+FFFD, to say where.
    boolean ascii = true;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new Refusal(
            what
                + " is binary, not text (a NUL byte at column "
                + column(bytes, i)
                + "); give a file"
                + " of JSON lines or CSV");
      }
      ascii &= bytes[i] > 0;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!ascii && text.indexOf('\uFFFD') >= 0) {
      strictly(bytes, what);
    }
    return text;
  }

  /**
   * The 1-based column of the byte at {@code offset}, counting lead bytes only: a character is one
   * column.
   */
  private static int column(byte[] bytes, int offset) {
    int column = 1;
    for (int i = 0; i < offset; i++) {
      column += (bytes[i] & 0xC0) != 0x80 ? 1 : 0;
    }
    return column;
  }

  /** Refuses the first byte that is not UTF-8, if any (a U+FFFD written as such is text). */
  private static void strictly(byte[] bytes, String what) throws Refusal {
    int at = Utf8.firstInvalid(bytes);
    if (at >= 0) {
      throw new Refusal(
          what
              + String.format(
                  Locale.ROOT,
                  " is not UTF-8 text (byte 0x%02X at column %d cannot be"
                      + " read as UTF-8); save the input with UTF-8 encoding",
                  bytes[at] & 0xFF,
                  column(bytes, at)));
    }
  }
}
