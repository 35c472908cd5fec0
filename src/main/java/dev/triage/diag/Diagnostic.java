package dev.triage.diag;

import dev.triage.model.Pos;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in one file, at a 1-based line and column ({@link Pos#NONE} for problems with the
 * file as a whole).
 */
public record Diagnostic(Severity severity, String file, Pos pos, String message) {
  /**
   * File, then line, then column, then errors before warnings: the order problems are printed in.
   */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt((Diagnostic d) -> d.pos().line())
          .thenComparingInt(d -> d.pos().column())
          .thenComparing(Diagnostic::severity);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(String file, Pos pos, String message) {
    return new Diagnostic(Severity.ERROR, file, pos, message);
  }

  public static Diagnostic warning(String file, Pos pos, String message) {
    return new Diagnostic(Severity.WARNING, file, pos, message);
  }

  /**
   * The first line as a compiler prints it: {@code path:line:col: error: message}, or {@code path:
   * error: message}.
   */
  public String headline() {
    String where = pos.known() ? file + ":" + pos.line() + ":" + pos.column() : file;
    return where + ": " + severity.label() + ": " + message;
  }
}
