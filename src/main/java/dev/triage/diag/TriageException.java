package dev.triage.diag;

import java.util.List;

/**
 * A failure the user can act on, carrying the lines to print (each becomes {@code triage: <line>}). The command layer
 * maps its kind to an exit code; nothing else prints it.
 */
public final class TriageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, which decides the exit code. */
  public enum Kind {
    /** An input file is missing, unreadable or invalid, or writing failed. */
    INPUT,
    /** The command line or the answers are wrong. */
    USAGE,
    /** The user stopped the session. */
    CANCELLED
  }

  private final Kind kind;
  private final transient List<String> lines;

  public TriageException(Kind kind, List<String> lines) {
    super(lines.isEmpty() ? kind.name() : String.join("; ", lines));
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a failure needs at least one line to print");
    }
    this.kind = kind;
    this.lines = List.copyOf(lines);
  }

  public TriageException(Kind kind, String line, Throwable cause) {
    this(kind, List.of(line));
    initCause(cause);
  }

  public static TriageException input(String line) {
    return new TriageException(Kind.INPUT, List.of(line));
  }

  public static TriageException usage(String line) {
    return new TriageException(Kind.USAGE, List.of(line));
  }

  public static TriageException usage(List<String> lines) {
    return new TriageException(Kind.USAGE, lines);
  }

  public Kind kind() {
    return kind;
  }

  public List<String> lines() {
    return lines;
  }
}
