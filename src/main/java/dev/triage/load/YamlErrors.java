package dev.triage.load;

import dev.triage.diag.Diagnostic;
import dev.triage.model.Pos;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns SnakeYAML's syntax errors into messages for questionnaire authors: what is wrong in plain
 * words and what to do, at the most useful of the two marks SnakeYAML gives, 1-based. SnakeYAML's
 * own text names token types and its reader ("in 'reader', line 3"), which means nothing to an
 * author, so the common problems are reworded and the rest cleaned up.
 */
final class YamlErrors {
  private static final Pattern FOUND = Pattern.compile("^expected <block end>, but found '(.*)'$");
  private static final Pattern UNCLOSED =
      Pattern.compile("^expected ',' or '([\\]}])', but got (.*)$");
  private static final Pattern ESCAPE =
      Pattern.compile("^found unknown escape character (.*)\\(\\d+\\)$");
  private static final Pattern BAD_START =
      Pattern.compile("^found character '(.*)' that cannot start any token.*$");
  private static final Pattern NO_CONTENT =
      Pattern.compile("^expected the node content, but found '(.*)'$");

  /** Token names in SnakeYAML's messages, in an author's words. */
  private static final Map<String, String> TOKENS =
      Map.ofEntries(
          Map.entry("<block end>", "the end of the block"),
          Map.entry("<stream end>", "the end of the file"),
          Map.entry("<block mapping start>", "a key"),
          Map.entry("<block sequence start>", "a list item"),
          Map.entry("<block entry>", "a list item"),
          Map.entry("<scalar>", "text"),
          Map.entry("<document start>", "'---'"),
          Map.entry("<document end>", "'...'"),
          Map.entry("<anchor>", "an anchor"),
          Map.entry("<alias>", "an alias"),
          Map.entry("<tag>", "a tag"),
          Map.entry("?", "a key"),
          Map.entry("-", "a list item '-'"));

  private YamlErrors() {}

  static Diagnostic toDiagnostic(String file, MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    Mark from = e.getContextMark() != null ? e.getContextMark() : at;
    if (problem.equals("could not find expected ':'")) {
      return error(
          file,
          from,
          "this line has no ':' after its key; write 'key: value', or indent the line to"
              + " continue the text above it");
    }
    if (problem.equals("mapping values are not allowed here")) {
      return error(
          file,
          at,
          "unexpected ':' here; put text that contains ': ' in quotes"
              + " (title: \"Pain: the basics\"), or check the indentation");
    }
    Matcher found = FOUND.matcher(problem);
    if (found.matches()) {
      return error(
          file,
          at,
          "found "
              + token(found.group(1))
              + " where it does not belong; check the indentation: it"
              + " does not line up with the "
              + thing(context)
              + " that starts at line "
              + line(from));
    }
    Matcher unclosed = UNCLOSED.matcher(problem);
    if (unclosed.matches()) {
      String open = unclosed.group(1).equals("]") ? "[" : "{";
      return error(
          file,
          at,
          "the "
              + (open.equals("[") ? "list" : "mapping")
              + " opened with '"
              + open
              + "' at line "
              + line(from)
              + ", column "
              + (from.getColumn() + 1)
              + " is not closed properly; separate"
              + " items with ',' and close it with '"
              + unclosed.group(1)
              + "' (found "
              + token(unclosed.group(2))
              + ")");
    }
    if (problem.equals("found unexpected end of stream") && context.contains("quoted scalar")) {
      return error(file, from, "quoted text is not closed; add the closing quote");
    }
    Matcher escape = ESCAPE.matcher(problem);
    if (escape.matches()) {
      return error(
          file,
          at,
          "unknown escape '\\"
              + escape.group(1)
              + "' in double-quoted text; write '\\\\' for a"
              + " backslash, or use single quotes");
    }
    Matcher badStart = BAD_START.matcher(problem);
    if (badStart.matches()) {
      return badStart.group(1).startsWith("\\t")
          ? error(file, at, "tab characters cannot indent YAML; indent with spaces")
          : error(
              file, at, "'" + badStart.group(1) + "' cannot start a value; put the text in quotes");
    }
    Matcher noContent = NO_CONTENT.matcher(problem);
    if (noContent.matches() && noContent.group(1).equals("<stream end>")) {
      return error(
          file,
          at,
          "the file ends where a value was expected; write the value, or remove the unfinished"
              + " line");
    }
    if (noContent.matches()) {
      return error(
          file,
          at,
          "expected a value here, but found "
              + token(noContent.group(1))
              + "; put text that starts with it in quotes");
    }
    if (context.contains("block scalar")) {
      return error(
          file,
          at,
          "after '|' or '>' the text starts on the next line, indented (only '+', '-' or a digit"
              + " may follow the sign); put text that starts with '|' or '>' in quotes");
    }
    if (context.contains("directive") || problem.startsWith("expected '<document start>'")) {
      return error(
          file,
          at,
          "a line that starts with '%' is a YAML directive and '...' ends the document; put text"
              + " that starts with '%' in quotes, or remove the '...' line");
    }
    if (context.contains("a tag")) {
      return error(
          file,
          from,
          "'!' starts a tag, and tags are not allowed; put text that starts with '!' in quotes");
    }
    if (problem.equals("mapping keys are not allowed here")) {
      return error(file, at, "'?' starts a key here; put text that starts with '?' in quotes");
    }
    if (problem.equals("sequence entries are not allowed here")) {
      return error(
          file,
          at,
          "a list item '-' is not allowed here; start the list on a new line, indented under"
              + " its key");
    }
    if (context.contains("an alias") || context.contains("an anchor")) {
      return error(
          file, from, "an anchor '&' or alias '*' needs a name of letters, digits, '-' or '_'");
    }
    String where =
        context.isEmpty() || from == at
            ? ""
            : " (in the " + thing(context) + " at line " + line(from) + ")";
    return error(file, at, clean(problem) + where);
  }

  /** A character YAML forbids anywhere in a file, such as a control character. */
  static Diagnostic toDiagnostic(String file, ReaderException e, String text) {
    String code = String.format(Locale.ROOT, "U+%04X", e.getCodePoint());
    return Diagnostic.error(
        file,
        codePointPos(text, e.getPosition()),
        "the character " + code + " is not allowed in YAML; remove it");
  }

  /**
   * The line and column of the code point at {@code index}, counting lines as the YAML reader does.
   */
  static Pos codePointPos(String text, int index) {
    int line = 1;
    int column = 1;
    int i = 0;
    for (int n = 0; n < index && i < text.length(); n++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean crlf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
      if ((c == '\n' || c == '\r') && !crlf) {
        line++;
        column = 1;
      } else if (c != '\uFEFF' && !crlf) {
        column++;
      }
    }
    return new Pos(line, column);
  }

  private static String token(String found) {
    String t = found.trim();
    return TOKENS.getOrDefault(t, "'" + t + "'");
  }

  /** "while parsing a block mapping" -> "mapping". */
  private static String thing(String context) {
    if (context.contains("mapping")) {
      return "mapping";
    }
    if (context.contains("collection") || context.contains("sequence")) {
      return "list";
    }
    if (context.contains("scalar")) {
      return "text";
    }
    return "value";
  }

  private static String clean(String problem) {
    String s =
        problem
            .replace("\\t(TAB)", "\\t")
            .replaceAll("\\s*\\(Do not use .* for indentation\\)", "");
    // "found &(38)" -> "found '&'": the code in brackets is SnakeYAML's, not the author's.
    s = s.replaceAll("(\\S)\\(\\d+\\)", "'$1'").replace("'<", "<").replace(">'", ">");
    for (Map.Entry<String, String> t : TOKENS.entrySet()) {
      if (t.getKey().startsWith("<")) {
        s = s.replace(t.getKey(), t.getValue());
      }
    }
    return s.replaceAll("\\p{Cntrl}", " ").trim();
  }

  private static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  private static Diagnostic error(String file, Mark mark, String message) {
    return Diagnostic.error(file, TreeBuilder.pos(mark), message);
  }
}
