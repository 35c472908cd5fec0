package dev.triage.batch;

import java.util.Locale;
import java.util.Optional;

/** The two formats a batch reads and writes. */
public enum Format {
  JSONL("jsonl"),
  CSV("csv");

  private final String key;

  Format(String key) {
    this.key = key;
  }

  /** How it is spelled on the command line. */
  public String key() {
    return key;
  }

  /** The format spelled {@code name} (any letter case), if any. */
  public static Optional<Format> named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.key.equals(lower)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format a file name says ({@code .csv}), if it says one. */
  public static Optional<Format> ofFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return Optional.of(JSONL);
    }
    return Optional.empty();
  }
}
