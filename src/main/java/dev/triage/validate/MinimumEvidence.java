package dev.triage.validate;

import dev.triage.diag.Findings;
import dev.triage.model.Asked;
import dev.triage.model.Choice;
import dev.triage.model.NotSure;
import dev.triage.model.Outcome;
import dev.triage.model.Tier;
import java.util.List;

/**
 * Minimum evidence for self-care: no self-care outcome may be reachable by a route on which no
 * answer gives positive evidence. An answer gives evidence when it is a choice with a {@code
 * reason} (the result then says why it is there); "not sure" never does, whatever it is treated as
 * or whatever reason it gives, and neither does a choice without a reason, such as a red flag's
 * "no". So a person who answers only "no" and "not sure" cannot be told a likely source and sent
 * home to look after it.
 *
 * <p>The rule applies to every questionnaire: one whose questions give no reasons at all records no
 * evidence anywhere, and then every self-care outcome it can reach is reported, which is the point.
 *
 * <p>One breadth-first search from the first node over the answers without evidence finds every
 * node such a route reaches, each with its shortest route; so the rule takes time in proportion to
 * the questionnaire's size. Each report prints at most {@link Paths#LONGEST} steps, found from a
 * few remembered nodes rather than by walking the whole route, so reporting is linear too.
 */
final class MinimumEvidence {
  private final Graph graph;
  private final int[] parent;

  /** The answer given at the parent that leads here. */
  private final String[] answer;

  private final int[] depth;

  /**
   * How many red flags begin the route (all answered without evidence); they are summarised, not
   * listed.
   */
  private final int[] lead;

  /**
   * The node at position {@code lead + END} of the route, or the node itself when the route is
   * shorter.
   */
  private final int[] cut;

  private MinimumEvidence(Graph graph) {
    this.graph = graph;
    int n = graph.size();
    parent = new int[n];
    answer = new String[n];
    depth = new int[n];
    lead = new int[n];
    cut = new int[n];
  }

  static void check(Graph graph, Findings findings) {
    int entry = graph.entry();
    if (entry >= 0) {
      new MinimumEvidence(graph).run(entry, findings);
    }
  }

  private void run(int entry, Findings findings) {
    boolean[] seen = search(entry);
    for (int o = graph.firstOutcome; o < graph.size(); o++) {
      if (seen[o]
          && graph.named(o)
          && graph.nodes[o] instanceof Outcome outcome
          && outcome.tier() == Tier.SELF_CARE) {
        findings.warning(
            outcome.pos(),
            "self-care outcome '"
                + outcome.id()
                + "' can be reached with no answer that"
                + " gives evidence for it (no choice with a reason; \"not sure\" never counts): "
                + route(o)
                + "; send such a route to an outcome that is not self-care, or ask there a question whose answer"
                + " supports this one");
      }
    }
  }

  private boolean[] search(int entry) {
    int n = graph.size();
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    seen[entry] = true;
    parent[entry] = -1;
    cut[entry] = entry;
    queue[tail++] = entry;
    while (head < tail) {
      int v = queue[head++];
      if (!(graph.nodes[v] instanceof Asked asked)) {
        continue;
      }
      List<Choice> choices = asked.choices();
      int first = graph.edgeStart[v];
      for (int k = 0; k < choices.size(); k++) {
        if (choices.get(k).reason().isEmpty()) {
          tail = visit(v, graph.edgeTarget[first + k], choices.get(k).id(), seen, queue, tail);
        }
      }
      if (asked.notSure().isPresent()) {
        NotSure notSure = asked.notSure().get();
        int target =
            notSure.next().isPresent()
                ? graph.edgeTarget[first + choices.size()]
                : treated(asked, first);
        tail = visit(v, target, NotSure.ID, seen, queue, tail);
      }
    }
    return seen;
  }

  /** Where "not sure" taken as one of the choices leads, or -1 when it names none. */
  private int treated(Asked asked, int first) {
    String id = asked.notSure().flatMap(NotSure::treatAs).orElse("");
    List<Choice> choices = asked.choices();
    for (int k = 0; k < choices.size(); k++) {
      if (choices.get(k).id().equals(id)) {
        return graph.edgeTarget[first + k];
      }
    }
    return -1;
  }

  private int visit(int v, int w, String given, boolean[] seen, int[] queue, int tail) {
    if (w < 0 || seen[w]) {
      return tail;
    }
    seen[w] = true;
    parent[w] = v;
    answer[w] = given;
    depth[w] = depth[v] + 1;
    lead[w] = graph.isRedFlag(v) && lead[v] == depth[v] ? depth[w] : lead[v];
    cut[w] = depth[w] <= lead[w] + Paths.END ? w : cut[v];
    queue[tail++] = w;
    return tail;
  }

  /**
   * The route to {@code o}: its leading red flags summarised, then each question with its answer,
   * then {@code o}.
   */
  private String route(int o) {
    int length = depth[o] - lead[o] + 1;
    String listed;
    if (length <= Paths.LONGEST) {
      String[] all = ending(o, length);
      listed = Paths.format(length, i -> all[i]);
    } else {
      String[] head = answersBefore(cut[o], Paths.END);
      String[] tail = ending(o, Paths.END);
      listed = Paths.format(length, i -> i < Paths.END ? head[i] : tail[i - (length - Paths.END)]);
    }
    int flags = lead[o];
    return flags == 0
        ? listed
        : "the red-flag screen ("
            + flags
            + " red flag"
            + (flags == 1 ? "" : "s")
            + ", none answered yes), then "
            + listed;
  }

  /**
   * The last {@code count} steps of the route to outcome {@code o}: the answers before it, then its
   * id.
   */
  private String[] ending(int o, int count) {
    String[] out = new String[count];
    System.arraycopy(answersBefore(o, count - 1), 0, out, 0, count - 1);
    out[count - 1] = graph.id(o);
    return out;
  }

  /**
   * The {@code count} steps before {@code child} on its route, in order, each as {@code
   * question=answer}.
   */
  private String[] answersBefore(int child, int count) {
    String[] out = new String[count];
    int c = child;
    for (int i = count - 1; i >= 0; i--) {
      int p = parent[c];
      out[i] = graph.id(p) + "=" + answer[c];
      c = p;
    }
    return out;
  }
}
