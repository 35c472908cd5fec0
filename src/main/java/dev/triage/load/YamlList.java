package dev.triage.load;

import dev.triage.model.Pos;
import java.util.List;
import java.util.Objects;

/** A YAML sequence, items in the order written. */
public record YamlList(List<YamlNode> items, Pos pos) implements YamlNode {
  public YamlList {
    items = List.copyOf(items);
    Objects.requireNonNull(pos, "pos");
  }

  @Override
  public String kind() {
    return "a list";
  }
}
