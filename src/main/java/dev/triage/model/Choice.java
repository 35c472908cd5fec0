package dev.triage.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One answer to a question and where it leads.
 *
 * @param reason when present, the plain-language reason this answer adds to the result ("you feel
 *     it at the sit bone")
 */
public record Choice(String id, Pos pos, String label, Optional<String> reason, Ref next) {
  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(next, "next");
  }
}
