package dev.triage.batch;

import java.util.Optional;

/**
 * Why one line of a batch cannot be walked: its message goes into the line's error record, and the
 * batch goes on.
 */
final class Refusal extends Exception {
  private static final long serialVersionUID = 1L;

  /** The id of the answer set refused, when it was read before the problem was found. */
  private final transient Optional<String> id;

  Refusal(String message) {
    this(message, Optional.empty());
  }

  private Refusal(String message, Optional<String> id) {
    super(
        message, null, false,
        false); // no stack trace: a refusal is an answer, made once per bad line
    this.id = id;
  }

  Optional<String> id() {
    return id;
  }

  /** The same refusal, for the answer set of this id. */
  Refusal of(Optional<String> setId) {
    return id.isPresent() || setId.isEmpty() ? this : new Refusal(getMessage(), setId);
  }
}
