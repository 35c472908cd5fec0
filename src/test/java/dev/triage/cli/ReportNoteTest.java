package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report keeps the note each question was shown with, beside the answer it may have changed. */
class ReportNoteTest {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
          .build();
  private static final String NERVE_TEXT =
      "Does the pain shoot below the knee, or do you have numbness or pins and needles in the foot?";
  private static final String NOTE = "Count only what you feel in the painful leg.";

  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void setUp() {
    ws = new Workspace(tmp);
    ws.example("questionnaires/example.yaml");
  }

  private Cli.Result report(String... format) {
    return ws.run(
        Workspace.join(
            Workspace.join(new String[] {"run", "-q", "example", "-o", "-"}, Workspace.SIT_BONE),
            format));
  }

  @Test
  void theJsonPathGivesTheNoteOfAQuestionThatHasOneAndNoNoteForOneWithout() {
    Cli.Result r = report("--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonArray path = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("path");
    JsonObject sitting = path.get(3).getAsJsonObject();
    JsonObject nerve = path.get(4).getAsJsonObject();
    assertEquals("sitting-pain", sitting.get("question").getAsString());
    assertFalse(sitting.has("note"));
    assertEquals("nerve-signs", nerve.get("question").getAsString());
    assertEquals(NOTE, nerve.get("note").getAsString());
  }

  @Test
  void theMarkdownAnswersTableShowsTheNoteAfterTheQuestionAsPlainText() {
    Cli.Result r = report();
    assertEquals(0, r.exitCode(), r.err());
    List<String> questions = questionCells(PARSER.parse(r.out()));
    assertEquals(7, questions.size(), questions.toString());
    assertEquals(
        "Is the pain worst when you sit, especially on hard seats, felt deep at the bone you sit on?",
        questions.get(3));
    assertEquals(NERVE_TEXT + " Note: " + NOTE, questions.get(4));
  }

  /**
   * The second cell of each body row of the report's one table, as plain text (markup would fail
   * the test).
   */
  private static List<String> questionCells(Node document) {
    List<String> cells = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableBlock table) {
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
          if (part instanceof TableBody body) {
            for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
              cells.add(ReportStructureTest.text(((TableRow) row).getFirstChild().getNext()));
            }
          }
        }
      }
    }
    return cells;
  }
}
