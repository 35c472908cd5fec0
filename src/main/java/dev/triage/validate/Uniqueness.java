package dev.triage.validate;

import dev.triage.model.Choice;
import dev.triage.model.Node;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.HashMap;
import java.util.Map;

/** Checks that ids are unique in their namespace, reporting each repeat at the repeat and naming the first. */
final class Uniqueness {
  private Uniqueness() {}

  static void check(Graph graph, Findings findings) {
    Questionnaire q = graph.questionnaire;
    Map<String, Node> nodes = new HashMap<>(graph.size() * 2);
    for (Node node : graph.nodes) {
      Node first = nodes.putIfAbsent(node.id(), node);
      if (first != null) {
        findings.error(
            node.pos(),
            "id '" + node.id() + "' is already used by the " + Graph.kind(first) + " on line " + first.pos().line()
                + "; ids of red flags, questions and outcomes must be unique");
      }
    }
    Map<String, Pos> sources = new HashMap<>();
    for (Source source : q.sources()) {
      Pos first = sources.putIfAbsent(source.id(), source.pos());
      if (first != null) {
        findings.error(
            source.pos(),
            "source id '" + source.id() + "' is already used on line " + first.line() + "; source ids must be unique");
      }
    }
    Map<String, Pos> references = new HashMap<>();
    for (Reference reference : q.references()) {
      Pos first = references.putIfAbsent(reference.key(), reference.pos());
      if (first != null) {
        findings.error(
            reference.pos(),
            "reference key '" + reference.key() + "' is already used on line " + first.line()
                + "; reference keys must be unique");
      }
    }
    q.questions().forEach(question -> checkChoices(question, findings));
  }

  private static void checkChoices(Question question, Findings findings) {
    Map<String, Pos> choices = new HashMap<>();
    for (Choice choice : question.choices()) {
      Pos first = choices.putIfAbsent(choice.id(), choice.pos());
      if (first != null) {
        findings.error(
            choice.pos(),
            "choice id '" + choice.id() + "' is already used on line " + first.line() + " in question '"
                + question.id() + "'; choice ids must be unique within a question");
      }
    }
  }
}
