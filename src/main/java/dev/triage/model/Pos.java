package dev.triage.model;

/** A 1-based line and column in a questionnaire file, so every problem can point at its source. */
public record Pos(int line, int column) {
  /** Used for elements that have no place in a file (built in code, or synthesised defaults). */
  public static final Pos NONE = new Pos(0, 0);

  public Pos {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must not be negative: " + line + ":" + column);
    }
  }

  /** Whether this position points into a file. */
  public boolean known() {
    return line > 0;
  }
}
