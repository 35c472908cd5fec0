package dev.triage.console;

import java.io.IOError;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * Reads one line at a time with JLine: Tab completes the answers offered, Esc alone goes back, Ctrl-C and Ctrl-D
 * cancel. Quotes and backslashes are plain characters here, so "don't know" never opens a continuation line.
 */
final class Prompt {
  private static final String BACK_WIDGET = "triage-back";
  /**
   * How long to wait after Esc for the rest of a key sequence (an arrow key sends Esc and more at once). JLine's
   * default of a second makes Esc feel broken; terminals send a whole sequence in one write, so 150 ms is plenty.
   */
  private static final long ESC_WAIT_MS = 150;

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
  }

  /**
   * Shows {@code prompt} and waits for a line; Tab completes {@code completions} (each an answer id and its label).
   */
  Input read(AttributedString prompt, List<Completion> completions) {
    if (Thread.interrupted()) {
      return new Input.Cancel(); // Ctrl-C arrived between prompts
    }
    offered =
        completions.stream()
            .map(c -> new Candidate(c.value(), c.value(), null, c.description(), null, null, false))
            .toList();
    back = false;
    try {
      String line = reader.readLine(prompt.toAnsi(reader.getTerminal()));
      return back ? new Input.Back() : new Input.Line(line);
    } catch (UserInterruptException | EndOfFileException e) {
      return new Input.Cancel();
    } catch (IOError e) {
      // The terminal failed under the prompt (it hung up, or a Ctrl-C killed a helper process): the session cannot
      // go on, and nothing has been saved.
      return new Input.Cancel();
    } finally {
      offered = List.of();
    }
  }

  /** One word Tab can complete to, with the label shown beside it when there is a choice to make. */
  record Completion(String value, String description) {}
}
