package dev.triage.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a test types, as the byte stream a terminal would read. Everything is written in advance,
 * except that after Esc the stream goes quiet for a moment, as a person's would: an Esc followed at
 * once by more bytes is the start of a key sequence (an arrow key), not Esc on its own.
 */
final class Keys {
  static final String ESC = "\u001b";
  static final String TAB = "\t";
  static final String CTRL_C = "\u0003";
  static final String CTRL_D = "\u0004";

  /** Longer than the prompt's wait after Esc. */
  private static final long QUIET_MS = 400;

  private final List<String> chunks = new ArrayList<>();
  private StringBuilder current = new StringBuilder();

  static Keys typing(String... lines) {
    Keys keys = new Keys();
    for (String line : lines) {
      keys.line(line);
    }
    return keys;
  }

  /** Types the text and presses Enter. */
  Keys line(String text) {
    current.append(text).append('\r');
    return this;
  }

  /** Types text without Enter: control keys, Tab. */
  Keys type(String text) {
    current.append(text);
    return this;
  }

  /** Presses Esc on its own, then waits before the next key. */
  Keys esc() {
    current.append(ESC);
    chunks.add(current.toString());
    current = new StringBuilder();
    return this;
  }

  InputStream stream() {
    List<String> all = new ArrayList<>(chunks);
    all.add(current.toString());
    return new Paced(all);
  }

  /**
   * Serves the chunks in order, pausing between them; then presses Ctrl-D for ever, as a person
   * might, so a session that wants more than the test typed ends rather than waits. (Not end of
   * stream: JLine's reader thread reports that once and then waits for good.)
   */
  private static final class Paced extends InputStream {
    private final Deque<byte[]> chunks = new ArrayDeque<>();
    private byte[] chunk = new byte[0];
    private int pos;

    Paced(List<String> chunks) {
      chunks.forEach(c -> this.chunks.add(c.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public int read() throws IOException {
      while (pos >= chunk.length) {
        if (chunks.isEmpty()) {
          return CTRL_D.charAt(0);
        }
        if (chunk.length > 0) {
          try {
            Thread.sleep(QUIET_MS);
          } catch (InterruptedException e) {
            throw new InterruptedIOException();
          }
        }
        chunk = chunks.poll();
        pos = 0;
      }
      return chunk[pos++] & 0xff;
    }
  }
}
