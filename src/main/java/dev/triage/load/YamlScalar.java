package dev.triage.load;

import dev.triage.model.Pos;
import java.util.Objects;

/**
 * A scalar exactly as written, never converted: {@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n}
 * and numbers stay text.
 *
 * @param isNull true for a YAML null: a plain empty value ({@code key:} with nothing), {@code ~} or {@code null} (in
 *     the casings YAML accepts); a quoted {@code "null"} or {@code ""} is text, not null
 */
public record YamlScalar(String value, Pos pos, boolean isNull) implements YamlNode {
  public YamlScalar {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(pos, "pos");
  }

  /** Text that is not null. */
  public YamlScalar(String value, Pos pos) {
    this(value, pos, false);
  }

  @Override
  public String kind() {
    return isNull ? "nothing" : "text";
  }
}
