package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.answers.AnswerFile;
import dev.triage.diag.SourceText;
import dev.triage.engine.Answer;
import dev.triage.engine.AnswerSet;
import dev.triage.engine.Flow;
import dev.triage.engine.Result;
import dev.triage.engine.Walk;
import dev.triage.engine.WrittenAnswer;
import dev.triage.graph.MermaidParser;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.Outcome;
import dev.triage.model.RedFlag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses every golden report back with commonmark-java (GFM tables, task lists, YAML front matter)
 * and checks its structure against a walk computed here from the questionnaire and answers,
 * independently of the report code.
 */
class ReportStructureTest {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(
              List.of(
                  TablesExtension.create(),
                  TaskListItemsExtension.create(),
                  YamlFrontMatterExtension.create()))
          .build();

  static Stream<String> cases() throws Exception {
    return GoldenReportTest.cases();
  }

  /**
   * The plain text under a node; anything but text (emphasis, code, HTML, links) fails the test.
   */
  static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (n instanceof SoftLineBreak) {
        sb.append(' ');
      } else if (n instanceof TaskListItemMarker) {
        continue;
      } else if (n instanceof org.commonmark.node.Paragraph || n instanceof TableCell) {
        sb.append(text(n));
      } else {
        assertFalse(
            n instanceof Code || n instanceof HtmlInline, "markup in questionnaire text: " + n);
        throw new AssertionError("unexpected node " + n + " in " + node);
      }
    }
    return sb.toString();
  }

  private static String flat(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static List<Node> all(Node root, Class<?> type) {
    List<Node> found = new ArrayList<>();
    Node n = root.getFirstChild();
    while (n != null) {
      if (type.isInstance(n)) {
        found.add(n);
      }
      found.addAll(all(n, type));
      n = n.getNext();
    }
    return found;
  }

  private record Expected(Loaded loaded, Result result, Map<String, String> answers) {}

  private static Expected walk(String name) throws Exception {
    Path dir = GoldenReportTest.ROOT.resolve(name);
    Loaded loaded =
        QuestionnaireLoader.load(dir.resolve("questionnaire.yaml"), "questionnaire.yaml");
    List<WrittenAnswer> given =
        AnswerFile.parse(
                new SourceText(
                    "answers.yaml", java.nio.file.Files.readString(dir.resolve("answers.yaml"))))
            .given();
    Map<String, String> answers = new LinkedHashMap<>();
    given.forEach(g -> answers.put(g.question(), g.choice()));
    Flow flow = Flow.of(loaded.questionnaire());
    Walk walk = Walk.start(flow).replay(AnswerSet.resolve(flow, List.of(given)).answers());
    return new Expected(loaded, walk.result().orElseThrow(), answers);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void headingsFollowTheResult(String name) throws Exception {
    Expected e = walk(name);
    Node doc = PARSER.parse(GoldenReportTest.run(name, "-o", "-").out());
    Outcome o = e.result().outcome();
    List<String> expected = new ArrayList<>();
    expected.add("1 Triage report: " + flat(e.loaded().questionnaire().title()));
    expected.add("2 Result: " + dev.triage.report.Tiers.headline(o.tier()));
    if (!e.result().reasons().isEmpty()) {
      expected.add("2 Why: the answers that led here");
    }
    if (!o.nextSteps().isEmpty()) {
      expected.add("2 Next steps");
    }
    if (!o.avoid().isEmpty()) {
      expected.add("2 What to avoid");
    }
    expected.add("2 When and whom to see");
    expected.addAll(
        List.of(
            "2 Your route",
            "2 Your answers",
            "2 Reproduce this result",
            "2 Disclaimer",
            "2 References"));
    List<String> actual =
        all(doc, Heading.class).stream()
            .map(h -> ((Heading) h).getLevel() + " " + text(h))
            .toList();
    assertEquals(expected, actual);
    assertInstanceOf(YamlFrontMatterBlock.class, doc.getFirstChild());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theAnswersTableHasARowPerQuestionAskedWithItsTextAndAnswer(String name) throws Exception {
    Expected e = walk(name);
    Node doc = PARSER.parse(GoldenReportTest.run(name, "-o", "-").out());
    List<Node> tables = all(doc, TableBlock.class);
    assertEquals(1, tables.size());
    TableHead head = (TableHead) tables.get(0).getFirstChild();
    assertEquals(List.of("#", "Question", "Answer"), cells((TableRow) head.getFirstChild()));
    TableBody body = (TableBody) tables.get(0).getLastChild();
    List<List<String>> rows = new ArrayList<>();
    for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
      rows.add(cells((TableRow) row));
    }
    List<List<String>> expected = new ArrayList<>();
    int n = 1;
    for (Answer a : e.result().path()) {
      String answer =
          a.label()
              + a.treatedAs()
                  .map(
                      t ->
                          " (taken as: "
                              + a.question().choices().stream()
                                  .filter(c -> c.id().equals(t))
                                  .findFirst()
                                  .orElseThrow()
                                  .label()
                              + ")")
                  .orElse("");
      expected.add(List.of(String.valueOf(n++), flat(a.question().text()), flat(answer)));
    }
    assertEquals(expected, rows);
  }

  private static List<String> cells(TableRow row) {
    List<String> cells = new ArrayList<>();
    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
      cells.add(text(c));
    }
    return cells;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void nextStepsAreUncheckedTaskItemsAndTheReproduceCommandIsAShellBlock(String name)
      throws Exception {
    Expected e = walk(name);
    Node doc = PARSER.parse(GoldenReportTest.run(name, "-o", "-").out());
    List<String> tasks = new ArrayList<>();
    for (Node marker : all(doc, TaskListItemMarker.class)) {
      assertFalse(((TaskListItemMarker) marker).isChecked());
      tasks.add(text(marker.getParent()));
    }
    assertEquals(
        e.result().outcome().nextSteps().stream().map(ReportStructureTest::flat).toList(), tasks);
    List<Node> blocks = all(doc, FencedCodeBlock.class);
    assertEquals(2, blocks.size());
    FencedCodeBlock block = (FencedCodeBlock) blocks.get(1);
    assertEquals("sh", block.getInfo());
    StringBuilder command = new StringBuilder("triage run -q questionnaire.yaml");
    e.result()
        .path()
        .forEach(
            a -> command.append(" -a ").append(a.question().id()).append('=').append(a.choice()));
    assertEquals(command + "\n", block.getLiteral());
    assertTrue(all(doc, ListItem.class).size() >= tasks.size());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theFrontMatterCarriesTheAnswersForReplay(String name) throws Exception {
    Expected e = walk(name);
    String md = GoldenReportTest.run(name, "-o", "-").out();
    AnswerFile.Read read = AnswerFile.parse(new SourceText("report.md", md));
    assertEquals(e.loaded().sha256(), read.report().orElseThrow().sha256());
    assertEquals(e.loaded().questionnaire().id(), read.report().get().questionnaire());
    Map<String, String> replayed = new LinkedHashMap<>();
    read.given().forEach(g -> replayed.put(g.question(), g.choice()));
    Map<String, String> path = new LinkedHashMap<>();
    e.result().path().forEach(a -> path.put(a.question().id(), a.choice()));
    assertEquals(path, replayed);
  }

  /**
   * The route is a Mermaid flowchart that Mermaid's own parser reads as the walk went: the safety
   * questions as one box, then each other question asked with the answer given on the arrow out of
   * it, then the outcome with its tier.
   */
  @ParameterizedTest
  @MethodSource("cases")
  void theRouteIsAMermaidFlowchartOfTheWalk(String name) throws Exception {
    MermaidParser.require();
    Expected e = walk(name);
    Node doc = PARSER.parse(GoldenReportTest.run(name, "-o", "-").out());
    FencedCodeBlock block = (FencedCodeBlock) all(doc, FencedCodeBlock.class).get(0);
    assertEquals("mermaid", block.getInfo());
    MermaidParser.Parsed parsed = MermaidParser.parse(block.getLiteral());
    assertTrue(parsed.ok(), parsed.error());
    List<Answer> path = e.result().path();
    boolean redFlagEnded = e.result().redFlag().isPresent();
    List<Answer> shown =
        path.stream()
            .filter(
                a ->
                    !(a.question() instanceof RedFlag)
                        || (redFlagEnded && a == path.get(path.size() - 1)))
            .toList();
    long screened = path.size() - shown.size();
    List<String> vertices = new ArrayList<>();
    List<String> edges = new ArrayList<>();
    String before = null;
    if (screened > 0) {
      vertices.add("screen: Safety questions (red flags): " + screened + " answered");
      before = "screen";
    }
    for (Answer a : shown) {
      String id = "n_" + a.question().id().replace('-', '_');
      vertices.add(id + ": " + flat(a.question().text()));
      if (before != null) {
        edges.add(before + " -> " + id);
      }
      before = id;
    }
    String outcome = "n_" + e.result().outcome().id().replace('-', '_');
    vertices.add(
        outcome
            + ": "
            + e.result().outcome().tier().key().toUpperCase(java.util.Locale.ROOT)
            + " "
            + flat(e.result().outcome().title()));
    edges.add(before + " -> " + outcome);
    // Labels are wrapped and may be cut: each must start as the text it stands for.
    List<String> read =
        parsed.vertices().stream().map(v -> v.id() + ": " + v.text().replace("<br>", " ")).toList();
    assertEquals(vertices.size(), read.size(), read.toString());
    for (int i = 0; i < read.size(); i++) {
      String r = read.get(i);
      String prefix = r.endsWith("\u2026") ? r.substring(0, r.length() - 1) : r;
      assertTrue(
          vertices.get(i).startsWith(prefix) && prefix.length() > vertices.get(i).indexOf(':') + 10,
          "expected " + vertices.get(i) + ", read " + r);
    }
    assertEquals(edges, parsed.edges().stream().map(x -> x.start() + " -> " + x.end()).toList());
    List<String> answers =
        shown.stream()
            .map(
                a ->
                    flat(a.label())
                        + a.treatedAs()
                            .map(
                                t ->
                                    " (taken as: "
                                        + a.question().choices().stream()
                                            .filter(c -> c.id().equals(t))
                                            .findFirst()
                                            .orElseThrow()
                                            .label()
                                        + ")")
                            .orElse(""))
            .toList();
    List<String> labels = parsed.edges().stream().map(MermaidParser.Edge::text).toList();
    assertEquals(screened > 0 ? 1 + answers.size() : answers.size(), labels.size());
    List<String> answerLabels = labels.subList(screened > 0 ? 1 : 0, labels.size());
    for (int i = 0; i < answers.size(); i++) {
      String l = answerLabels.get(i);
      assertTrue(
          answers.get(i).startsWith(l.endsWith("\u2026") ? l.substring(0, l.length() - 1) : l),
          "answer " + answers.get(i) + ", label " + l);
    }
  }
}
