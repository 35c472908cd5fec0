package dev.triage.batch;

import dev.triage.diag.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A line's bytes as text: UTF-8 only, and never binary (a NUL byte), each refusal naming the column. */
final class LineText {
  private LineText() {}

  /** @param what how a message names the line: {@code the line}, {@code line 7} */
  static String decode(byte[] bytes, String what) throws Refusal {
    // The quick decoding turns what is not UTF-8 into U+FFFD; only then is the strict decoder run, to say where.
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new Refusal(what + " is binary, not text (a NUL byte at column " + (i + 1) + "); give a file of JSON"
            + " lines or CSV");
      }
      if (c == '\uFFFD') {
        strictly(bytes, what);
      }
    }
    return text;
  }

  /** Refuses the first byte that is not UTF-8, if any (a U+FFFD written as such is text). */
  private static void strictly(byte[] bytes, String what) throws Refusal {
    int at = Utf8.firstInvalid(bytes);
    if (at >= 0) {
      int column = 1;
      for (int i = 0; i < at; i++) {
        column += (bytes[i] & 0xC0) != 0x80 ? 1 : 0; // lead bytes only: a character is one column
      }
      throw new Refusal(what + String.format(Locale.ROOT, " is not UTF-8 text (byte 0x%02X at column %d cannot be"
          + " read as UTF-8); save the input with UTF-8 encoding", bytes[at] & 0xFF, column));
    }
  }
}
