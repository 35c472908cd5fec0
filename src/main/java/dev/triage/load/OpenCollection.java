package dev.triage.load;

import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A list or mapping that {@link TreeBuilder} is still reading, with what it needs to finish and to check it. */
final class OpenCollection {
  /** Beyond this many keys, duplicates are found by hashing rather than by scanning the entries. */
  private static final int SCAN_LIMIT = 16;

  final boolean mapping;
  final Pos pos;
  final String anchor;
  final List<YamlNode> items = new ArrayList<>();
  final List<YamlMap.Entry> entries = new ArrayList<>();
  Map<String, Pos> keys;
  YamlScalar pendingKey;
  long weight = 1;
  int height = 1;

  OpenCollection(boolean mapping, Pos pos, String anchor) {
    this.mapping = mapping;
    this.pos = pos;
    this.anchor = anchor;
  }

  /** Where {@code key} was first written in this mapping, if it already was; remembers it otherwise. */
  Optional<Pos> firstUse(YamlScalar key) {
    if (keys == null) {
      for (YamlMap.Entry e : entries) {
        if (e.key().value().equals(key.value())) {
          return Optional.of(e.key().pos());
        }
      }
      if (entries.size() < SCAN_LIMIT) {
        return Optional.empty();
      }
      keys = new HashMap<>();
      for (YamlMap.Entry e : entries) {
        keys.putIfAbsent(e.key().value(), e.key().pos());
      }
    }
    return Optional.ofNullable(keys.putIfAbsent(key.value(), key.pos()));
  }
}
