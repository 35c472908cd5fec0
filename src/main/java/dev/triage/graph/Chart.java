package dev.triage.graph;

import dev.triage.model.Tier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire, or the part of it to draw, as boxes and arrows, whatever the format it is
 * written in: each box's label as plain lines (the writers escape them), each outcome's tier, and
 * whether each box and arrow is on a walk's path. Mermaid and Graphviz DOT are two writings of one
 * chart, so they cannot disagree.
 */
public record Chart(String questionnaire, List<Box> boxes, List<Arrow> arrows) {
  /**
   * The key of the collapsed red-flag screen: not an id, so it can never be the key of another box.
   */
  public static final String SCREEN = "(red-flag screen)";

  public Chart {
    Objects.requireNonNull(questionnaire, "questionnaire");
    boxes = List.copyOf(boxes);
    arrows = List.copyOf(arrows);
  }

  /** What a box stands for, which decides its shape. */
  public enum Kind {
    /** The red flags collapsed into one box. */
    SCREEN,
    RED_FLAG,
    QUESTION,
    OUTCOME
  }

  /**
   * Whether a box or arrow is on the path walked: no path was given, on it, or off it (drawn
   * dimmed).
   */
  public enum Mark {
    NONE,
    ON,
    OFF
  }

  /**
   * One box.
   *
   * @param key the id of the red flag, question or outcome, or {@link #SCREEN}
   * @param lines the label, first line first, as plain text
   * @param tier for an outcome, how soon to act
   */
  public record Box(String key, Kind kind, List<String> lines, Optional<Tier> tier, Mark mark) {
    public Box {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(kind, "kind");
      lines = List.copyOf(lines);
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(mark, "mark");
    }
  }

  /** One arrow between two boxes, by key, with the answers it stands for as its label. */
  public record Arrow(String from, String to, String label, Mark mark) {
    public Arrow {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(mark, "mark");
    }
  }

  /** Whether a path is drawn: then every box and arrow is either on it or dimmed. */
  public boolean hasPath() {
    return boxes.stream().anyMatch(b -> b.mark() != Mark.NONE);
  }
}
