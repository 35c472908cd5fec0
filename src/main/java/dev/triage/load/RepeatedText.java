package dev.triage.load;

/**
 * Shares equal short strings within one document, so that keys written millions of times in a large
 * questionnaire ({@code id}, {@code text}, {@code next}, ...) and common values ({@code yes},
 * {@code "No"}) are held once rather than once per occurrence. A fixed table that keeps the latest
 * string per slot: it never grows, however many distinct strings a document has, and a miss costs
 * no more than not sharing.
 */
final class RepeatedText {
  private static final int SLOTS = 4096;

  /** Longer text is rarely repeated word for word, and is not worth hashing. */
  private static final int MAX_LENGTH = 40;

  private final String[] slots = new String[SLOTS];

  /** An equal string seen before, or {@code text} itself (remembered for next time). */
  String share(String text) {
    if (text.length() > MAX_LENGTH) {
      return text;
    }
    int slot = text.hashCode() & (SLOTS - 1);
    String held = slots[slot];
    if (text.equals(held)) {
      return held;
    }
    slots[slot] = text;
    return text;
  }
}
