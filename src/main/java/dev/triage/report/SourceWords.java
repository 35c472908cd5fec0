package dev.triage.report;

import dev.triage.model.Source;

/**
 * How every result and report names the structured source. Outcome titles often already say "Likely
 * source: ...", so this line is labelled differently and reads as the body part's explanation,
 * never as the title said twice.
 */
final class SourceWords {
  /** Labels the outcome's source. */
  static final String LIKELY = "Where it likely comes from: ";

  /** Labels each of the outcome's other possible sources. */
  static final String ALSO = "Also consider: ";

  private SourceWords() {}

  /** The source's name, then its description as a sentence of its own. */
  static String describe(String name, String description) {
    String n = name.strip();
    String d = description.strip();
    if (d.isEmpty()) {
      return n;
    }
    return n + (n.matches(".*[.!?]$") ? " " : ". ") + d;
  }

  static String describe(Source s) {
    return describe(s.name(), s.description());
  }
}
