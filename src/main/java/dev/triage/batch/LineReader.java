package dev.triage.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * The text a CSV parser reads, one checked line at a time: each line is decoded strictly and ends
 * in a line feed, whatever it ended with. A line that is too long or not text, or a record that
 * would grow past {@link Lines#MAX_BYTES} over several lines, is refused with {@link Refused}
 * before the parser sees any of it, so the parser never holds more than the limit. Handing out one
 * line per read also keeps the parser's read-ahead within the line it is on.
 */
final class LineReader extends Reader {
  /**
   * Why the next line cannot be read; the line itself has been consumed, so reading can go on after
   * it.
   */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null);
    }
  }

  private final Lines lines;
  private String pending = "";
  private int at;
  private long sinceMark;
  private long bytes;

  LineReader(Lines lines) {
    this.lines = lines;
  }

  /** Lines handed out so far, including one refused. */
  long count() {
    return lines.count();
  }

  /** Bytes of the lines handed out so far. */
  long bytes() {
    return bytes;
  }

  /** A record ended: the next one may again hold up to the limit. */
  void mark() {
    sinceMark = 0;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (at == pending.length()) {
      Lines.Line line = lines.next();
      if (line == null) {
        return -1;
      }
      if (line.tooLong()) {
        throw new Refused(
            String.format(
                Locale.ROOT,
                "line %,d is %,d bytes long, over the limit of %,d; an answer"
                    + " set needs far fewer, so check that this is the right file",
                line.number(),
                line.length(),
                Lines.MAX_BYTES));
      }
      sinceMark += line.length() + 1;
      bytes += line.length() + 1;
      if (sinceMark > Lines.MAX_BYTES) {
        throw new Refused(
            String.format(
                Locale.ROOT,
                "the record runs on past line %,d, over the limit of %,d bytes;"
                    + " check that every quote in it is closed",
                line.number(),
                Lines.MAX_BYTES));
      }
      try {
        pending =
            LineText.decode(line.bytes(), String.format(Locale.ROOT, "line %,d", line.number()))
                + "\n";
      } catch (Refusal r) {
        throw new Refused(r.getMessage());
      }
      at = 0;
    }
    int n = Math.min(length, pending.length() - at);
    pending.getChars(at, at + n, buffer, offset);
    at += n;
    return n;
  }

  @Override
  public void close() {
    // The input stream belongs to whoever opened it.
  }
}
