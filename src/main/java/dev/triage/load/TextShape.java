package dev.triage.load;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.Printable;
import dev.triage.model.Pos;
import java.util.Optional;

/**
 * Refuses, in one linear pass before SnakeYAML reads a character, text that SnakeYAML would read
 * slowly or place differently from an editor: a line longer than {@link SafeYaml#MAX_LINE} (its
 * reader copies its window for every 1,024 characters of an unfinished token, quadratic in the
 * token's length), the line and paragraph separators and next-line character that YAML takes for
 * line breaks and editors do not, and a byte order mark after the first character. Lines end at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as in YAML and in {@link
 * dev.triage.diag.SourceText}.
 */
final class TextShape {
  private TextShape() {}

  /**
   * The first problem with the text's shape, at its 1-based line and column; empty when there is
   * none.
   */
  static Optional<Diagnostic> check(String file, String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
        continue;
      }
      if (c == '\r' || Character.isLowSurrogate(c) || (c == '\uFEFF' && i == 0)) {
        continue; // the \r of \r\n, the second half of a pair and a leading BOM take no column
      }
      if (column > SafeYaml.MAX_LINE) {
        return Optional.of(
            Diagnostic.error(
                file,
                new Pos(line, column),
                "this line is longer than "
                    + SourceFiles.amount(SafeYaml.MAX_LINE)
                    + " characters; a value may be at most "
                    + SourceFiles.amount(SafeYaml.MAX_VALUE)
                    + " characters: shorten it, or write long text over several"
                    + " lines"));
      }
      if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return Optional.of(
            Diagnostic.error(
                file,
                new Pos(line, column),
                "the character "
                    + Printable.name(c)
                    + " is a line break to YAML but not to most editors; replace it with a line break or a space"));
      }
      if (c == '\uFEFF') {
        return Optional.of(
            Diagnostic.error(
                file,
                new Pos(line, column),
                "a second byte order mark (U+FEFF); remove"
                    + " it: only the very start of a file may hold one"));
      }
      column++;
    }
    return Optional.empty();
  }
}
