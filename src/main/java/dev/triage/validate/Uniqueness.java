package dev.triage.validate;

import dev.triage.diag.Findings;
import dev.triage.model.Choice;
import dev.triage.model.Node;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that ids are unique in their namespace, reporting each repeat at the repeat and naming the
 * first.
 */
final class Uniqueness {
  private Uniqueness() {}

  static void check(Graph graph, Findings findings) {
    Questionnaire q = graph.questionnaire;
    for (int v = 0; v < graph.size(); v++) {
      if (!graph.named(v)) {
        Node node = graph.nodes[v];
        Node first = graph.nodes[graph.firstWithId[v]];
        findings.error(
            node.pos(),
            "id '"
                + node.id()
                + "' is already used by the "
                + Graph.kind(first)
                + " on line "
                + first.pos().line()
                + "; ids of red flags, questions and outcomes must be unique");
      }
    }
    Map<String, Pos> sources = new HashMap<>();
    for (Source source : q.sources()) {
      Pos first = sources.putIfAbsent(source.id(), source.pos());
      if (first != null) {
        findings.error(
            source.pos(),
            "source id '"
                + source.id()
                + "' is already used on line "
                + first.line()
                + "; source ids must be unique");
      }
    }
    Map<String, Pos> references = new HashMap<>();
    for (Reference reference : q.references()) {
      Pos first = references.putIfAbsent(reference.key(), reference.pos());
      if (first != null) {
        findings.error(
            reference.pos(),
            "reference key '"
                + reference.key()
                + "' is already used on line "
                + first.line()
                + "; reference keys must be unique");
      }
    }
    q.questions().forEach(question -> checkChoices(question, findings));
  }

  private static void checkChoices(Question question, Findings findings) {
    List<Choice> choices = question.choices();
    // Questions have a handful of choices: comparing pairs beats building a map for each of
    // thousands of questions.
    for (int i = 1; i < choices.size(); i++) {
      Choice choice = choices.get(i);
      for (int j = 0; j < i; j++) {
        if (choices.get(j).id().equals(choice.id())) {
          findings.error(
              choice.pos(),
              "choice id '"
                  + choice.id()
                  + "' is already used on line "
                  + choices.get(j).pos().line()
                  + " in question '"
                  + question.id()
                  + "'; choice ids must be unique within a question");
          break;
        }
      }
    }
  }
}
