package dev.triage.graph;

import dev.triage.engine.Walk;
import java.util.Objects;
import java.util.Optional;

/**
 * What part of a questionnaire to draw, and how.
 *
 * @param expandRedFlags draw every red flag, rather than the screen as one box
 * @param focus draw only a node and what leads to and from it
 * @param walk a walk whose path is highlighted, the rest dimmed
 */
public record View(boolean expandRedFlags, Optional<Focus> focus, Optional<Walk> walk) {
  public View {
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(walk, "walk");
  }

  /** The whole questionnaire, red flags collapsed, no path. */
  public static View whole() {
    return new View(false, Optional.empty(), Optional.empty());
  }

  /**
   * A red flag, question or outcome, and the nodes up to {@code depth} steps before and after it.
   *
   * @param depth 1 or more
   */
  public record Focus(String id, int depth) {
    public Focus {
      Objects.requireNonNull(id, "id");
      if (depth < 1) {
        throw new IllegalArgumentException("depth must be 1 or more: " + depth);
      }
    }
  }
}
