package dev.triage.model;

import java.util.Arrays;
import java.util.Optional;

/** How soon a person should act on an outcome, most urgent first. */
public enum Tier {
  EMERGENCY("emergency", "now: call emergency services or go to A&E"),
  URGENT("urgent", "the same day"),
  SOON("soon", "within a few days"),
  SELF_CARE("self-care", "look after it yourself; see a professional if it does not improve");

  private final String key;
  private final String when;

  Tier(String key, String when) {
    this.key = key;
    this.when = when;
  }

  /** The spelling used in questionnaire files, reports and answer files. */
  public String key() {
    return key;
  }

  /** Plain words for how soon to act. */
  public String when() {
    return when;
  }

  public static Optional<Tier> fromKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
