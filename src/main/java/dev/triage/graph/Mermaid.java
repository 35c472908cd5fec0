package dev.triage.graph;

import dev.triage.graph.Chart.Arrow;
import dev.triage.graph.Chart.Box;
import dev.triage.graph.Chart.Mark;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Chart} as a Mermaid flowchart. Node ids are made, never written as the
 * questionnaire spells them ({@code n_} and the id with hyphens as underscores), so an id such as
 * {@code end} or {@code graph} cannot be read as a keyword; every label is quoted, and each
 * character Mermaid could read as markup, an entity or the end of the label is written as an entity
 * ({@code #34;}), so a label reads as the text it is.
 */
public final class Mermaid {
  /**
   * Styles by tier; the tier is also the first word of every outcome's label, so nothing relies on
   * colour.
   */
  private static final Map<String, String> STYLES = new LinkedHashMap<>();

  static {
    STYLES.put("emergency", "fill:#ffcdd2,stroke:#b71c1c,stroke-width:4px,color:#000");
    STYLES.put("urgent", "fill:#ffe0b2,stroke:#e65100,stroke-width:3px,color:#000");
    STYLES.put("soon", "fill:#fff9c4,stroke:#f57f17,stroke-width:2px,color:#000");
    STYLES.put("selfcare", "fill:#c8e6c9,stroke:#1b5e20,stroke-width:1px,color:#000");
    STYLES.put("path", "stroke:#000,stroke-width:4px");
    STYLES.put("dim", "fill:#f5f5f5,stroke:#bdbdbd,color:#9e9e9e");
  }

  private Mermaid() {}

  /** The chart as a Mermaid flowchart, top to bottom, ending with a line break. */
  public static String write(Chart chart) {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    Map<String, List<String>> classes = new LinkedHashMap<>();
    STYLES.keySet().forEach(k -> classes.put(k, new ArrayList<>()));
    for (Box box : chart.boxes()) {
      out.append("  ").append(id(box.key())).append(shape(box)).append('\n');
      if (box.mark() != Mark.OFF) {
        box.tier().ifPresent(t -> classes.get(styleOf(t)).add(id(box.key())));
      }
      if (box.mark() != Mark.NONE) {
        classes.get(box.mark() == Mark.ON ? "path" : "dim").add(id(box.key()));
      }
    }
    List<String> on = new ArrayList<>();
    List<String> off = new ArrayList<>();
    for (int i = 0; i < chart.arrows().size(); i++) {
      Arrow a = chart.arrows().get(i);
      out.append("  ").append(id(a.from())).append(" -->");
      if (!a.label().isEmpty()) {
        out.append("|\"").append(text(a.label())).append("\"|");
      }
      out.append(' ').append(id(a.to())).append('\n');
      if (a.mark() != Mark.NONE) {
        (a.mark() == Mark.ON ? on : off).add(Integer.toString(i));
      }
    }
    classes.forEach(
        (name, ids) -> {
          if (!ids.isEmpty()) {
            out.append("  classDef ")
                .append(name)
                .append(' ')
                .append(STYLES.get(name))
                .append('\n');
            out.append("  class ")
                .append(String.join(",", ids))
                .append(' ')
                .append(name)
                .append('\n');
          }
        });
    if (!on.isEmpty()) {
      out.append("  linkStyle ")
          .append(String.join(",", on))
          .append(" stroke:#000,stroke-width:4px\n");
    }
    if (!off.isEmpty()) {
      out.append("  linkStyle ").append(String.join(",", off)).append(" stroke:#bdbdbd\n");
    }
    return out.toString();
  }

  /** The Mermaid class of a tier: {@code self-care} has a hyphen, which a class name may not. */
  static String styleOf(Tier tier) {
    return tier == Tier.SELF_CARE ? "selfcare" : tier.key();
  }

  /**
   * A node id: the screen's, or one made from the questionnaire's id so that it is never a keyword.
   */
  static String id(String key) {
    return key.equals(Chart.SCREEN) ? "screen" : "n_" + key.replace('-', '_');
  }

  private static String shape(Box box) {
    String label =
        "\"" + String.join("<br/>", box.lines().stream().map(Mermaid::text).toList()) + "\"";
    return switch (box.kind()) {
      case SCREEN -> "[[" + label + "]]";
      case RED_FLAG -> "{{" + label + "}}";
      case QUESTION -> "[" + label + "]";
      case OUTCOME -> "([" + label + "])";
    };
  }

  /**
   * Text inside a quoted label: letters, digits, spaces and plain punctuation as they are; anything
   * else (quotes, {@code #}, {@code &}, {@code <}, backticks, brackets, {@code |}, {@code ;}) as a
   * numeric entity.
   */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              boolean plain =
                  Character.isLetterOrDigit(c) || c == ' ' || ".,:'?!/-+=()".indexOf(c) >= 0;
              if (plain) {
                out.appendCodePoint(c);
              } else {
                out.append('#').append(c).append(';');
              }
            });
    return out.toString();
  }
}
