package dev.triage.console;

import dev.triage.diag.Printable;
import dev.triage.report.Wrap;
import java.io.PrintWriter;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Writes the session's text to the terminal, wrapped to its width and styled by the palette. */
final class Screen {
  /** Lines longer than this are hard to read, however wide the window. */
  private static final int MAX_WIDTH = 100;

  /**
   * What a terminal that cannot say how wide it is (a dumb one, or one over a pipe) is taken to be.
   */
  private static final int FALLBACK_WIDTH = 80;

  private final Terminal terminal;
  private final Palette palette;

  Screen(Terminal terminal, Palette palette) {
    this.terminal = terminal;
    this.palette = palette;
  }

  Palette palette() {
    return palette;
  }

  /**
   * The columns to wrap at: one less than the terminal's width, so a full line never makes the
   * terminal wrap too.
   */
  int width() {
    int columns = terminal.getColumns();
    return Math.min(MAX_WIDTH, columns > 1 ? columns - 1 : FALLBACK_WIDTH);
  }

  void blank() {
    writer().println();
  }

  /** Plain text, wrapped. */
  void text(String text) {
    text(text, "", "", AttributedStyle.DEFAULT);
  }

  /**
   * Text wrapped with a hanging indent: {@code first} starts the first line, {@code indent} every
   * other one.
   */
  void text(String text, String first, String indent, AttributedStyle style) {
    // Printable: what a person typed is shown back, and it may hold control characters (a paste,
    // Ctrl-V).
    for (String line :
        Wrap.paragraphs(Printable.of(text), width(), first, indent, Screen::columns)) {
      line(new AttributedString(line, style));
    }
  }

  void styled(String text, AttributedStyle style) {
    text(text, "", "", style);
  }

  /**
   * Text exactly as given, unwrapped: a report printed with {@code -o -} must stay byte for byte
   * what it is.
   */
  void verbatim(String text) {
    writer().print(text);
    writer().flush();
  }

  void line(AttributedString line) {
    writer().println(line.toAnsi(terminal));
    writer().flush();
  }

  /** How many terminal columns {@code text} takes: two for a wide character. */
  static int columns(String text) {
    return new AttributedString(text).columnLength();
  }

  private PrintWriter writer() {
    return terminal.writer();
  }
}
