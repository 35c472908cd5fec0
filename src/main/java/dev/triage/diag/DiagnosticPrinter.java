package dev.triage.diag;

import java.util.Optional;

/** Renders a diagnostic like a compiler: the headline, then the source line and a caret under the column. */
public final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  /**
   * The headline, and when the source is known and the position points into it, the quoted line and a caret. Tabs
   * before the column are kept so the caret lines up under them.
   */
  public static String render(Diagnostic d, Optional<SourceText> source) {
    StringBuilder out = new StringBuilder(d.headline());
    if (d.pos().known() && source.isPresent()) {
      String line = source.get().line(d.pos().line());
      if (!line.isEmpty()) {
        out.append('\n').append(line).append('\n');
        int col = Math.min(d.pos().column() - 1, line.length());
        for (int i = 0; i < col; i++) {
          out.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        out.append('^');
      }
    }
    return out.toString();
  }
}
