package dev.triage.engine;

import dev.triage.model.Asked;
import dev.triage.model.Choice;
import dev.triage.model.Node;
import dev.triage.model.Nodes;
import dev.triage.model.Outcome;
import dev.triage.model.Questionnaire;
import dev.triage.model.Ref;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every walk of one questionnaire shares, computed once: the node index, where each node can
 * lead, and the longest number of questions still to come from each node (for "question 4 of at
 * most 9").
 */
public final class Flow {
  private final Questionnaire questionnaire;
  private final Nodes nodes;
  private final Map<String, Integer> longest;
  private final Map<String, Source> sources = new HashMap<>();
  private final Map<String, Reference> references = new HashMap<>();
  private final List<Asked> asked;

  /**
   * Each question's answers, made once for every walk; keyed as {@link #asked} finds the question.
   */
  private final Map<String, Choices> choices = new HashMap<>();

  private Flow(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    this.nodes = Nodes.of(questionnaire);
    questionnaire.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
    questionnaire.references().forEach(r -> references.putIfAbsent(r.key(), r));
    List<Asked> all = new ArrayList<>(questionnaire.redFlags());
    all.addAll(questionnaire.questions());
    this.asked = List.copyOf(all);
    for (Asked q : asked) {
      choices.putIfAbsent(q.id(), Choices.of(q));
    }
    this.longest = longestRemaining();
  }

  /**
   * Prepares a questionnaire for walking.
   *
   * @throws IllegalArgumentException when it cannot be walked (a dangling reference or a cycle);
   *     the validator reports these properly, so commands validate before they walk
   */
  public static Flow of(Questionnaire questionnaire) {
    return new Flow(questionnaire);
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The first node asked: the first red flag, or the start question when there are none. */
  public Asked entry() {
    return asked(questionnaire.entry()).orElseThrow();
  }

  public Optional<Node> node(String id) {
    return nodes.get(id);
  }

  /** A red flag or question by id; outcomes are not asked. */
  public Optional<Asked> asked(String id) {
    return nodes.get(id).orElse(null) instanceof Asked a ? Optional.of(a) : Optional.empty();
  }

  /**
   * The choices of {@code q}, made when the flow was: resolving an answer through them allocates
   * nothing, which the walks of a batch, millions of answers, need.
   */
  public Choices choices(Asked q) {
    Choices made = choices.get(q.id());
    return made != null && made.isFor(q) ? made : Choices.of(q);
  }

  /** Every red flag and question, in the order written (red flags first). */
  public List<Asked> askable() {
    return asked;
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  public Optional<Reference> reference(String key) {
    return Optional.ofNullable(references.get(key));
  }

  /** The most questions still to be asked from this node, counting itself: 0 for an outcome. */
  public int remainingAtMost(String id) {
    Integer n = longest.get(id);
    if (n == null) {
      throw new IllegalArgumentException("no red flag, question or outcome '" + id + "'");
    }
    return n;
  }

  /** Where a question can lead: each choice's next, then not-sure's own branch when it has one. */
  public static List<String> next(Asked q) {
    Set<String> next = new LinkedHashSet<>();
    for (Choice c : q.choices()) {
      next.add(c.next().id());
    }
    q.notSure().flatMap(n -> n.next()).map(Ref::id).ifPresent(next::add);
    return List.copyOf(next);
  }

  /**
   * Longest remaining path per node by an iterative depth-first post-order walk, so a deep
   * questionnaire cannot overflow the stack; each node and edge is visited once.
   */
  private Map<String, Integer> longestRemaining() {
    Map<String, Integer> done = new HashMap<>();
    Set<String> onStack = new LinkedHashSet<>();
    for (Node start : nodes.all().values()) {
      if (done.containsKey(start.id())) {
        continue;
      }
      Deque<String> stack = new ArrayDeque<>();
      stack.push(start.id());
      while (!stack.isEmpty()) {
        String id = stack.peek();
        if (done.containsKey(id)) {
          stack.pop(); // pushed twice by two parents before either was finished
          continue;
        }
        Node node = nodes.get(id).orElseThrow();
        if (node instanceof Outcome) {
          done.put(id, 0);
          onStack.remove(id);
          stack.pop();
          continue;
        }
        onStack.add(id);
        List<String> next = next((Asked) node);
        boolean ready = true;
        for (String n : next) {
          if (done.containsKey(n)) {
            continue;
          }
          if (nodes.get(n).isEmpty()) {
            throw new IllegalArgumentException(
                "'" + id + "' leads to '" + n + "', which does not exist");
          }
          if (onStack.contains(n)) {
            throw new IllegalArgumentException(
                "'" + n + "' can be reached again from '" + id + "' (a cycle)");
          }
          stack.push(n);
          ready = false;
        }
        if (ready) {
          int most = 0;
          for (String n : next) {
            most = Math.max(most, done.get(n));
          }
          done.put(id, most + 1);
          onStack.remove(id);
          stack.pop();
        }
      }
    }
    if (!done.containsKey(questionnaire.entry())) {
      throw new IllegalArgumentException(
          "the first question '" + questionnaire.entry() + "' does not exist");
    }
    return Map.copyOf(done);
  }
}
