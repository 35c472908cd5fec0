package dev.triage.validate;

import dev.triage.diag.Findings;
import dev.triage.model.Choice;
import dev.triage.model.Node;
import dev.triage.model.NotSure;
import dev.triage.model.Outcome;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that every reference names something that exists (with a hint for a near miss), that a red
 * flag's "yes" ends at an outcome of its own tier or names follow-ups that are red flags, and that
 * every reference and source is used.
 */
final class References {
  private static final String ANY_NODE = "any red flag, question or outcome";

  private final Graph graph;
  private final Findings findings;
  private final Suggestions suggestions = new Suggestions();
  private final Set<String> sourceIds = new HashSet<>();
  private final Set<String> referenceKeys = new HashSet<>();
  private final Set<String> usedSources = new HashSet<>();
  private final Set<String> usedReferences = new HashSet<>();

  private References(Graph graph, Findings findings) {
    this.graph = graph;
    this.findings = findings;
  }

  static void check(Graph graph, Findings findings) {
    new References(graph, findings).run();
  }

  private void run() {
    Questionnaire q = graph.questionnaire;
    q.sources().forEach(s -> sourceIds.add(s.id()));
    q.references().forEach(r -> referenceKeys.add(r.key()));
    checkStart(q.start());
    checkEdges();
    for (int f = 0; f < graph.redFlags; f++) {
      checkRedFlag(q.redFlags().get(f), graph.edgeTarget[graph.edgeStart[f]]);
    }
    q.questions().forEach(this::checkQuestion);
    q.outcomes().forEach(this::checkOutcome);
    for (Reference reference : q.references()) {
      if (!usedReferences.contains(reference.key())) {
        findings.warning(
            reference.pos(), "reference '" + reference.key() + "' is not cited by any refs list");
      }
    }
    for (Source source : q.sources()) {
      if (!usedSources.contains(source.id())) {
        findings.warning(source.pos(), "source '" + source.id() + "' is not named by any outcome");
      }
    }
  }

  private void checkStart(Ref start) {
    int v = graph.indexOf(start.id());
    if (v < 0) {
      unknown("start", start);
    } else if (!(graph.nodes[v] instanceof Question)) {
      findings.error(
          start.pos(),
          "start '"
              + start.id()
              + "' is "
              + article(v)
              + ", not a question: start names the first symptom question");
    }
  }

  /**
   * Reports each edge whose target the graph could not resolve: every {@code next}, and a red
   * flag's explicit {@code no}. A red flag's outcome is checked with its tier; its implicit "no"
   * leads to {@code start}, checked above.
   */
  private void checkEdges() {
    for (int v = 0; v < graph.size(); v++) {
      for (int e = graph.edgeStart[v]; e < graph.edgeStart[v + 1]; e++) {
        int k = e - graph.edgeStart[v];
        if (graph.edgeTarget[e] >= 0
            || (graph.isRedFlag(v) && (k == 0 || (k == 1 && !explicitNo(v))))) {
          continue;
        }
        unknown(graph.isRedFlag(v) && k == 1 ? "no" : "next", graph.edgeRef[e]);
      }
    }
  }

  private boolean explicitNo(int flag) {
    return ((RedFlag) graph.nodes[flag]).explicitNo();
  }

  private void checkRedFlag(RedFlag flag, int v) {
    if (flag.hasFollowUps()) {
      flag.followUps().forEach(this::checkFollowUp);
    } else {
      checkRedFlagOutcome(flag, v);
    }
    flag.notSure().ifPresent(n -> checkNotSure(n, flag));
    cite(flag.refs());
  }

  private void checkFollowUp(Ref ref) {
    int v = graph.indexOf(ref.id());
    if (v < 0) {
      findings.error(
          ref.pos(),
          "follow-up '" + ref.id() + "' is not the id of any red flag" + hint(ref, redFlagIds()));
    } else if (!graph.isRedFlag(v)) {
      findings.error(
          ref.pos(),
          "follow-up '"
              + ref.id()
              + "' is "
              + article(v)
              + ", not a red flag: a follow-up is"
              + " a red flag asked only after its parent is answered yes");
    }
  }

  private void checkRedFlagOutcome(RedFlag flag, int v) {
    Ref outcome = flag.onYes();
    if (v < 0) {
      findings.error(
          outcome.pos(),
          "outcome '"
              + outcome.id()
              + "' is not the id of any outcome"
              + hint(outcome, outcomeIds()));
    } else if (!(graph.nodes[v] instanceof Outcome target)) {
      findings.error(
          outcome.pos(),
          "outcome '"
              + outcome.id()
              + "' is "
              + article(v)
              + ", not an outcome: a red flag's \"yes\" must end the walk at an outcome");
    } else if (target.tier() != flag.tier()) {
      findings.error(
          outcome.pos(),
          "outcome '"
              + outcome.id()
              + "' is "
              + target.tier().key()
              + " but red flag '"
              + flag.id()
              + "' is "
              + flag.tier().key()
              + ": a red flag's outcome must have the same tier");
    }
  }

  private void checkQuestion(Question question) {
    question.notSure().ifPresent(n -> checkNotSure(n, question));
    cite(question.refs());
  }

  private void checkNotSure(NotSure notSure, Node owner) {
    if (notSure.treatAs().isEmpty()) {
      return;
    }
    String treatAs = notSure.treatAs().get();
    List<String> choiceIds =
        owner instanceof Question question
            ? question.choices().stream().map(Choice::id).toList()
            : List.of(RedFlag.YES, RedFlag.NO);
    if (!choiceIds.contains(treatAs)) {
      String hint = suggestions.hint(treatAs, choiceIds);
      findings.error(
          notSure.pos(),
          "treat-as '"
              + treatAs
              + "' is not a choice of "
              + Graph.kind(owner)
              + " '"
              + owner.id()
              + "'"
              + (hint.isEmpty() ? " (its choices are " + quoted(choiceIds) + ")" : hint));
    }
  }

  private void checkOutcome(Outcome outcome) {
    outcome.source().ifPresent(s -> source("source", s));
    outcome.alsoConsider().forEach(s -> source("also-consider", s));
    cite(outcome.refs());
  }

  private void unknown(String key, Ref ref) {
    findings.error(
        ref.pos(),
        key + " '" + ref.id() + "' is not the id of " + ANY_NODE + hint(ref, graph.ids()));
  }

  private void source(String key, Ref ref) {
    usedSources.add(ref.id());
    if (!sourceIds.contains(ref.id())) {
      findings.error(
          ref.pos(),
          key + " '" + ref.id() + "' is not the id of any source" + hint(ref, sourceIds));
    }
  }

  private void cite(List<Ref> refs) {
    for (Ref ref : refs) {
      usedReferences.add(ref.id());
      if (!referenceKeys.contains(ref.id())) {
        findings.error(
            ref.pos(),
            "refs '" + ref.id() + "' is not the key of any reference" + hint(ref, referenceKeys));
      }
    }
  }

  private String hint(Ref ref, Iterable<String> known) {
    return suggestions.hint(ref.id(), known);
  }

  // Views, not lists: they are read only for a hint within the budget, so a file of many unknown
  // ids stays linear.
  @SuppressWarnings("UnnecessaryLambda")
  private Iterable<String> redFlagIds() {
    return () -> graph.questionnaire.redFlags().stream().map(RedFlag::id).iterator();
  }

  @SuppressWarnings("UnnecessaryLambda") // as above
  private Iterable<String> outcomeIds() {
    return () -> graph.questionnaire.outcomes().stream().map(Outcome::id).iterator();
  }

  private String article(int v) {
    return graph.isOutcome(v) ? "an outcome" : "a " + Graph.kind(graph.nodes[v]);
  }

  private static String quoted(List<String> ids) {
    return ids.isEmpty() ? "none" : "'" + String.join("', '", ids) + "'";
  }
}
