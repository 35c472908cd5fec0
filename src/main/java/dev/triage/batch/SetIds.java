package dev.triage.batch;

import dev.triage.diag.Printable;

/**
 * What an answer set's id may be: any text but control characters, which no output of a batch may
 * carry raw.
 */
final class SetIds {
  private SetIds() {}

  static String check(String id) throws Refusal {
    int at = Printable.firstControl(id);
    if (at >= 0) {
      throw new Refusal(
          "the id has the control character "
              + Printable.name(id.codePointAt(at))
              + " at character "
              + (at + 1)
              + "; ids are written into reports and CSV, so they may not hold control characters");
    }
    return id;
  }
}
