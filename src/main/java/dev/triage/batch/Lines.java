package dev.triage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into numbered lines (ended by LF, CRLF or a lone CR), never holding more
 * than {@link #MAX_BYTES} of one: the rest of a longer line is counted and dropped as it is read,
 * so a 100 MB line costs a scan, not 100 MB. A UTF-8 byte order mark at the start is dropped. Line
 * breaks are single bytes in UTF-8, so splitting before decoding is safe.
 */
final class Lines {
  /** The most bytes a line (or a CSV record) may hold; a real answer set needs a few hundred. */
  static final int MAX_BYTES = 65_536;

  /**
   * One line.
   *
   * @param bytes the line without its line break; empty when the line was too long
   * @param length how many bytes the line held, more than {@link #MAX_BYTES} when it was too long
   */
  record Line(long number, byte[] bytes, long length) {
    boolean tooLong() {
      return length > MAX_BYTES;
    }
  }

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean eof;
  private long number;
  private byte[] line = new byte[256];

  Lines(InputStream in) {
    this.in = in;
  }

  /** How many lines have been returned (the number of the last one). */
  long count() {
    return number;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    if (pos == end && !fill()) {
      return null;
    }
    int kept = 0;
    long length = 0;
    while (true) {
      if (pos == end && !fill()) {
        break;
      }
      int i = pos;
      while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
        i++;
      }
      int n = i - pos;
      if (length + n <= MAX_BYTES) {
        if (kept + n > line.length) {
          line = Arrays.copyOf(line, Math.min(MAX_BYTES, Math.max(kept + n, line.length * 2)));
        }
        System.arraycopy(buffer, pos, line, kept, n);
        kept += n;
      }
      length += n;
      pos = i;
      if (i < end) {
        byte lineBreak = buffer[pos++];
        if (lineBreak == '\r' && (pos < end || fill()) && buffer[pos] == '\n') {
          pos++;
        }
        break;
      }
    }
    number++;
    int from = 0;
    if (number == 1
        && kept >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      from = 3;
      length -= 3;
    }
    byte[] bytes = length > MAX_BYTES ? new byte[0] : Arrays.copyOfRange(line, from, kept);
    return new Line(number, bytes, length);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }
}
