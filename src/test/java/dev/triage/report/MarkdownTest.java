package dev.triage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("hostile")
class MarkdownTest {
  /** With autolinking, as GitHub renders: a bare URL must not become a link. */
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), AutolinkExtension.create()))
          .build();

  /**
   * The text of a node's children, with nothing but plain text allowed inside, and code spans for
   * the words a renderer would otherwise link.
   */
  private static String plain(Node parent) {
    StringBuilder sb = new StringBuilder();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      Node child = n;
      sb.append(
          child instanceof Code code
              ? code.getLiteral()
              : assertInstanceOf(Text.class, child, () -> "markup crept in: " + child)
                  .getLiteral());
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a | b",
        "*bold* and _under_",
        "<b>html</b> & <!-- c -->",
        "`code` and ``more``",
        "# heading",
        "- item",
        "+ item",
        "1. one",
        "2) two",
        "1.0.0",
        "3)x",
        "> quote",
        "=== setext",
        "line one\nline two\r\n- three",
        "[link](http://x)",
        "see www.example.org now",
        "mail a@b.example",
        "go to https://x.example/a|b?q=1",
        "`https://tick`s.example`",
        "![img](x.png)",
        "back\\slash \\| pipe",
        "~~strike~~",
        "&amp; &#35; entity",
        "A&E stays",
        "trailing #",
        "  spaced  ",
        "under_score_words",
      })
  void textReadsBackAsThePlainTextWrittenInAParagraph(String s) {
    Node doc = PARSER.parse(Markdown.text(s) + "\n");
    Paragraph p = assertInstanceOf(Paragraph.class, doc.getFirstChild());
    assertNull(p.getNext());
    assertEquals(s.strip().replaceAll("\\s*\\R\\s*", " "), plain(p));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a | b", "x\ny | z", "`|`", "\\|", "*", "<td>", "1. a", "https://a.example/x|y"})
  void textStaysInsideOneTableCell(String s) {
    String md = "| A | B |\n| --- | --- |\n| " + Markdown.text(s) + " | end |\n";
    Node table = PARSER.parse(md).getFirstChild();
    TableRow row = (TableRow) table.getLastChild().getFirstChild();
    TableCell first = (TableCell) row.getFirstChild();
    assertEquals(s.strip().replaceAll("\\s*\\R\\s*", " "), plain(first));
    assertEquals("end", plain(row.getLastChild()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Title #", "Back pain ##", "# lead"})
  void headingTextKeepsEveryHash(String s) {
    Node h = PARSER.parse("## " + Markdown.heading(s) + "\n").getFirstChild();
    assertEquals(s, plain(h));
  }

  @ParameterizedTest
  @ValueSource(strings = {"triage run -q 'a```b'", "plain", "x ```` y"})
  void aCodeBlockCannotBeClosedByItsContent(String content) {
    FencedCodeBlock b =
        assertInstanceOf(
            FencedCodeBlock.class, PARSER.parse(Markdown.codeBlock("sh", content)).getFirstChild());
    assertEquals(content + "\n", b.getLiteral());
    assertEquals("sh", b.getInfo());
    assertNull(b.getNext());
  }
}
