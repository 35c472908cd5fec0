package dev.triage.load;

import dev.triage.model.Pos;

/**
 * A node of a parsed YAML document with its 1-based position, so nothing outside this package sees
 * SnakeYAML types. Trees come from {@link SafeYaml#parse}, which guarantees they are finite,
 * acyclic and at most {@link SafeYaml#MAX_DEPTH} collections deep, so recursive walks are safe.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
  /** Where the node starts: its first character, or its anchor when it has one. */
  Pos pos();

  /**
   * What the node is, in words for messages: "a mapping", "a list", "text" or "nothing" (a null).
   */
  String kind();
}
