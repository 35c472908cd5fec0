package dev.triage.load;

import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML sequence, items in the order written. A view onto its {@link YamlDocument}: items are made
 * when asked for, and two views of one node are equal.
 */
public final class YamlList implements YamlNode {
  private final YamlDocument document;
  private final int node;

  YamlList(YamlDocument document, int node) {
    this.document = document;
    this.node = node;
  }

  /** The items in the order written. */
  public List<YamlNode> items() {
    int count = document.childCount(node);
    List<YamlNode> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(document.node(document.child(node, i)));
    }
    return List.copyOf(items);
  }

  @Override
  public Pos pos() {
    return new Pos(document.line(node), document.column(node));
  }

  @Override
  public String kind() {
    return "a list";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YamlList l && l.document == document && l.node == node;
  }

  @Override
  public int hashCode() {
    return node;
  }

  @Override
  public String toString() {
    return "YamlList" + items();
  }
}
