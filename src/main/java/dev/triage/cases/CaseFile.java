package dev.triage.cases;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.Nearest;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.engine.Answer;
import dev.triage.engine.Choices;
import dev.triage.engine.Flow;
import dev.triage.engine.Rejection;
import dev.triage.model.Asked;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Ref;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case file for {@code triage test}: an optional questionnaire (name or path), optional default
 * answers, and the cases, each with a name, answers and what to expect: the outcome, and optionally
 * the tier, questions that must not be asked ({@code not-asked}) and words the reasons must include
 * ({@code reasons-include}). Unknown keys are errors, as in questionnaires, so a misspelt {@code
 * expect} never passes silently.
 */
public record CaseFile(
    SourceText source,
    Optional<String> questionnaire,
    List<Written> defaults,
    List<WrittenCase> cases,
    List<Diagnostic> problems) {

  public CaseFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(questionnaire, "questionnaire");
    defaults = List.copyOf(defaults);
    cases = List.copyOf(cases);
    problems = List.copyOf(problems);
  }

  /**
   * Throws the problems found while parsing, if any; for when the questionnaire cannot be opened to
   * check more.
   */
  public void throwIfProblems() throws QuestionnaireException {
    if (!problems.isEmpty()) {
      throw new QuestionnaireException(problems, Optional.of(source));
    }
  }

  /**
   * The cases with every id checked against the questionnaire: each answer resolved once, with the
   * engine's contract ({@link dev.triage.engine.Choices}), expected outcomes by id; every problem
   * is reported at once, at its line and column.
   */
  public Suite against(Flow flow) throws QuestionnaireException {
    CaseFileReader p = new CaseFileReader(source);
    p.found.addAll(problems);
    List<String> questions = flow.askable().stream().map(Asked::id).toList();
    List<String> outcomes = flow.questionnaire().outcomes().stream().map(Outcome::id).toList();
    Map<String, Answer> defaultAnswers = resolve(p, flow, questions, defaults);
    List<Case> checked = new ArrayList<>();
    for (WrittenCase raw : cases) {
      Map<String, Answer> answers = resolve(p, flow, questions, raw.answers());
      if (raw.outcome().isEmpty()) {
        continue; // already reported: the case has no expected outcome
      }
      Ref outcome = raw.outcome().get();
      if (!outcomes.contains(outcome.id())) {
        p.error(outcome.pos(), unknown("outcome", outcome.id(), flow, outcomes));
      }
      for (Ref id : raw.notAsked()) {
        if (flow.asked(id.id()).isEmpty()) {
          p.error(id.pos(), unknown("question", id.id(), flow, questions));
        }
      }
      Map<String, Pos> pos = new LinkedHashMap<>();
      raw.answers().forEach(w -> pos.put(w.question(), w.pos()));
      checked.add(
          new Case(
              raw.name(),
              raw.pos(),
              answers,
              pos,
              outcome.id(),
              raw.tier(),
              raw.notAsked().stream().map(Ref::id).toList(),
              raw.reasonsInclude()));
    }
    p.throwIfAny();
    return new Suite(defaultAnswers, checked);
  }

  /**
   * Question id to its answer, in the order written, a later answer to the same question winning;
   * an answer that does not resolve is reported and left out.
   */
  private static Map<String, Answer> resolve(
      CaseFileReader p, Flow flow, List<String> questions, List<Written> written) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Written w : written) {
      Optional<Asked> q = flow.asked(w.question());
      if (q.isEmpty()) {
        p.error(w.keyPos(), unknown("question", w.question(), flow, questions));
        continue;
      }
      Optional<Answer> answer = Choices.resolve(q.get(), w.choice());
      if (answer.isEmpty()) {
        p.error(w.pos(), Rejection.of(q.get(), w.choice()).message());
      } else {
        answers.put(w.question(), answer.get());
      }
    }
    return answers;
  }

  /** How many ids a message lists when none is near the one written: a line, not a page. */
  static final int LISTED = 12;

  /**
   * "no question 'x' in 'example'; did you mean 'y'?": an id a case names that the questionnaire
   * lacks. When no id is near, the ids it has, so the author can pick one without opening the
   * questionnaire: at most {@value #LISTED}, those that share a word with the one written first
   * ('sciatic' lists the sciatic-... outcomes of posterior-thigh before its emergencies), the rest
   * in the file's order.
   */
  private static String unknown(String kind, String id, Flow flow, List<String> known) {
    String hint =
        Nearest.id(id, known)
            .map(n -> "; did you mean '" + n + "'?")
            .orElseGet(() -> "; its " + kind + "s: " + listed(id, known));
    return "no " + kind + " '" + id + "' in '" + flow.questionnaire().id() + "'" + hint;
  }

  private static String listed(String id, List<String> known) {
    Set<String> words = Set.of(id.toLowerCase(Locale.ROOT).split("-"));
    List<String> ids = new ArrayList<>(known);
    ids.sort(
        Comparator.comparing(
            (String k) ->
                Arrays.stream(k.toLowerCase(Locale.ROOT).split("-")).noneMatch(words::contains)));
    return String.join(", ", ids.subList(0, Math.min(LISTED, ids.size())))
        + (ids.size() > LISTED
            ? String.format(Locale.ROOT, " and %,d more", ids.size() - LISTED)
            : "");
  }

  /**
   * The cases of a file checked against their questionnaire.
   *
   * @param defaults answers every case starts from, question id to answer; a case's own replace
   *     them
   */
  public record Suite(Map<String, Answer> defaults, List<Case> cases) {
    public Suite {
      defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
      cases = List.copyOf(cases);
    }
  }

  /**
   * One answer as written in the file: {@code keyPos} is where the question id is, {@code pos} the
   * answer.
   */
  public record Written(String question, String choice, Pos keyPos, Pos pos) {}

  /**
   * One case as written, before its ids are checked against the questionnaire; what the file does
   * not give (or gives wrongly, reported) is empty.
   *
   * @param outcome the id of the outcome expected, where it is written
   * @param notAsked the ids of questions the walk must not ask, each where it is written
   */
  public record WrittenCase(
      String name,
      Pos pos,
      List<Written> answers,
      Optional<Ref> outcome,
      Optional<Tier> tier,
      List<Ref> notAsked,
      List<String> reasonsInclude) {
    public WrittenCase {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(pos, "pos");
      answers = List.copyOf(answers);
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(tier, "tier");
      notAsked = List.copyOf(notAsked);
      reasonsInclude = List.copyOf(reasonsInclude);
    }
  }

  /**
   * Reads the file's structure. Throws at once only when nothing usable is left (not a mapping, no
   * cases); other problems are kept and reported with those {@link #against} finds, so every
   * problem is shown in one go.
   */
  public static CaseFile parse(SourceText src) throws QuestionnaireException {
    return CaseFileReader.read(src);
  }
}
