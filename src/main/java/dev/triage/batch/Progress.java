package dev.triage.batch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The progress line at a terminal: answer sets done and how many a second, rewritten in place at
 * most four times a second, from the first second on (a short batch shows none), and cleared at the
 * end so the summary takes its place.
 */
public final class Progress implements LongConsumer {
  private static final long FIRST = 1_000_000_000L;
  private static final long EVERY = 250_000_000L;

  private final Writer terminal;
  private final LongSupplier clock;
  private final long start;
  private long last;
  private int shown;

  /**
   * @param terminal standard error, when it is a terminal: the line is rewritten with a carriage
   *     return
   */
  public Progress(Writer terminal) {
    this(terminal, System::nanoTime);
  }

  /**
   * The progress line, only when a person watches standard error: it is a terminal, and TERM is set
   * as a terminal sets it. It needs carriage returns, which a command's error writer (rightly)
   * filters out, so it writes to file descriptor 2 itself.
   *
   * @param isTerminal whether standard error is a terminal device
   * @param term the value of TERM, if set
   */
  public static Optional<Progress> onStandardError(boolean isTerminal, Optional<String> term) {
    if (!isTerminal || term.isEmpty() || term.get().isEmpty() || term.get().equals("dumb")) {
      return Optional.empty();
    }
    return Optional.of(
        new Progress(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8)));
  }

  /**
   * @param clock nanoseconds, as {@link System#nanoTime} counts them
   */
  Progress(Writer terminal, LongSupplier clock) {
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.last = start;
  }

  @Override
  public void accept(long done) {
    long now = clock.getAsLong();
    if (now - start < FIRST || now - last < EVERY) {
      return;
    }
    last = now;
    String line =
        String.format(
            Locale.ROOT,
            "triage: %,d answer sets, %,d a second",
            done,
            Math.round(done / ((now - start) / 1e9)));
    show(line + " ".repeat(Math.max(0, shown - line.length())));
    shown = line.length();
  }

  /** Clears the line, if one was shown. */
  public void finish() {
    if (shown > 0) {
      show(" ".repeat(shown));
      shown = 0;
      try {
        terminal.write('\r');
        terminal.flush();
      } catch (IOException e) {
        // A terminal that cannot be written to has no line to clear.
      }
    }
  }

  private void show(String text) {
    try {
      terminal.write("\r" + text);
      terminal.flush();
    } catch (IOException e) {
      // Progress is a courtesy: the batch goes on without it.
    }
  }
}
