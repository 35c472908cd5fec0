package dev.triage.load;

import dev.triage.model.Pos;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A YAML mapping, entries in the order written; {@link SafeYaml} guarantees its keys are text and unique. */
public record YamlMap(List<Entry> entries, Pos pos) implements YamlNode {
  /** One {@code key: value} pair; the key's position is where the key is written. */
  public record Entry(YamlScalar key, YamlNode value) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  public YamlMap {
    entries = List.copyOf(entries);
    Objects.requireNonNull(pos, "pos");
  }

  /** The entry whose key is exactly {@code key} (case matters). */
  public Optional<Entry> entry(String key) {
    for (Entry e : entries) {
      if (e.key().value().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The value written for exactly {@code key} (case matters); a null value is present, as a null scalar. */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  @Override
  public String kind() {
    return "a mapping";
  }
}
