package dev.triage.cli.process;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * The process's standard output, which remembers the first write that failed instead of losing it
 * as {@code System.out} and {@code PrintWriter} do. Writes after a failure are dropped, so a
 * command runs on to its end without a stack trace; {@link #settle} then turns the failure into the
 * exit code and message.
 */
public final class StandardOutput extends OutputStream {
  /**
   * The exit code of a process that wrote to a closed pipe: 128 + SIGPIPE, as a Unix tool killed by
   * it has.
   */
  public static final int CLOSED_PIPE = 141;

  private final OutputStream out;
  private IOException failure;

  public StandardOutput(OutputStream out) {
    this.out = out;
  }

  /** File descriptor 1 itself: {@code System.out} would swallow the errors this class is for. */
  public static StandardOutput open() {
    return new StandardOutput(new FileOutputStream(FileDescriptor.out));
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (failure == null) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  @Override
  public void flush() {
    if (failure == null) {
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  public Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * The exit code once the command has run: a closed pipe ends quietly with 141, as {@code yes |
   * head} does; any other failed write (a full disk) is one line on stderr and exit 1, since the
   * output is incomplete.
   */
  public int settle(int code, PrintWriter err) {
    if (failure == null) {
      return code;
    }
    String why =
        failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    if (why.contains("Broken pipe")) {
      return CLOSED_PIPE;
    }
    err.println(
        "triage: cannot write to standard output (" + why + "); what was written is incomplete");
    err.flush();
    return code == ExitCodes.OK ? ExitCodes.INVALID : code;
  }
}
