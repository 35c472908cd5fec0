package dev.triage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.diag.Severity;
import dev.triage.diag.SourceText;
import dev.triage.engine.Fixtures;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.Node;
import dev.triage.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A questionnaire of hostile labels and keyword ids (src/test/resources/graph/hostile.yaml, with a
 * question of 5,000 characters), drawn in every view: Mermaid's parser and Graphviz must read each
 * label back as the text written (cut where it is too long), and no id as a keyword.
 */
class HostileLabelsTest {
  private static Flow flow;

  @BeforeAll
  static void load() throws Exception {
    String yaml =
        Files.readString(Path.of("src/test/resources/graph/hostile.yaml"))
            .replace(
                "text: LONG", "text: \"" + "Very long \\\"text\\\" | ; `x` ".repeat(200) + "\"");
    Loaded loaded = QuestionnaireLoader.load(new SourceText("hostile.yaml", yaml));
    assertEquals(
        List.of(),
        Validator.validate(loaded.questionnaire(), "hostile.yaml").stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .toList());
    flow = Flow.of(loaded.questionnaire());
  }

  private static List<Chart> charts() {
    Walk walk =
        Walk.start(flow)
            .replay(
                Fixtures.answers(
                    flow,
                    Map.of("end", "no", "edge", "no", "strict", "class", "classdef", "graph")));
    List<Chart> charts = new ArrayList<>();
    for (boolean expand : new boolean[] {false, true}) {
      charts.add(TreeChart.of(flow, new View(expand, Optional.empty(), Optional.empty())));
      charts.add(TreeChart.of(flow, new View(expand, Optional.empty(), Optional.of(walk))));
    }
    List<Node> all = new ArrayList<>(flow.askable());
    all.addAll(flow.questionnaire().outcomes());
    all.forEach(
        n ->
            charts.add(
                TreeChart.of(
                    flow,
                    new View(false, Optional.of(new View.Focus(n.id(), 1)), Optional.empty()))));
    return charts;
  }

  @Test
  void mermaidReadsEveryHostileLabelAsWrittenAndNoIdAsAKeyword() throws Exception {
    MermaidParser.require();
    List<Chart> charts = charts();
    List<String> texts = charts.stream().map(Mermaid::write).toList();
    List<MermaidParser.Parsed> parsed = MermaidParser.parse(texts);
    for (int i = 0; i < charts.size(); i++) {
      Drawn.check(charts.get(i), parsed.get(i), texts.get(i));
    }
    MermaidParser.Vertex end =
        parsed.get(2).vertices().stream()
            .filter(v -> v.id().equals("n_end"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "EMERGENCY RED FLAG: end<br>Is this \"quoted\" [bracketed]<br>{braced} (parened) | piped ; semi<br>"
            + "`ticked` <script>alert('x')</script><br>&amp;\u2026",
        end.text());
  }

  @Test
  void graphvizDrawsEveryHostileLabelAsWrittenAndNoIdAsAKeyword() throws Exception {
    Graphviz.require();
    List<Chart> charts = charts();
    for (Chart chart : charts) {
      String text = Dot.write(chart);
      Drawn.check(chart, Graphviz.draw(text), text);
    }
    Graphviz.Drawing whole = Graphviz.draw(Dot.write(charts.get(2)));
    assertEquals(
        List.of("SOON: linkstyle", "Soon \\ backslash \\N \\G and trailing", "\\"),
        whole.nodes().get("n:linkstyle"));
    assertTrue(whole.nodes().get("n:strict").get(0).equals("strict"));
    assertEquals(
        List.of(
            "strict",
            "Very long \"text\" | ; `x` Very long",
            "\"text\" | ; `x` Very long \"text\" | ;",
            "`x` Very long \"text\" | ; `x` Very",
            "long\u2026"),
        whole.nodes().get("n:strict"));
  }
}
