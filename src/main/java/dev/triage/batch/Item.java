package dev.triage.batch;

import java.util.Optional;

/**
 * One entry of a batch input as the reading thread hands it on; turning it into answers is left to
 * the workers.
 */
interface Item {
  /** The line it starts on, from 1. */
  long line();

  /** Its answers, or empty when it holds none (a blank line). */
  Optional<WrittenSet> written() throws Refusal;

  /** An entry refused as it was read (too long, not text): it becomes an error record. */
  record Refused(long line, String message) implements Item {
    @Override
    public Optional<WrittenSet> written() throws Refusal {
      throw new Refusal(message);
    }
  }
}
