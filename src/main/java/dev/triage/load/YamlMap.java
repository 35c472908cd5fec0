package dev.triage.load;

import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML mapping, entries in the order written; {@link SafeYaml} guarantees its keys are text and
 * unique. A view onto its {@link YamlDocument}: entries are made when asked for, and two views of
 * one node are equal.
 */
public final class YamlMap implements YamlNode {
  /** One {@code key: value} pair; the key's position is where the key is written. */
  public record Entry(YamlScalar key, YamlNode value) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  private final YamlDocument document;
  private final int node;

  YamlMap(YamlDocument document, int node) {
    this.document = document;
    this.node = node;
  }

  /** The entries in the order written. */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      entries.add(new Entry(key(i), value(i)));
    }
    return List.copyOf(entries);
  }

  /** The entry whose key is exactly {@code key} (case matters). */
  public Optional<Entry> entry(String key) {
    int i = indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(new Entry(key(i), value(i)));
  }

  /**
   * The value written for exactly {@code key} (case matters); a null value is present, as a null
   * scalar.
   */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  @Override
  public Pos pos() {
    return new Pos(document.line(node), document.column(node));
  }

  @Override
  public String kind() {
    return "a mapping";
  }

  // The loader reads large files through these, which make only what they return.

  /** How many entries. */
  int size() {
    return document.childCount(node) / 2;
  }

  /** Where exactly {@code key} is among the entries, or -1. */
  int indexOf(String key) {
    for (int i = 0; i < size(); i++) {
      if (keyText(i).equals(key)) {
        return i;
      }
    }
    return -1;
  }

  String keyText(int index) {
    return document.text(document.child(node, 2 * index));
  }

  YamlScalar key(int index) {
    return (YamlScalar) document.node(document.child(node, 2 * index));
  }

  YamlNode value(int index) {
    return document.node(document.child(node, 2 * index + 1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YamlMap m && m.document == document && m.node == node;
  }

  @Override
  public int hashCode() {
    return node;
  }

  @Override
  public String toString() {
    return "YamlMap" + entries();
  }
}
