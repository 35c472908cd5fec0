package dev.triage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.graph.Chart.Arrow;
import dev.triage.graph.Chart.Box;
import dev.triage.graph.Chart.Mark;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that what a real tool read from a chart's text is the chart: every box, arrow and label,
 * as written.
 */
final class Drawn {
  private Drawn() {}

  /**
   * Mermaid read every box with its id, label, shape and classes, and every arrow with its ends and
   * label.
   */
  static void check(Chart chart, MermaidParser.Parsed parsed, String text) {
    assertTrue(parsed.ok(), parsed.error() + "\n" + text);
    assertEquals("flowchart-v2", parsed.type());
    Map<String, String> expected = new LinkedHashMap<>();
    Map<String, List<String>> classes = new LinkedHashMap<>();
    for (Box b : chart.boxes()) {
      expected.put(Mermaid.id(b.key()), String.join("<br>", b.lines()) + " [" + shape(b) + "]");
      List<String> c = new ArrayList<>();
      if (b.mark() != Mark.OFF) {
        b.tier().ifPresent(t -> c.add(Mermaid.styleOf(t)));
      }
      if (b.mark() != Mark.NONE) {
        c.add(b.mark() == Mark.ON ? "path" : "dim");
      }
      classes.put(Mermaid.id(b.key()), c);
    }
    Map<String, String> actual = new LinkedHashMap<>();
    Map<String, List<String>> actualClasses = new LinkedHashMap<>();
    parsed
        .vertices()
        .forEach(
            v -> {
              actual.put(v.id(), v.text() + " [" + v.type() + "]");
              actualClasses.put(v.id(), v.classes().stream().sorted().toList());
            });
    assertEquals(expected, actual, text);
    classes.replaceAll((k, v) -> v.stream().sorted().toList());
    assertEquals(classes, actualClasses, text);
    List<String> arrows =
        chart.arrows().stream()
            .map(a -> Mermaid.id(a.from()) + " -> " + Mermaid.id(a.to()) + " : " + a.label())
            .toList();
    List<String> edges =
        parsed.edges().stream().map(e -> e.start() + " -> " + e.end() + " : " + e.text()).toList();
    assertEquals(arrows, edges, text);
  }

  private static String shape(Box b) {
    return switch (b.kind()) {
      case SCREEN -> "subroutine";
      case RED_FLAG -> "hexagon";
      case QUESTION -> "square";
      case OUTCOME -> "stadium";
    };
  }

  /**
   * Graphviz drew every box with its id and label lines, and every arrow with its ends and label.
   */
  static void check(Chart chart, Graphviz.Drawing drawing, String text) {
    Map<String, List<String>> nodes = new LinkedHashMap<>();
    chart.boxes().forEach(b -> nodes.put(unquote(Dot.id(b.key())), b.lines()));
    assertEquals(nodes, drawing.nodes(), text);
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Arrow a : chart.arrows()) {
      edges.put(
          unquote(Dot.id(a.from())) + "->" + unquote(Dot.id(a.to())),
          a.label().isEmpty() ? List.of() : List.of(a.label()));
    }
    assertEquals(edges, drawing.edges(), text);
  }

  private static String unquote(String quoted) {
    return quoted.substring(1, quoted.length() - 1);
  }
}
