package dev.triage.answers;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.Nearest;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.engine.Attempt;
import dev.triage.engine.Choices;
import dev.triage.engine.Flow;
import dev.triage.load.YamlScalar;
import dev.triage.model.Asked;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A case file for {@code triage test}: an optional questionnaire (name or path), optional default answers, and the
 * cases, each with a name, answers and what to expect: the outcome, and optionally the tier, questions that must not
 * be asked ({@code not-asked}) and words the reasons must include ({@code reasons-include}). Unknown keys are errors,
 * as in questionnaires, so a misspelt {@code expect} never passes silently.
 */
public record CaseFile(SourceText source, Optional<YamlScalar> questionnaire, List<Written> defaults,
    List<Raw> cases, List<Diagnostic> problems) {

  public CaseFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(questionnaire, "questionnaire");
    defaults = List.copyOf(defaults);
    cases = List.copyOf(cases);
    problems = List.copyOf(problems);
  }

  /** Throws the problems found while parsing, if any; for when the questionnaire cannot be opened to check more. */
  public void throwIfProblems() throws QuestionnaireException {
    if (!problems.isEmpty()) {
      throw new QuestionnaireException(problems, Optional.of(source));
    }
  }

  /** The default answers, question id to answer as written. */
  public Map<String, String> defaultAnswers() {
    return asMap(defaults);
  }

  /**
   * The cases with every id checked against the questionnaire: answers with the engine's contract ({@link
   * dev.triage.engine.Choices}), expected outcomes by id; every problem is reported at once, at its line and column.
   */
  public List<TestCase> against(Flow flow) throws QuestionnaireException {
    CaseFileReader p = new CaseFileReader(source);
    p.found.addAll(problems);
    List<String> questions = flow.askable().stream().map(Asked::id).toList();
    List<String> outcomes = flow.questionnaire().outcomes().stream().map(Outcome::id).toList();
    defaults.forEach(w -> check(p, flow, questions, w));
    List<TestCase> checked = new ArrayList<>();
    for (Raw raw : cases) {
      raw.answers().forEach(w -> check(p, flow, questions, w));
      if (raw.outcome().isEmpty()) {
        continue; // already reported: the case has no expected outcome
      }
      YamlScalar outcome = raw.outcome().get();
      if (!outcomes.contains(outcome.value())) {
        p.error(outcome.pos(), "no outcome '" + outcome.value() + "' in '" + flow.questionnaire().id() + "'"
            + Nearest.id(outcome.value(), outcomes).map(n -> "; did you mean '" + n + "'?").orElse(""));
      }
      for (YamlScalar id : raw.notAsked()) {
        if (flow.asked(id.value()).isEmpty()) {
          p.error(id.pos(), "no question '" + id.value() + "' in '" + flow.questionnaire().id() + "'"
              + Nearest.id(id.value(), questions).map(n -> "; did you mean '" + n + "'?").orElse(""));
        }
      }
      Map<String, Pos> pos = new LinkedHashMap<>();
      raw.answers().forEach(w -> pos.put(w.question(), w.pos()));
      checked.add(new TestCase(raw.name(), raw.pos(), asMap(raw.answers()), pos, outcome.value(),
          raw.tier().flatMap(t -> Tier.fromKey(t.value())), values(raw.notAsked()), values(raw.reasonsInclude())));
    }
    p.throwIfAny();
    return checked;
  }

  private static void check(CaseFileReader p, Flow flow, List<String> questions, Written w) {
    Optional<Asked> q = flow.asked(w.question());
    if (q.isEmpty()) {
      p.error(w.keyPos(), "no question '" + w.question() + "' in '" + flow.questionnaire().id() + "'"
          + Nearest.id(w.question(), questions).map(n -> "; did you mean '" + n + "'?").orElse(""));
    } else if (Choices.resolve(q.get(), w.choice()).isEmpty()) {
      p.error(w.pos(), Attempt.Rejected.of(q.get(), w.choice()).message());
    }
  }

  /** One answer as written in the file: {@code keyPos} is where the question id is, {@code pos} the answer. */
  public record Written(String question, String choice, Pos keyPos, Pos pos) {}

  /** One case as written, before its ids are checked against the questionnaire. */
  public record Raw(
      String name, Pos pos, List<Written> answers, Optional<YamlScalar> outcome, Optional<YamlScalar> tier,
      List<YamlScalar> notAsked, List<YamlScalar> reasonsInclude) {
    public Raw {
      answers = List.copyOf(answers);
      notAsked = List.copyOf(notAsked);
      reasonsInclude = List.copyOf(reasonsInclude);
    }
  }

  private static List<String> values(List<YamlScalar> scalars) {
    return scalars.stream().map(YamlScalar::value).toList();
  }

  /**
   * Reads the file's structure. Throws at once only when nothing usable is left (not a mapping, no cases); other
   * problems are kept and reported with those {@link #against} finds, so every problem is shown in one go.
   */
  public static CaseFile parse(SourceText src) throws QuestionnaireException {
    return CaseFileReader.read(src);
  }

  /** Question id to answer as written, in the order written; a later entry for the same id wins. */
  static Map<String, String> asMap(List<Written> written) {
    Map<String, String> map = new LinkedHashMap<>();
    written.forEach(w -> map.put(w.question(), w.choice()));
    return map;
  }
}
