package dev.triage.load;

import dev.triage.model.Pos;
import java.util.Objects;

/**
 * A scalar exactly as written, never converted: {@code yes}, {@code no}, {@code on}, {@code off},
 * {@code y}, {@code n} and numbers stay text.
 *
 * <p>The position is kept as two ints rather than a {@link Pos}, because a large questionnaire
 * holds millions of scalars and only the few named in a message need one; {@link #pos()} makes it
 * on demand.
 *
 * @param line 1-based line where the scalar starts
 * @param column 1-based column where the scalar starts
 * @param isNull true for a YAML null: a plain empty value ({@code key:} with nothing), {@code ~} or
 *     {@code null} (in the casings YAML accepts); a quoted {@code "null"} or {@code ""} is text,
 *     not null
 */
public record YamlScalar(String value, int line, int column, boolean isNull) implements YamlNode {
  public YamlScalar {
    Objects.requireNonNull(value, "value");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must not be negative: " + line + ":" + column);
    }
  }

  public YamlScalar(String value, Pos pos, boolean isNull) {
    this(value, pos.line(), pos.column(), isNull);
  }

  /** Text that is not null. */
  public YamlScalar(String value, Pos pos) {
    this(value, pos, false);
  }

  @Override
  public Pos pos() {
    return new Pos(line, column);
  }

  @Override
  public String kind() {
    return isNull ? "nothing" : "text";
  }
}
