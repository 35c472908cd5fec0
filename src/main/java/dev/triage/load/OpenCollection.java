package dev.triage.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A list or mapping that {@link TreeBuilder} is still reading, with what it needs to finish and to
 * check it.
 */
final class OpenCollection {
  /** Beyond this many keys, duplicates are found by hashing rather than by scanning the keys. */
  private static final int SCAN_LIMIT = 16;

  final int node;
  final boolean mapping;
  final String anchor;

  /**
   * The node numbers of the children so far: a list's items, or a mapping's keys and values in
   * turn.
   */
  int[] children = new int[8];

  int count;
  long weight = 1;
  int height = 1;
  private Map<String, Integer> keys;

  OpenCollection(int node, boolean mapping, String anchor) {
    this.node = node;
    this.mapping = mapping;
    this.anchor = anchor;
  }

  /** Whether the next child of a mapping is a key (rather than the value of the key before it). */
  boolean expectsKey() {
    return mapping && count % 2 == 0;
  }

  void add(int child) {
    if (count == children.length) {
      children = Arrays.copyOf(children, count * 2);
    }
    children[count++] = child;
  }

  /**
   * The key node where {@code key} was first written in this mapping, if it already was; remembers
   * it otherwise.
   */
  OptionalInt firstUse(YamlDocument document, int key) {
    String text = document.text(key);
    if (keys == null) {
      for (int i = 0; i < count; i += 2) {
        if (document.text(children[i]).equals(text)) {
          return OptionalInt.of(children[i]);
        }
      }
      if (count / 2 < SCAN_LIMIT) {
        return OptionalInt.empty();
      }
      keys = new HashMap<>();
      for (int i = 0; i < count; i += 2) {
        keys.putIfAbsent(document.text(children[i]), children[i]);
      }
    }
    Integer first = keys.putIfAbsent(text, key);
    return first == null ? OptionalInt.empty() : OptionalInt.of(first);
  }
}
