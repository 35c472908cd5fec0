package dev.triage.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the AsciiDoc that picocli's ManPageGenerator writes into a man page in roff (the man
 * macros): only what that generator writes (attributes, the title, sections, paragraphs,
 * description lists, bold, italic, monospace, cross references, and the {@code [%hardbreaks]} and
 * literal blocks a command's header or footer becomes), not AsciiDoc at large. Written here rather
 * than rendered by asciidoctorj, whose JRuby runtime would be the build's largest dependency for a
 * few pages of text (docs/performance.md).
 */
final class ManRoff {
  private static final Pattern TITLE = Pattern.compile("= (\\S+)\\((\\d)\\)");
  private static final Pattern XREF = Pattern.compile("xref:[^\\[]*\\[([^\\]]*)\\]");
  private static final Pattern BOLD = Pattern.compile("\\*([^*\\s](?:[^*]*[^*\\s])?)\\*");
  private static final Pattern MONOSPACE = Pattern.compile("`([^`\\s](?:[^`]*[^`\\s])?)`");
  private static final Pattern ITALIC =
      Pattern.compile("(?<![\\p{Alnum}_])_([^_\\s](?:[^_]*[^_\\s])?)_(?![\\p{Alnum}])");

  private ManRoff() {}

  /**
   * The page in roff.
   *
   * @param source what the page's footer names as its source, such as {@code triage 0.1.0}
   * @param seeAlso the other pages to name under SEE ALSO, each of section 1
   */
  static String convert(String asciiDoc, String source, List<String> seeAlso) {
    StringBuilder roff = new StringBuilder();
    String manual = "";
    boolean inTerm = false;
    boolean paragraph = false;
    boolean nameSection = false;
    boolean fresh = false;
    boolean hardBreaks = false; // "[%hardbreaks]" was read: the next paragraph keeps its breaks
    String literalEnd = ""; // in a literal block: the line that ends it ("" for a blank line)
    boolean literal = false;
    for (String line : asciiDoc.split("\n", -1)) {
      if (literal) {
        boolean ends =
            literalEnd.isEmpty()
                ? line.isBlank() || line.startsWith("== ")
                : line.equals(literalEnd);
        if (!ends) {
          roff.append(literal(line)).append('\n');
          continue;
        }
        roff.append(".fi\n");
        literal = false;
        if (!literalEnd.isEmpty()) {
          continue;
        }
      }
      if (line.startsWith("//")) {
        continue;
      }
      if (line.startsWith(":manmanual:")) {
        manual = line.substring(":manmanual:".length()).strip();
        continue;
      }
      if (line.startsWith(":")) {
        continue;
      }
      Matcher title = TITLE.matcher(line);
      if (title.matches()) {
        roff.append(".TH ")
            .append(quoted(title.group(1).toUpperCase(Locale.ROOT)))
            .append(' ')
            .append(title.group(2))
            .append(" \"\" ")
            .append(quoted(source))
            .append(' ')
            .append(quoted(manual))
            .append('\n')
            // No hyphenation and a ragged right edge: an option or id broken across lines could not
            // be typed as read.
            .append(".nh\n.ad l\n");
        continue;
      }
      if (line.startsWith("== ")) {
        String heading = line.substring(3).strip();
        heading = heading.endsWith(":") ? heading.substring(0, heading.length() - 1) : heading;
        roff.append(".SH ").append(quoted(heading.toUpperCase(Locale.ROOT))).append('\n');
        nameSection = heading.equalsIgnoreCase("name");
        hardBreaks = false;
        inTerm = false;
        paragraph = false;
        fresh = true; // a section's first paragraph needs no .PP
        continue;
      }
      if (line.isBlank()) {
        hardBreaks &= !paragraph;
        inTerm = false;
        paragraph = false;
        continue;
      }
      if (line.equals("[%hardbreaks]")) {
        hardBreaks = true;
        continue;
      }
      // A literal block (between delimiters, or a paragraph whose first line is indented, as
      // picocli writes a command's header and footer) keeps its lines and indentation as written:
      // filled, a YAML example or a list of commands would run together into one paragraph.
      boolean delimited = line.equals("....") || line.equals("----");
      boolean indented = !line.equals(line.stripLeading());
      if (!inTerm && !paragraph && (delimited || indented)) {
        roff.append(fresh ? "" : ".PP\n").append(".nf\n");
        fresh = false;
        hardBreaks = false;
        literal = true;
        literalEnd = delimited ? line : "";
        if (indented) {
          roff.append(literal(line)).append('\n');
        }
        continue;
      }
      if (line.endsWith("::")) {
        fresh = false;
        roff.append(".TP\n").append(text(line.substring(0, line.length() - 2))).append('\n');
        inTerm = true;
        continue;
      }
      if (!inTerm && !paragraph && !fresh) {
        roff.append(".PP\n");
      } else if (paragraph && hardBreaks) {
        roff.append(".br\n");
      }
      paragraph = true;
      fresh = false;
      String body = line.strip();
      if (nameSection) {
        // "triage-run - Walks ...": the hyphen that separates the name from its summary is roff's
        // \-.
        int dash = body.indexOf(" - ");
        roff.append(
                dash < 0
                    ? text(body)
                    : text(body.substring(0, dash)) + " \\- " + text(body.substring(dash + 3)))
            .append('\n');
      } else {
        roff.append(text(body)).append('\n');
      }
    }
    if (literal) {
      roff.append(".fi\n");
    }
    if (!seeAlso.isEmpty()) {
      roff.append(".SH \"SEE ALSO\"\n");
      for (int i = 0; i < seeAlso.size(); i++) {
        roff.append(".BR ")
            .append(escape(seeAlso.get(i)))
            .append(" (1)")
            .append(i < seeAlso.size() - 1 ? "," : "")
            .append('\n');
      }
    }
    return roff.toString();
  }

  /**
   * One line of text: escaped for roff, with AsciiDoc's bold and italic as font changes, never a
   * request.
   */
  static String text(String asciiDoc) {
    String s = escape(XREF.matcher(asciiDoc).replaceAll("$1"));
    s = BOLD.matcher(s).replaceAll("\\\\fB$1\\\\fR");
    // Monospace, the text to type, is bold as man pages show what is typed.
    s = MONOSPACE.matcher(s).replaceAll("\\\\fB$1\\\\fR");
    s = ITALIC.matcher(s).replaceAll("\\\\fI$1\\\\fR");
    return notARequest(s);
  }

  /**
   * A line of a literal block as written, indentation included: escaped, never a request, no
   * markup.
   */
  static String literal(String line) {
    return notARequest(escape(line));
  }

  /** A line starting with a dot or an apostrophe would be read as a request. */
  private static String notARequest(String roffLine) {
    return roffLine.startsWith(".") || roffLine.startsWith("'") ? "\\&" + roffLine : roffLine;
  }

  /**
   * Text as roff prints it: backslashes escaped, hyphens as the minus sign an option is typed with,
   * and anything outside printable ASCII by its code point (control characters dropped).
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\\') {
                out.append("\\e");
              } else if (c == '-') {
                out.append("\\-");
              } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
              } else if (c > 0x9f) {
                out.append(String.format(Locale.ROOT, "\\[u%04X]", c));
              }
            });
    return out.toString();
  }

  private static String quoted(String text) {
    return "\"" + escape(text).replace("\"", "\\(dq") + "\"";
  }
}
