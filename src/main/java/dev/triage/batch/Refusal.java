package dev.triage.batch;

/** Why one line of a batch cannot be walked: its message goes into the line's error record, and the batch goes on. */
final class Refusal extends Exception {
  private static final long serialVersionUID = 1L;

  Refusal(String message) {
    super(message, null, false, false); // no stack trace: a refusal is an answer, made once per bad line
  }
}
