package dev.triage.validate;

import dev.triage.diag.Findings;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that no outcome but a red flag's own can be reached before every red flag has been asked,
 * apart from the follow-ups, which are asked only after their parent's "yes" ({@link FollowUps}
 * checks them). Over a topological order, each node gets the set of red flags asked on every route
 * to it (the intersection over the edges into it; nodes share one set until they differ, so a
 * well-formed screen costs one set in all). An outcome missing a flag is then explained by one
 * breadth-first search per missing flag that avoids the flag: it yields a route that skips the
 * flag, and the edge to blame, which is where the route turns away from the flag for good (its last
 * chance to reach it), or, when no node on the route could reach the flag, where it leaves the
 * screen before the flag's turn.
 */
final class RedFlagsFirst {
  private final Graph graph;
  private final Findings findings;
  private final int entry;

  private RedFlagsFirst(Graph graph, Findings findings) {
    this.graph = graph;
    this.findings = findings;
    this.entry = graph.entry();
  }

  static void check(Graph graph, Cycles.Order order, boolean[] reached, Findings findings) {
    if (graph.redFlags > 0 && graph.entry() == 0) {
      new RedFlagsFirst(graph, findings).run(order, reached);
    }
  }

  private void run(Cycles.Order order, boolean[] reached) {
    BitSet[] asked = askedOnEveryRoute(order);
    boolean[] redFlagOutcome = new boolean[graph.size()];
    for (int f = 0; f < graph.redFlags; f++) {
      int o = graph.edgeTarget[graph.edgeStart[f]];
      if (o >= 0 && graph.isOutcome(o)) {
        redFlagOutcome[o] = true;
      }
    }
    // The first flag each offending outcome misses; one search per such flag explains all of them.
    Map<Integer, List<Integer>> byMissingFlag = new TreeMap<>();
    for (int o = graph.firstOutcome; o < graph.size(); o++) {
      if (reached[o] && asked[o] != null && !redFlagOutcome[o]) {
        int missing = asked[o].nextClearBit(0);
        if (missing < graph.redFlags) {
          byMissingFlag.computeIfAbsent(missing, k -> new ArrayList<>()).add(o);
        }
      }
    }
    byMissingFlag.forEach(this::explain);
  }

  private BitSet[] askedOnEveryRoute(Cycles.Order order) {
    int n = graph.size();
    BitSet[] asked = new BitSet[n];
    boolean[] own = new boolean[n];
    // The follow-ups count as asked from the start: no route needs them, so no route can miss them.
    asked[entry] = new BitSet(graph.redFlags);
    for (int f = 0; f < graph.redFlags; f++) {
      asked[entry].set(f, graph.followUp[f]);
    }
    for (int v : order.topological()) {
      if (asked[v] == null) {
        continue;
      }
      BitSet out = asked[v];
      if (graph.isRedFlag(v) && !out.get(v)) {
        out = (BitSet) out.clone();
        out.set(v);
      }
      for (int e = graph.edgeStart[v]; e < graph.edgeStart[v + 1]; e++) {
        int w = graph.edgeTarget[e];
        if (w < 0 || order.closesCycle()[e]) {
          continue;
        }
        if (asked[w] == null) {
          asked[w] = out;
        } else if (!sameSet(asked[w], out) && !subset(asked[w], out)) {
          if (!own[w]) {
            asked[w] = (BitSet) asked[w].clone();
            own[w] = true;
          }
          asked[w].and(out);
        }
      }
    }
    return asked;
  }

  private static boolean subset(BitSet a, BitSet b) {
    for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
      if (!b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Searches from the entry without passing {@code flag}, and reports each edge to blame once, with
   * an outcome.
   */
  private void explain(int flag, List<Integer> outcomes) {
    int n = graph.size();
    boolean[] reaches = graph.reaching(flag);
    int[] parent = new int[n];
    // Along a route, "can still reach the flag" turns false at most once and stays false: the edge
    // where it turns
    // is the one to blame. If it never turns, no node on the route could reach the flag at all:
    // blame the last edge out
    // of a red flag listed before it (the entry is the first red flag, so every route has one).
    int[] turn = new int[n];
    int[] leave = new int[n];
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    queue[tail++] = entry;
    seen[entry] = true;
    seen[flag] = true;
    parent[entry] = -1;
    turn[entry] = -1;
    leave[entry] = -1;
    while (head < tail) {
      int v = queue[head++];
      for (int e = graph.edgeStart[v]; e < graph.edgeStart[v + 1]; e++) {
        int w = graph.edgeTarget[e];
        if (w >= 0 && !seen[w]) {
          seen[w] = true;
          parent[w] = v;
          turn[w] = reaches[v] && !reaches[w] ? e : turn[v];
          leave[w] = graph.isRedFlag(v) && v < flag ? e : leave[v];
          queue[tail++] = w;
        }
      }
    }
    Map<Integer, List<Integer>> byEdge = new LinkedHashMap<>();
    for (int o : outcomes) {
      if (seen[o]) {
        byEdge.computeIfAbsent(turn[o] >= 0 ? turn[o] : leave[o], k -> new ArrayList<>()).add(o);
      }
    }
    byEdge.forEach((edge, reachedOutcomes) -> report(edge, reachedOutcomes, parent));
  }

  private void report(int edge, List<Integer> outcomes, int[] parent) {
    int o = outcomes.get(0);
    List<String> route = new ArrayList<>();
    boolean[] onRoute = new boolean[graph.redFlags];
    for (int v = o; v >= 0; v = parent[v]) {
      route.add(graph.id(v));
      if (graph.isRedFlag(v)) {
        onRoute[v] = true;
      }
    }
    Collections.reverse(route);
    List<String> skipped = new ArrayList<>();
    for (int f = 0; f < graph.redFlags; f++) {
      if (!onRoute[f] && !graph.followUp[f]) {
        skipped.add(graph.id(f));
      }
    }
    String others =
        outcomes.size() == 1
            ? ""
            : " (and so can "
                + (outcomes.size() - 1)
                + " other outcome"
                + (outcomes.size() == 2 ? "" : "s")
                + ")";
    findings.error(
        graph.edgePos(graph.edgeSource(edge), edge),
        "outcome '"
            + graph.id(o)
            + "' can be reached without asking "
            + flags(skipped)
            + ": "
            + Paths.format(route)
            + others);
  }

  private static String flags(List<String> ids) {
    if (ids.size() == 1) {
      return "red flag '" + ids.get(0) + "'";
    }
    return "red flags '"
        + String.join("', '", ids.subList(0, ids.size() - 1))
        + "' and '"
        + ids.get(ids.size() - 1)
        + "'";
  }

  /**
   * Whether two nodes still share one set object: sets are shared until they differ, so this is the
   * cheap test that skips most comparisons, and identity is what it asks.
   */
  @SuppressWarnings("ReferenceEquality")
  private static boolean sameSet(BitSet a, BitSet b) {
    return a == b;
  }
}
