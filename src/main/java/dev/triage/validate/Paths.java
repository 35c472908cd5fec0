package dev.triage.validate;

import java.util.List;
import java.util.function.IntFunction;

/** Writes a route through the questionnaire as {@code a -> b -> c}, shortening very long ones. */
final class Paths {
  /**
   * Routes longer than this print their two ends only, so a huge questionnaire cannot flood the
   * terminal.
   */
  static final int LONGEST = 20;

  /** How many ids a shortened route keeps at each end. */
  static final int END = 8;

  private Paths() {}

  static String format(List<String> ids) {
    return format(ids.size(), ids::get);
  }

  /** The route of {@code length} ids, asking only for the ids it prints. */
  static String format(int length, IntFunction<String> idAt) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (length > LONGEST && i == END) {
        out.append(" -> ... (").append(length - 2 * END).append(" more) ...");
        i = length - END - 1;
        continue;
      }
      if (i > 0) {
        out.append(" -> ");
      }
      out.append(idAt.apply(i));
    }
    return out.toString();
  }
}
