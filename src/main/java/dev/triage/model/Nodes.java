package dev.triage.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up red flags, questions and outcomes by id; where ids repeat, the first one written wins.
 */
public final class Nodes {
  private final Map<String, Node> byId;

  private Nodes(Map<String, Node> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  public static Nodes of(Questionnaire q) {
    Map<String, Node> map = new LinkedHashMap<>();
    q.redFlags().forEach(n -> map.putIfAbsent(n.id(), n));
    q.questions().forEach(n -> map.putIfAbsent(n.id(), n));
    q.outcomes().forEach(n -> map.putIfAbsent(n.id(), n));
    return new Nodes(map);
  }

  public Optional<Node> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every node, in the order written: red flags, questions, outcomes. */
  public Map<String, Node> all() {
    return byId;
  }
}
