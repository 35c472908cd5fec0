package dev.triage.validate;

import dev.triage.diag.Findings;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the red flags asked only after another flag's "yes": each has one parent, has no
 * follow-ups of its own, is written straight after its parent (so the list reads in the order
 * asked, and the tier order that {@link Content} checks holds along every route), is led to only by
 * its parent's "yes" or the "no" of the follow-up before it, and its "no" goes on where its
 * parent's "no" goes (after the last follow-up) so that the screen goes on before its next flag.
 * Which flags must be asked on every route is {@link RedFlagsFirst}'s business: every flag that is
 * no follow-up.
 */
final class FollowUps {
  private final Graph graph;
  private final Findings findings;

  /**
   * The parent of each red flag that is a follow-up, else -1; and its place in the parent's list.
   */
  private final int[] parent;

  private final int[] place;

  private FollowUps(Graph graph, Findings findings) {
    this.graph = graph;
    this.findings = findings;
    this.parent = new int[graph.redFlags];
    this.place = new int[graph.redFlags];
    Arrays.fill(parent, -1);
  }

  static void check(Graph graph, Findings findings) {
    new FollowUps(graph, findings).run();
  }

  private void run() {
    for (int p = 0; p < graph.redFlags; p++) {
      List<Ref> followUps = flag(p).followUps();
      for (int k = 0; k < followUps.size(); k++) {
        claim(p, k, followUps.get(k));
      }
    }
    for (int v = 0; v < graph.redFlags; v++) {
      if (parent[v] >= 0 && graph.named(v)) {
        checkFollowUp(v);
      }
    }
    for (int u = 0; u < graph.size(); u++) {
      for (int e = graph.edgeStart[u]; e < graph.edgeStart[u + 1]; e++) {
        int v = graph.edgeTarget[e];
        if (v >= 0 && graph.isRedFlag(v) && parent[v] >= 0 && !expectedEdge(u, e, v)) {
          findings.error(
              graph.edgePos(u, e),
              "'"
                  + graph.id(u)
                  + "' leads to red flag '"
                  + graph.id(v)
                  + "', a"
                  + " follow-up of '"
                  + graph.id(parent[v])
                  + "': a follow-up is asked only after its parent's \"yes\","
                  + " so lead here to a red flag that is no follow-up, or to a question");
        }
      }
    }
  }

  /**
   * Records flag {@code p}'s {@code k}-th follow-up, unless another flag (or {@code p} already)
   * claimed it.
   */
  private void claim(int p, int k, Ref ref) {
    int v = graph.indexOf(ref.id());
    if (v < 0 || !graph.isRedFlag(v) || v == p) {
      return; // References reports names that are no red flag; a flag that follows itself is a
      // cycle
    }
    if (parent[v] >= 0) {
      findings.error(
          ref.pos(),
          "red flag '"
              + ref.id()
              + "' is already a follow-up of '"
              + graph.id(parent[v])
              + "' (line "
              + flag(parent[v]).followUps().get(place[v]).pos().line()
              + "): a follow-up has one parent,"
              + " asked once; write a red flag of its own for the other");
      return;
    }
    parent[v] = p;
    place[v] = k;
  }

  private void checkFollowUp(int v) {
    RedFlag flag = flag(v);
    RedFlag from = flag(parent[v]);
    if (flag.hasFollowUps()) {
      findings.error(
          flag.followUps().get(0).pos(),
          "red flag '"
              + flag.id()
              + "' is a follow-up of '"
              + from.id()
              + "', so it cannot have follow-ups of its own: list them all under '"
              + from.id()
              + "', in the order asked");
    }
    if (v != parent[v] + 1 + place[v]) {
      findings.error(
          flag.pos(),
          "follow-up '"
              + flag.id()
              + "' of red flag '"
              + from.id()
              + "' must be written"
              + " straight after '"
              + from.id()
              + "'"
              + (place[v] > 0 ? " and the follow-ups before it" : "")
              + ", in the order its follow-up list names them, so that the screen reads in the order it is asked");
    }
    boolean last = place[v] + 1 == from.followUps().size();
    String expected = last ? from.onNo().id() : from.followUps().get(place[v] + 1).id();
    if (!flag.onNo().id().equals(expected)) {
      findings.error(
          flag.onNo().pos(),
          "red flag '"
              + flag.id()
              + "' is a follow-up of '"
              + from.id()
              + "', so its"
              + " \"no\" goes on "
              + (last ? "where the \"no\" of '" + from.id() + "' goes" : "to the next follow-up")
              + ", '"
              + expected
              + "', and the screen goes on before its next flag; remove 'no'");
    }
  }

  /**
   * Whether edge {@code e} from {@code u} is the parent's "yes" or the previous follow-up's "no"
   * into {@code v}.
   */
  private boolean expectedEdge(int u, int e, int v) {
    if (place[v] == 0) {
      return u == parent[v] && e == graph.edgeStart[u];
    }
    int before = graph.indexOf(flag(parent[v]).followUps().get(place[v] - 1).id());
    return u == before && e == graph.edgeStart[u] + 1;
  }

  private RedFlag flag(int v) {
    return (RedFlag) graph.nodes[v];
  }
}
