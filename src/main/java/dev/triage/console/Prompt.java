package dev.triage.console;

import java.io.IOError;
import java.util.List;
import java.util.stream.IntStream;
import org.jline.keymap.KeyMap;
import org.jline.reader.Buffer;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.Widget;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Reads one line at a time with JLine: Tab completes the answers offered, Esc alone goes back,
 * Ctrl-C and Ctrl-D cancel. Quotes and backslashes are plain characters here, so "don't know" never
 * opens a continuation line.
 */
final class Prompt {
  private static final String BACK_WIDGET = "triage-back";
  private static final String CANCEL_WIDGET = "triage-cancel";
  private static final String END_WIDGET = "triage-end";

  /**
   * How long to wait after Esc for the rest of a key sequence (an arrow key sends Esc and more at
   * once). JLine's default of a second makes Esc feel broken; terminals send a whole sequence in
   * one write, so 150 ms is plenty.
   */
  private static final long ESC_WAIT_MS = 150;

  /**
   * The most characters a line may hold: more than any answer or file name needs. JLine redraws and
   * copies the whole line for every key, so a long paste took time quadratic in its length
   * (docs/security.md); keys past the limit are dropped.
   */
  static final int MAX_LINE = 256;

  /**
   * Columns a prompt leaves free on its line for what is typed; a longer prompt is broken between
   * words.
   */
  private static final int ROOM_TO_TYPE = 8;

  /**
   * The width of a terminal that cannot say (a dumb one, or one over a pipe), as the screen takes
   * it.
   */
  private static final int FALLBACK_COLUMNS = 80;

  private final LineReader reader;
  private List<Candidate> offered = List.of();
  private boolean back;

  Prompt(Terminal terminal) {
    DefaultParser parser = new DefaultParser();
    parser.setQuoteChars(new char[0]);
    parser.setEscapeChars(new char[0]);
    parser.setEofOnUnclosedQuote(false);
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .parser(parser)
            .completer((r, line, candidates) -> candidates.addAll(offered))
            .variable(LineReader.AMBIGUOUS_BINDING, ESC_WAIT_MS)
            .variable(LineReader.DISABLE_HISTORY, true)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.CASE_INSENSITIVE, true)
            .option(LineReader.Option.AUTO_MENU, false)
            .build();
    reader
        .getWidgets()
        .put(
            BACK_WIDGET,
            () -> {
              back = true;
              reader.getBuffer().clear();
              return reader.getWidgets().get(LineReader.ACCEPT_LINE).apply();
            });
    reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(BACK_WIDGET), KeyMap.esc());
    // Ctrl-C and Ctrl-D as keys: JLine 4's raw mode reads them as characters, and its keymap for a
    // dumb terminal
    // would insert them into the line.
    reader
        .getWidgets()
        .put(
            CANCEL_WIDGET,
            () -> {
              throw new UserInterruptException(reader.getBuffer().toString());
            });
    reader
        .getWidgets()
        .put(
            END_WIDGET,
            () -> {
              if (reader.getBuffer().length() == 0) {
                throw new EndOfFileException();
              }
              return reader.getBuffer().delete();
            });
    reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(CANCEL_WIDGET), KeyMap.ctrl('C'));
    reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(END_WIDGET), KeyMap.ctrl('D'));
    Widget insert = reader.getWidgets().get(LineReader.SELF_INSERT);
    reader
        .getWidgets()
        .put(
            LineReader.SELF_INSERT,
            () -> {
              // Ctrl-C interrupts this thread; while keys keep arriving (a paste) JLine would read
              // on before it noticed.
              if (Thread.currentThread().isInterrupted()) {
                throw new UserInterruptException(reader.getBuffer().toString());
              }
              return reader.getBuffer().length() >= MAX_LINE || insert.apply();
            });
    Widget paste = reader.getWidgets().get(LineReader.BEGIN_PASTE);
    reader
        .getWidgets()
        .put(
            LineReader.BEGIN_PASTE,
            () -> {
              boolean pasted = paste.apply();
              Buffer buffer = reader.getBuffer();
              if (buffer.length() > MAX_LINE) {
                buffer.cursor(MAX_LINE);
                buffer.delete(buffer.length() - MAX_LINE);
              }
              return pasted;
            });
  }

  /**
   * Shows {@code prompt} and waits for a line; Tab completes {@code completions} (each an answer id
   * and its label).
   */
  Input read(AttributedString prompt, List<Completion> completions) {
    if (Thread.interrupted()) {
      return new Input.Cancel(); // Ctrl-C arrived between prompts
    }
    // Sorted by their place in the list, so Tab lists the answers in the order the question shows
    // them.
    offered =
        IntStream.range(0, completions.size())
            .mapToObj(
                i ->
                    new Candidate(
                        completions.get(i).value(),
                        completions.get(i).value(),
                        null,
                        completions.get(i).description(),
                        null,
                        null,
                        false,
                        i))
            .toList();
    back = false;
    try {
      String line = reader.readLine(lastLine(prompt).toAnsi(reader.getTerminal()));
      return back ? new Back() : new Input.Line(line);
    } catch (UserInterruptException | EndOfFileException e) {
      return new Input.Cancel();
    } catch (IOError e) {
      // The terminal failed under the prompt (it hung up, or a Ctrl-C killed a helper process): the
      // session cannot
      // go on, and nothing has been saved.
      return new Input.Cancel();
    } finally {
      offered = List.of();
    }
  }

  /**
   * Prints all but the last line of a prompt too long for the terminal, broken between words, and
   * returns the last: the terminal would otherwise break it anywhere, leaving a lone {@code ):} or
   * half a word on the line typed on.
   */
  private AttributedString lastLine(AttributedString prompt) {
    int width = width();
    AttributedString rest = prompt;
    while (rest.columnLength() > width) {
      int cut = rest.toString().lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = rest.toString().indexOf(' '); // a word longer than the line: on a line of its own
      }
      if (cut <= 0 || cut == rest.length() - 1) {
        break;
      }
      reader.getTerminal().writer().println(rest.subSequence(0, cut).toAnsi(reader.getTerminal()));
      rest = rest.subSequence(cut + 1, rest.length());
    }
    reader.getTerminal().writer().flush();
    return rest;
  }

  /** Whether {@code prompt} fits on one line with room to type after it. */
  boolean fits(AttributedString prompt) {
    return prompt.columnLength() <= width();
  }

  private int width() {
    int columns = reader.getTerminal().getColumns();
    return (columns > 1 ? columns : FALLBACK_COLUMNS) - ROOM_TO_TYPE;
  }

  /**
   * One word Tab can complete to, with the label shown beside it when there is a choice to make.
   */
  record Completion(String value, String description) {}
}
