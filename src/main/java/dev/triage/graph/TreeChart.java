package dev.triage.graph;

import dev.triage.engine.Answer;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.graph.Chart.Arrow;
import dev.triage.graph.Chart.Box;
import dev.triage.graph.Chart.Kind;
import dev.triage.graph.Chart.Mark;
import dev.triage.model.Asked;
import dev.triage.model.Choice;
import dev.triage.model.Node;
import dev.triage.model.Outcome;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a questionnaire as a {@link Chart}: red flags, questions and outcomes, with an arrow per
 * place an answer leads, labelled with the answers' ids. The red flags are one box unless the view
 * expands them; a focus keeps a node and what is a few steps before and after it; a walk's path is
 * marked and the rest dimmed.
 */
public final class TreeChart {
  private final Questionnaire questionnaire;
  private final View view;
  private final Edges edges;
  private final Set<String> redFlags = new HashSet<>();
  private final Set<String> kept;
  private final boolean collapse;

  /** Arrow "from to" on the walk's path, to its label there ("step 3: yes"). */
  private final Map<String, String> stepLabels = new HashMap<>();

  private final Set<String> onPath = new HashSet<>();
  private int lastRedFlagStep;

  private TreeChart(Flow flow, View view) {
    this.questionnaire = flow.questionnaire();
    this.view = view;
    this.edges = new Edges(flow);
    questionnaire.redFlags().forEach(f -> redFlags.add(f.id()));
    view.walk().ifPresent(this::markPath);
    this.kept = view.focus().map(f -> edges.around(f.id(), f.depth())).orElseGet(edges::all);
    String focus = view.focus().map(View.Focus::id).orElse("");
    boolean redFlagOutcome = edges.isOutcome(focus) && onlyRedFlagsReach(focus);
    this.collapse = !view.expandRedFlags() && !redFlags.contains(focus) && !redFlagOutcome;
  }

  /**
   * The chart of {@code flow} as {@code view} asks.
   *
   * @throws IllegalArgumentException when the focus names no red flag, question or outcome
   */
  public static Chart of(Flow flow, View view) {
    view.focus()
        .ifPresent(
            f -> {
              if (flow.node(f.id()).isEmpty()) {
                throw new IllegalArgumentException(
                    "no red flag, question or outcome '" + f.id() + "'");
              }
            });
    return new TreeChart(flow, view).chart();
  }

  private void markPath(Walk walk) {
    List<Answer> answers = walk.answers();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      String from = a.question().id();
      String choice = a.choice() + a.treatedAs().map(t -> " (as " + t + ")").orElse("");
      stepLabels.put(from + " " + a.next(), "step " + (i + 1) + ": " + choice);
      onPath.add(from);
      onPath.add(a.next());
      if (a.question() instanceof RedFlag) {
        lastRedFlagStep = i + 1;
      }
    }
    onPath.add(
        walk.current().map(Node::id).orElseGet(() -> walk.result().orElseThrow().outcome().id()));
  }

  private Chart chart() {
    List<Box> boxes = new ArrayList<>();
    boolean screen = false;
    for (Node node : edges.nodes()) {
      if (!kept.contains(node.id()) || folded(node)) {
        continue;
      }
      if (collapse && node instanceof RedFlag) {
        if (!screen) {
          boxes.add(
              new Box(
                  Chart.SCREEN,
                  Kind.SCREEN,
                  Screen.lines(questionnaire),
                  Optional.empty(),
                  mark(redFlags.stream().anyMatch(onPath::contains))));
          screen = true;
        }
        continue;
      }
      boxes.add(box(node));
    }
    return new Chart(questionnaire.id(), boxes, arrows(boxes));
  }

  private Box box(Node node) {
    Mark mark = mark(onPath.contains(node.id()));
    if (node instanceof RedFlag f) {
      String heading = f.tier().key().toUpperCase(java.util.Locale.ROOT) + " RED FLAG: " + f.id();
      return new Box(f.id(), Kind.RED_FLAG, Labels.box(heading, f.text()), Optional.empty(), mark);
    }
    if (node instanceof Question q) {
      return new Box(q.id(), Kind.QUESTION, Labels.box(q.id(), q.text()), Optional.empty(), mark);
    }
    Outcome o = (Outcome) node;
    String heading = o.tier().key().toUpperCase(java.util.Locale.ROOT) + ": " + o.id();
    return new Box(
        o.id(), Kind.OUTCOME, Labels.box(heading, o.title()), Optional.of(o.tier()), mark);
  }

  private Mark mark(boolean on) {
    return view.walk().isEmpty() ? Mark.NONE : on ? Mark.ON : Mark.OFF;
  }

  /**
   * An outcome that only red flags lead to is part of the collapsed screen, unless the walk ended
   * there.
   */
  private boolean folded(Node node) {
    return collapse
        && node instanceof Outcome
        && onlyRedFlagsReach(node.id())
        && !onPath.contains(node.id());
  }

  private boolean onlyRedFlagsReach(String id) {
    List<String> from = edges.into(id);
    return !from.isEmpty() && redFlags.containsAll(from);
  }

  private List<Arrow> arrows(List<Box> boxes) {
    Set<String> drawn = new HashSet<>();
    boxes.forEach(b -> drawn.add(b.key()));
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Node node : edges.nodes()) {
      if (!(node instanceof Asked asked) || !kept.contains(asked.id())) {
        continue;
      }
      String from = end(asked.id());
      edges
          .from(asked)
          .forEach(
              (to, choices) -> {
                if (drawn.contains(from)
                    && drawn.contains(end(to))
                    && !from.equals(end(to))
                    && kept.contains(to)) {
                  Group g =
                      groups.computeIfAbsent(from + " " + end(to), k -> new Group(from, end(to)));
                  g.add(asked, choices, Optional.ofNullable(stepLabels.get(asked.id() + " " + to)));
                }
              });
    }
    return groups.values().stream().map(this::arrow).toList();
  }

  private String end(String id) {
    return collapse && redFlags.contains(id) ? Chart.SCREEN : id;
  }

  private Arrow arrow(Group g) {
    boolean fromScreen = g.from.equals(Chart.SCREEN);
    boolean toOutcome = edges.isOutcome(g.to);
    String label;
    if (!g.steps.isEmpty()) {
      label =
          !fromScreen
              ? String.join(", ", g.steps)
              : toOutcome
                  ? g.steps.get(0).replaceFirst(": ", ": " + g.answered + " ")
                  : (lastRedFlagStep == 1 ? "step 1" : "steps 1 to " + lastRedFlagStep)
                      + ": no red flag";
    } else if (fromScreen) {
      label =
          toOutcome
              ? Labels.cut("yes: " + String.join(", ", g.flags), Labels.WIDTH * 2)
              : "no red flag";
    } else {
      label = String.join(" / ", g.choices);
    }
    return new Arrow(g.from, g.to, label, mark(!g.steps.isEmpty()));
  }

  /** The answers of every edge drawn as one arrow. */
  private static final class Group {
    final String from;
    final String to;
    final List<String> choices = new ArrayList<>();
    final List<String> flags = new ArrayList<>();
    final List<String> steps = new ArrayList<>();

    /** The red flag answered on the walk, when this arrow is on its path. */
    String answered = "";

    Group(String from, String to) {
      this.from = from;
      this.to = to;
    }

    void add(Asked asked, List<String> answers, Optional<String> step) {
      answers.stream().filter(c -> !choices.contains(c)).forEach(choices::add);
      flags.add(asked.id());
      step.ifPresent(
          s -> {
            steps.add(s);
            answered = asked.id();
          });
    }
  }

  /** Every node and where each answer leads, in the order written. */
  static final class Edges {
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Map<String, List<String>>> out = new HashMap<>();
    private final Map<String, List<String>> in = new HashMap<>();
    private final Set<String> outcomes = new HashSet<>();

    Edges(Flow flow) {
      Questionnaire q = flow.questionnaire();
      nodes.addAll(q.redFlags());
      nodes.addAll(q.questions());
      nodes.addAll(q.outcomes());
      q.outcomes().forEach(o -> outcomes.add(o.id()));
      for (Asked asked : flow.askable()) {
        Map<String, List<String>> targets = new LinkedHashMap<>();
        for (Choice c : asked.choices()) {
          targets.computeIfAbsent(c.next().id(), k -> new ArrayList<>()).add(c.id());
        }
        asked
            .notSure()
            .ifPresent(
                ns -> {
                  Optional<String> to =
                      ns.next()
                          .map(r -> r.id())
                          .or(
                              () ->
                                  ns.treatAs()
                                      .flatMap(
                                          t ->
                                              asked.choices().stream()
                                                  .filter(c -> c.id().equals(t))
                                                  .findFirst())
                                      .map(c -> c.next().id()));
                  String label =
                      ns.treatAs().map(t -> "not-sure (as " + t + ")").orElse("not-sure");
                  to.ifPresent(t -> targets.computeIfAbsent(t, k -> new ArrayList<>()).add(label));
                });
        out.put(asked.id(), targets);
        targets
            .keySet()
            .forEach(t -> in.computeIfAbsent(t, k -> new ArrayList<>()).add(asked.id()));
      }
    }

    List<Node> nodes() {
      return nodes;
    }

    Map<String, List<String>> from(Asked asked) {
      return out.getOrDefault(asked.id(), Map.of());
    }

    List<String> into(String id) {
      return in.getOrDefault(id, List.of());
    }

    boolean isOutcome(String id) {
      return outcomes.contains(id);
    }

    Set<String> all() {
      Set<String> all = new HashSet<>();
      nodes.forEach(n -> all.add(n.id()));
      return all;
    }

    /** The node, what leads to it and what it leads to, each up to {@code depth} steps away. */
    Set<String> around(String id, int depth) {
      Set<String> kept = new HashSet<>(List.of(id));
      reach(id, depth, kept, t -> out.getOrDefault(t, Map.of()).keySet());
      reach(id, depth, kept, t -> in.getOrDefault(t, List.of()));
      return kept;
    }

    private static void reach(
        String id,
        int depth,
        Set<String> kept,
        java.util.function.Function<String, java.util.Collection<String>> next) {
      Set<String> frontier = Set.of(id);
      for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
        Set<String> further = new HashSet<>();
        for (String at : frontier) {
          for (String n : next.apply(at)) {
            if (kept.add(n)) {
              further.add(n);
            }
          }
        }
        frontier = further;
      }
    }
  }
}
