package dev.triage.validate;

import dev.triage.diag.Findings;
import dev.triage.model.Node;

/**
 * Finds what a walk can reach from its entry (one breadth-first search): a red flag or question no
 * walk reaches is an error, since its author meant it to be asked; an outcome no walk reaches is a
 * warning.
 */
final class Reachability {
  private Reachability() {}

  /** Which nodes a walk can reach; all false when the entry names nothing (already an error). */
  static boolean[] check(Graph graph, Findings findings) {
    int n = graph.size();
    boolean[] reached = new boolean[n];
    int entry = graph.entry();
    if (entry < 0) {
      return reached;
    }
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    queue[tail++] = entry;
    reached[entry] = true;
    while (head < tail) {
      int v = queue[head++];
      for (int e = graph.edgeStart[v]; e < graph.edgeStart[v + 1]; e++) {
        int w = graph.edgeTarget[e];
        if (w >= 0 && !reached[w]) {
          reached[w] = true;
          queue[tail++] = w;
        }
      }
    }
    String from = "'" + graph.id(entry) + "'";
    for (int v = 0; v < n; v++) {
      // A repeated id is reported as such; its later nodes can never be named, so saying so again
      // adds nothing.
      if (reached[v] || !graph.named(v)) {
        continue;
      }
      Node node = graph.nodes[v];
      if (graph.isOutcome(v)) {
        findings.warning(
            node.pos(),
            "outcome '" + node.id() + "' is never reached: no route from " + from + " leads to it");
      } else {
        findings.error(
            node.pos(),
            Graph.kind(node)
                + " '"
                + node.id()
                + "' is never asked: no route from "
                + from
                + " leads to it");
      }
    }
    return reached;
  }
}
