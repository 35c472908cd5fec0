package dev.triage.answers;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.engine.Attempt;
import dev.triage.engine.Choices;
import dev.triage.engine.Flow;
import dev.triage.load.SafeYaml;
import dev.triage.load.YamlList;
import dev.triage.load.YamlMap;
import dev.triage.load.YamlNode;
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
import java.util.Set;

/**
 * A case file for {@code triage test}: an optional questionnaire (name or path), optional default answers, and the
 * cases, each with a name, answers and the expected outcome (and optionally tier). Unknown keys are errors, as in
 * questionnaires, so a misspelt {@code expect} never passes silently.
 */
public record CaseFile(SourceText source, Optional<YamlScalar> questionnaire, List<Written> defaults,
    List<Raw> cases, List<Diagnostic> problems) {
  private static final Set<String> TOP = Set.of("questionnaire", "defaults", "cases");
  private static final Set<String> CASE = Set.of("name", "answers", "expect");
  private static final Set<String> EXPECT = Set.of("outcome", "tier");

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
    Problems p = new Problems(source);
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
            + Nearest.to(outcome.value(), outcomes).map(n -> "; did you mean '" + n + "'?").orElse(""));
      }
      Map<String, Pos> pos = new LinkedHashMap<>();
      raw.answers().forEach(w -> pos.put(w.question(), w.pos()));
      checked.add(new TestCase(raw.name(), raw.pos(), asMap(raw.answers()), pos, outcome.value(),
          raw.tier().flatMap(t -> Tier.fromKey(t.value()))));
    }
    p.throwIfAny();
    return checked;
  }

  private static void check(Problems p, Flow flow, List<String> questions, Written w) {
    Optional<Asked> q = flow.asked(w.question());
    if (q.isEmpty()) {
      p.error(w.keyPos(), "no question '" + w.question() + "' in '" + flow.questionnaire().id() + "'"
          + Nearest.to(w.question(), questions).map(n -> "; did you mean '" + n + "'?").orElse(""));
    } else if (Choices.resolve(q.get(), w.choice()).isEmpty()) {
      p.error(w.pos(), Attempt.Rejected.of(q.get(), w.choice()).message());
    }
  }

  /** One answer as written in the file: {@code keyPos} is where the question id is, {@code pos} the answer. */
  public record Written(String question, String choice, Pos keyPos, Pos pos) {}

  /** One case as written, before its ids are checked against the questionnaire. */
  public record Raw(
      String name, Pos pos, List<Written> answers, Optional<YamlScalar> outcome, Optional<YamlScalar> tier) {
    public Raw {
      answers = List.copyOf(answers);
    }
  }

  /**
   * Reads the file's structure. Throws at once only when nothing usable is left (not a mapping, no cases); other
   * problems are kept and reported with those {@link #against} finds, so every problem is shown in one go.
   */
  public static CaseFile parse(SourceText src) throws QuestionnaireException {
    YamlNode root = SafeYaml.parse(src, "write 'cases:' with a list of cases (see the README)");
    Problems p = new Problems(src);
    YamlMap top = p.map(root, "a case file should be a mapping with 'cases'");
    p.keys(top, TOP);
    Optional<YamlScalar> questionnaire = top.get("questionnaire").flatMap(n -> p.text(n, "'questionnaire'"));
    List<Written> defaults = top.get("defaults").map(n -> p.answers(n, "'defaults'")).orElse(List.of());
    List<Raw> cases = new ArrayList<>();
    Optional<YamlNode> list = top.get("cases");
    if (list.isEmpty()) {
      p.error(top.pos(), "no 'cases'; add a list of cases, each with name, answers and expect");
      p.throwIfAny();
    } else if (!(list.get() instanceof YamlList items) || items.items().isEmpty()) {
      p.error(list.get().pos(), "'cases' should be a list of cases, each with name, answers and expect");
      p.throwIfAny();
    } else {
      for (YamlNode item : items.items()) {
        p.testCase(item).ifPresent(cases::add);
      }
    }
    return new CaseFile(src, questionnaire, defaults, cases, p.found);
  }

  /** Collects every problem in the file, so all are reported at once. */
  private static final class Problems {
    private final SourceText src;
    private final List<Diagnostic> found = new ArrayList<>();

    Problems(SourceText src) {
      this.src = src;
    }

    void error(Pos pos, String message) {
      found.add(Diagnostic.error(src.name(), pos, message));
    }

    void throwIfAny() throws QuestionnaireException {
      if (!found.isEmpty()) {
        throw new QuestionnaireException(found.stream().sorted(Diagnostic.ORDER).toList(), Optional.of(src));
      }
    }

    YamlMap map(YamlNode node, String expected) throws QuestionnaireException {
      if (node instanceof YamlMap m) {
        return m;
      }
      error(node.pos(), expected + ", but is " + node.kind());
      throwIfAny();
      throw new IllegalStateException("unreachable");
    }

    void keys(YamlMap map, Set<String> allowed) {
      for (YamlMap.Entry e : map.entries()) {
        String key = e.key().value();
        if (!allowed.contains(key)) {
          String hint = Nearest.to(key, allowed).map(k -> "; did you mean '" + k + "'?")
              .orElse("; expected one of: " + String.join(", ", allowed.stream().sorted().toList()));
          error(e.key().pos(), "unknown key '" + key + "'" + hint);
        }
      }
    }

    Optional<YamlScalar> text(YamlNode node, String what) {
      if (node instanceof YamlScalar s && !s.isNull() && !s.value().isBlank()) {
        return Optional.of(s);
      }
      error(node.pos(), what + " should be text, but is " + (node instanceof YamlScalar ? "empty" : node.kind()));
      return Optional.empty();
    }

    List<Written> answers(YamlNode node, String what) {
      if (node instanceof YamlScalar s && s.isNull()) {
        return List.of();
      }
      if (!(node instanceof YamlMap m)) {
        error(node.pos(), what + " should be a mapping of question id to answer, such as 'sitting-pain: yes', but is "
            + node.kind());
        return List.of();
      }
      List<Written> written = new ArrayList<>();
      for (YamlMap.Entry e : m.entries()) {
        String id = e.key().value();
        text(e.value(), "the answer to '" + id + "'")
            .ifPresent(s -> written.add(new Written(id, s.value(), e.key().pos(), s.pos())));
      }
      return written;
    }

    Optional<Raw> testCase(YamlNode node) {
      if (!(node instanceof YamlMap m)) {
        error(node.pos(), "a case should be a mapping with name, answers and expect, but is " + node.kind());
        return Optional.empty();
      }
      keys(m, CASE);
      Optional<YamlScalar> name = need(m, "name", "a case needs a 'name'").flatMap(n -> text(n, "'name'"));
      List<Written> answers = m.get("answers").map(n -> answers(n, "'answers'")).orElse(List.of());
      Optional<YamlNode> expectNode = need(m, "expect", "a case needs 'expect' with the 'outcome' it should reach");
      Optional<YamlScalar> outcome = Optional.empty();
      Optional<YamlScalar> tier = Optional.empty();
      if (expectNode.isPresent() && !(expectNode.get() instanceof YamlMap)) {
        error(expectNode.get().pos(), "'expect' should be a mapping with 'outcome' (and optionally 'tier'), but is "
            + expectNode.get().kind());
      } else if (expectNode.isPresent()) {
        YamlMap expect = (YamlMap) expectNode.get();
        keys(expect, EXPECT);
        outcome = need(expect, "outcome", "'expect' needs the 'outcome' the case should reach")
            .flatMap(n -> text(n, "'outcome'"));
        tier = expect.get("tier").flatMap(n -> text(n, "'tier'"));
        tier.filter(t -> Tier.fromKey(t.value()).isEmpty()).ifPresent(t -> error(t.pos(),
            "unknown tier '" + t.value() + "'; expected one of: emergency, urgent, soon, self-care"));
      }
      return Optional.of(new Raw(name.map(YamlScalar::value).orElse(""), m.pos(), answers, outcome, tier));
    }

    private Optional<YamlNode> need(YamlMap m, String key, String message) {
      Optional<YamlNode> v = m.get(key);
      if (v.isEmpty()) {
        error(m.pos(), message);
      }
      return v;
    }
  }

  /** Question id to answer as written, in the order written; a later entry for the same id wins. */
  static Map<String, String> asMap(List<Written> written) {
    Map<String, String> map = new LinkedHashMap<>();
    written.forEach(w -> map.put(w.question(), w.choice()));
    return map;
  }
}
