package dev.triage.validate;

import dev.triage.diag.Findings;

/**
 * Finds every cycle with one iterative depth-first search (no recursion, so a chain of any length
 * is safe), and orders the nodes so that every edge not closing a cycle runs forwards: a
 * topological order of the rest of the graph.
 */
final class Cycles {
  private static final int NEW = 0;
  private static final int OPEN = 1;
  private static final int DONE = 2;

  /**
   * The result: nodes in topological order, and which edges close a cycle (left out of that order).
   */
  // Arrays, not lists: the graph's passes index them by node and edge number. Handed from one pass
  // to the next and
  // never compared, so the identity equals of an array component does no harm.
  @SuppressWarnings("ArrayRecordComponent")
  record Order(int[] topological, boolean[] closesCycle) {}

  private Cycles() {}

  static Order check(Graph graph, Findings findings) {
    int n = graph.size();
    byte[] state = new byte[n];
    int[] cursor = new int[n];
    int[] stack = new int[n];
    int[] depth = new int[n];
    int[] postorder = new int[n];
    int done = 0;
    boolean[] closes = new boolean[graph.edgeTarget.length];
    // Start from the entry so a cycle prints in the order a walk would meet it.
    int entry = graph.entry();
    for (int i = -1; i < n; i++) {
      int root = i < 0 ? entry : i;
      if (root < 0 || state[root] != NEW) {
        continue;
      }
      int top = 0;
      stack[0] = root;
      state[root] = OPEN;
      cursor[root] = graph.edgeStart[root];
      while (top >= 0) {
        int v = stack[top];
        if (cursor[v] == graph.edgeStart[v + 1]) {
          state[v] = DONE;
          postorder[done++] = v;
          top--;
          continue;
        }
        int e = cursor[v]++;
        int w = graph.edgeTarget[e];
        if (w < 0 || state[w] == DONE) {
          continue;
        }
        if (state[w] == OPEN) {
          closes[e] = true;
          report(graph, findings, stack, depth[w], top, v, e);
          continue;
        }
        state[w] = OPEN;
        cursor[w] = graph.edgeStart[w];
        stack[++top] = w;
        depth[w] = top;
      }
    }
    int[] topological = new int[n];
    for (int i = 0; i < n; i++) {
      topological[i] = postorder[n - 1 - i];
    }
    return new Order(topological, closes);
  }

  private static void report(
      Graph graph, Findings findings, int[] stack, int from, int to, int v, int edge) {
    int length = to - from + 2;
    String route = Paths.format(length, i -> graph.id(stack[i == length - 1 ? from : from + i]));
    findings.error(
        graph.edgePos(v, edge), "cycle: " + route + "; every route must end at an outcome");
  }
}
