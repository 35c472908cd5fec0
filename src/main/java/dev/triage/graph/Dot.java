package dev.triage.graph;

import dev.triage.graph.Chart.Arrow;
import dev.triage.graph.Chart.Box;
import dev.triage.graph.Chart.Mark;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link Chart} as a Graphviz DOT digraph. Every id and label is a quoted string, so an id
 * such as {@code node}, {@code edge} or {@code strict} is never a keyword; in labels a backslash is
 * doubled (so no {@code \N} or {@code \G} is replaced by a name) and an ampersand written as the
 * entity for one, {@code &} followed by {@code amp;} (so no entity is decoded).
 */
public final class Dot {
  private Dot() {}

  /** The chart as a DOT digraph, top to bottom, ending with a line break. */
  public static String write(Chart chart) {
    StringBuilder out = new StringBuilder();
    out.append("digraph ")
        .append(quote(chart.questionnaire()))
        .append(" {\n")
        .append("  graph [rankdir=TB, fontname=\"Helvetica\"];\n")
        .append(
            "  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded,filled\","
                + " fillcolor=\"#ffffff\"];\n")
        .append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (Box box : chart.boxes()) {
      out.append("  ")
          .append(id(box.key()))
          .append(" [")
          .append(String.join(", ", attributes(box)))
          .append("];\n");
    }
    for (Arrow a : chart.arrows()) {
      out.append("  ").append(id(a.from())).append(" -> ").append(id(a.to()));
      List<String> attrs = new ArrayList<>();
      if (!a.label().isEmpty()) {
        attrs.add("label=" + quote(a.label()));
      }
      if (a.mark() == Mark.ON) {
        attrs.add("penwidth=3");
      } else if (a.mark() == Mark.OFF) {
        attrs.add("color=\"#bdbdbd\", fontcolor=\"#9e9e9e\"");
      }
      if (!attrs.isEmpty()) {
        out.append(" [").append(String.join(", ", attrs)).append(']');
      }
      out.append(";\n");
    }
    return out.append("}\n").toString();
  }

  private static List<String> attributes(Box box) {
    List<String> attrs = new ArrayList<>();
    attrs.add("label=" + quote(String.join("\n", box.lines())));
    attrs.add(
        switch (box.kind()) {
          case SCREEN -> "shape=box3d, style=filled";
          case RED_FLAG -> "shape=hexagon, style=filled";
          case QUESTION -> "shape=box";
          case OUTCOME -> "shape=box, style=\"rounded,filled,bold\"";
        });
    if (box.mark() == Mark.OFF) {
      attrs.add("color=\"#bdbdbd\", fontcolor=\"#9e9e9e\", fillcolor=\"#f5f5f5\"");
      return attrs;
    }
    box.tier().ifPresent(t -> attrs.add(tier(t)));
    if (box.mark() == Mark.ON) {
      attrs.add("penwidth=4");
    }
    return attrs;
  }

  /**
   * The fill and outline of an outcome's tier; its label says the tier too, so nothing relies on
   * colour.
   */
  private static String tier(Tier tier) {
    return switch (tier) {
      case EMERGENCY -> "fillcolor=\"#ffcdd2\", color=\"#b71c1c\", penwidth=3";
      case URGENT -> "fillcolor=\"#ffe0b2\", color=\"#e65100\", penwidth=2";
      case SOON -> "fillcolor=\"#fff9c4\", color=\"#f57f17\"";
      case SELF_CARE -> "fillcolor=\"#c8e6c9\", color=\"#1b5e20\"";
    };
  }

  /** A node id, quoted: the screen's, or the questionnaire's id after {@code n:}. */
  static String id(String key) {
    return quote(key.equals(Chart.SCREEN) ? "screen" : "n:" + key);
  }

  /**
   * A DOT quoted string; a line break in it is written as DOT's {@code \n}, which centres the line.
   */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '&' -> out.append("&amp;");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
