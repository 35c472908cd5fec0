package dev.triage.graph;

import dev.triage.cases.Case;
import dev.triage.cases.CaseFile;
import dev.triage.diag.SourceText;
import dev.triage.engine.Answer;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundled questionnaire drawn as the real tools read it: whole, with red flags expanded,
 * focused on each node, and with the path of each case of its case file highlighted; Mermaid's
 * parser and Graphviz's dot must accept each and read back every box, arrow and label as the chart
 * holds them.
 */
class BundledChartsTest {
  private record Named(String name, Chart chart) {}

  /**
   * The charts: whole, expanded, focused on each node, and one case's path for each outcome its
   * case file reaches (with red flags expanded too for the first case of each tier). Every case
   * would take Mermaid minutes on a busy machine; these cover every way a walk can end.
   */
  private static List<Named> charts() throws Exception {
    List<Named> charts = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("questionnaires"))) {
      files =
          list.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".cases.yaml"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      Flow flow = Flow.of(QuestionnaireLoader.load(file, name).questionnaire());
      charts.add(new Named(name + " whole", TreeChart.of(flow, View.whole())));
      charts.add(
          new Named(
              name + " expanded",
              TreeChart.of(flow, new View(true, Optional.empty(), Optional.empty()))));
      List<Node> all = new ArrayList<>(flow.askable());
      all.addAll(flow.questionnaire().outcomes());
      for (Node n : all) {
        charts.add(
            new Named(
                name + " focus " + n.id(),
                TreeChart.of(
                    flow,
                    new View(false, Optional.of(new View.Focus(n.id(), 1)), Optional.empty()))));
      }
      Path cases = file.resolveSibling(name.replace(".yaml", ".cases.yaml"));
      CaseFile caseFile = CaseFile.parse(new SourceText(cases.toString(), Files.readString(cases)));
      Set<String> outcomes = new HashSet<>();
      Set<Object> tiers = new HashSet<>();
      CaseFile.Suite suite = caseFile.against(flow);
      for (Case c : suite.cases()) {
        if (!outcomes.add(c.outcome())) {
          continue;
        }
        Map<String, Answer> answers = new LinkedHashMap<>(suite.defaults());
        answers.putAll(c.answers());
        Walk walk = Walk.start(flow).replay(answers);
        charts.add(
            new Named(
                name + " case " + c.name(),
                TreeChart.of(flow, new View(false, Optional.empty(), Optional.of(walk)))));
        if (tiers.add(walk.result().orElseThrow().outcome().tier())) {
          charts.add(
              new Named(
                  name + " expanded case " + c.name(),
                  TreeChart.of(flow, new View(true, Optional.empty(), Optional.of(walk)))));
        }
      }
    }
    return charts;
  }

  @Test
  void mermaidReadsEveryChartOfEveryBundledQuestionnaireAsDrawn() throws Exception {
    MermaidParser.require();
    List<Named> charts = charts();
    List<String> texts = charts.stream().map(n -> Mermaid.write(n.chart())).toList();
    List<MermaidParser.Parsed> parsed = MermaidParser.parse(texts);
    for (int i = 0; i < charts.size(); i++) {
      Drawn.check(
          charts.get(i).chart(), parsed.get(i), charts.get(i).name() + ":\n" + texts.get(i));
    }
  }

  @Test
  void graphvizDrawsEveryChartOfEveryBundledQuestionnaireAsWritten() throws Exception {
    Graphviz.require();
    for (Named n : charts()) {
      String text = Dot.write(n.chart());
      Drawn.check(n.chart(), Graphviz.draw(text), n.name() + ":\n" + text);
    }
  }
}
