package dev.triage.diag;

import java.util.List;
import java.util.Optional;

/**
 * A failure the user can act on, carrying the lines to print (each becomes {@code triage: <line>}),
 * and diagnostics that point into the file they came from (printed with its line and a caret). The
 * command layer maps its kind to an exit code; nothing else prints it.
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
  private final transient List<Diagnostic> diagnostics;
  private final transient Optional<SourceText> source;
  private final transient List<String> lines;

  public TriageException(Kind kind, List<String> lines) {
    this(kind, List.of(), Optional.empty(), lines);
  }

  private TriageException(
      Kind kind, List<Diagnostic> diagnostics, Optional<SourceText> source, List<String> lines) {
    super(diagnostics.isEmpty() ? String.join("; ", lines) : diagnostics.get(0).headline());
    if (lines.isEmpty() && diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a failure needs at least one line to print");
    }
    this.kind = kind;
    this.diagnostics = List.copyOf(diagnostics);
    this.source = source;
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

  /**
   * A usage error in a file the user wrote (an answer file): {@code diagnostics} quote {@code
   * source}.
   */
  public static TriageException usage(
      List<Diagnostic> diagnostics, SourceText source, List<String> lines) {
    return new TriageException(Kind.USAGE, diagnostics, Optional.of(source), lines);
  }

  public Kind kind() {
    return kind;
  }

  /** The problems that point into a file, printed before {@link #lines}. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The file {@link #diagnostics} point into. */
  public Optional<SourceText> source() {
    return source;
  }

  public List<String> lines() {
    return lines;
  }
}
