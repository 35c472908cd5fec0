package dev.triage.validate;

import dev.triage.model.Node;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire as a graph over node numbers, built once so every rule runs in linear time: red
 * flags are numbered first (red flag {@code i} is node {@code i}), then questions, then outcomes.
 * Each node's edges (where its answers lead) are kept in compressed rows; references that name
 * nothing are left out, since {@link References} reports them.
 */
final class Graph {
  final Questionnaire questionnaire;
  final Node[] nodes;
  final int redFlags;
  final int firstOutcome;

  /**
   * Node {@code v}'s edges are {@code edgeStart[v]} (inclusive) to {@code edgeStart[v + 1]}
   * (exclusive).
   */
  final int[] edgeStart;

  final int[] edgeTarget;
  final Ref[] edgeRef;

  /** The node that first took each node's id: itself, unless the id repeats an earlier one. */
  final int[] firstWithId;

  /**
   * Whether red flag {@code v} is some red flag's follow-up, asked only after that flag's "yes".
   */
  final boolean[] followUp;

  private final Map<String, Integer> byId;

  /** The edges into each node, in compressed rows like the edges out; built when first needed. */
  private int[] reverseStart;

  private int[] reverseSource;

  private Graph(Questionnaire q) {
    this.questionnaire = q;
    List<Node> all =
        new ArrayList<>(q.redFlags().size() + q.questions().size() + q.outcomes().size());
    all.addAll(q.redFlags());
    all.addAll(q.questions());
    all.addAll(q.outcomes());
    this.nodes = all.toArray(new Node[0]);
    this.redFlags = q.redFlags().size();
    this.firstOutcome = redFlags + q.questions().size();
    this.byId = new HashMap<>(nodes.length * 2);
    this.firstWithId = new int[nodes.length];
    for (int v = 0; v < nodes.length; v++) {
      Integer first = byId.putIfAbsent(nodes[v].id(), v);
      firstWithId[v] = first == null ? v : first;
    }
    this.edgeStart = new int[nodes.length + 1];
    List<Ref> refs = new ArrayList<>();
    for (int v = 0; v < nodes.length; v++) {
      edgeStart[v] = refs.size();
      addEdges(nodes[v], refs);
    }
    edgeStart[nodes.length] = refs.size();
    this.edgeRef = refs.toArray(new Ref[0]);
    this.edgeTarget = new int[edgeRef.length];
    for (int e = 0; e < edgeRef.length; e++) {
      edgeTarget[e] = indexOf(edgeRef[e].id());
    }
    this.followUp = new boolean[redFlags];
    for (RedFlag flag : q.redFlags()) {
      for (Ref ref : flag.followUps()) {
        int v = indexOf(ref.id());
        if (v >= 0 && isRedFlag(v)) {
          followUp[v] = true;
        }
      }
    }
  }

  static Graph of(Questionnaire q) {
    return new Graph(q);
  }

  /** Every place an answer to {@code node} can lead: the walk's edges out of it. */
  private static void addEdges(Node node, List<Ref> into) {
    if (node instanceof RedFlag flag) {
      into.add(flag.onYes());
      into.add(flag.onNo());
      flag.notSure().flatMap(n -> n.next()).ifPresent(into::add);
    } else if (node instanceof Question question) {
      question.choices().forEach(c -> into.add(c.next()));
      question.notSure().flatMap(n -> n.next()).ifPresent(into::add);
    }
  }

  int size() {
    return nodes.length;
  }

  /** The node with this id (the first written, where ids repeat), or -1. */
  int indexOf(String id) {
    Integer v = byId.get(id);
    return v == null ? -1 : v;
  }

  Iterable<String> ids() {
    return byId.keySet();
  }

  /**
   * Whether node {@code v} is the one its id names; a repeated id leaves the later nodes
   * unreachable by name.
   */
  boolean named(int v) {
    return firstWithId[v] == v;
  }

  /**
   * The node the walk starts at, or -1 when {@code start} names nothing and there are no red flags.
   */
  int entry() {
    return indexOf(questionnaire.entry());
  }

  boolean isRedFlag(int v) {
    return v < redFlags;
  }

  boolean isOutcome(int v) {
    return v >= firstOutcome;
  }

  String id(int v) {
    return nodes[v].id();
  }

  /** The node an edge leaves from. */
  int edgeSource(int edge) {
    // The largest node whose edges start at or before this one; nodes without edges share their
    // start with the next.
    int lo = 0;
    int hi = nodes.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (edgeStart[mid] <= edge) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Where to point at an edge: where its reference is written, or its node when the loader supplied
   * it.
   */
  Pos edgePos(int from, int edge) {
    Pos pos = edgeRef[edge].pos();
    return pos.known() ? pos : nodes[from].pos();
  }

  /** Which nodes have a route to {@code target}: one search backwards from it. */
  boolean[] reaching(int target) {
    if (reverseStart == null) {
      reverse();
    }
    boolean[] reaches = new boolean[nodes.length];
    int[] queue = new int[nodes.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = target;
    reaches[target] = true;
    while (head < tail) {
      int w = queue[head++];
      for (int i = reverseStart[w]; i < reverseStart[w + 1]; i++) {
        int v = reverseSource[i];
        if (!reaches[v]) {
          reaches[v] = true;
          queue[tail++] = v;
        }
      }
    }
    return reaches;
  }

  private void reverse() {
    int n = nodes.length;
    reverseStart = new int[n + 1];
    for (int w : edgeTarget) {
      if (w >= 0) {
        reverseStart[w + 1]++;
      }
    }
    for (int v = 0; v < n; v++) {
      reverseStart[v + 1] += reverseStart[v];
    }
    reverseSource = new int[reverseStart[n]];
    int[] fill = reverseStart.clone();
    for (int v = 0; v < n; v++) {
      for (int e = edgeStart[v]; e < edgeStart[v + 1]; e++) {
        if (edgeTarget[e] >= 0) {
          reverseSource[fill[edgeTarget[e]]++] = v;
        }
      }
    }
  }

  static String kind(Node node) {
    if (node instanceof RedFlag) {
      return "red flag";
    }
    return node instanceof Outcome ? "outcome" : "question";
  }
}
