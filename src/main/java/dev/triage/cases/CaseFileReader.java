package dev.triage.cases;

import dev.triage.cases.CaseFile.Written;
import dev.triage.cases.CaseFile.WrittenCase;
import dev.triage.diag.Findings;
import dev.triage.diag.Nearest;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.load.SafeYaml;
import dev.triage.load.YamlList;
import dev.triage.load.YamlMap;
import dev.triage.load.YamlNode;
import dev.triage.load.YamlScalar;
import dev.triage.model.Pos;
import dev.triage.model.Ref;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the structure of a case file, collecting every problem so all are reported at once. */
final class CaseFileReader {
  private static final Set<String> TOP = Set.of("questionnaire", "defaults", "cases");

  /** Keys only a questionnaire has at its top level. */
  private static final Set<String> QUESTIONNAIRE =
      Set.of("format", "red-flags", "start", "questions", "outcomes");

  private static final Set<String> CASE = Set.of("name", "answers", "expect");
  private static final Set<String> EXPECT =
      Set.of("outcome", "tier", "not-asked", "reasons-include");

  private final SourceText src;
  final Findings found;

  static CaseFile read(SourceText src) throws QuestionnaireException {
    YamlNode root = SafeYaml.parse(src, "write 'cases:' with a list of cases (see the README)");
    CaseFileReader p = new CaseFileReader(src);
    YamlMap top = p.map(root, "a case file should be a mapping with 'cases'");
    if (TOP.stream().noneMatch(key -> top.get(key).isPresent())
        && QUESTIONNAIRE.stream().anyMatch(key -> top.get(key).isPresent())) {
      // A questionnaire named by mistake: one clear line beats a dozen unknown keys (validate does
      // the same).
      p.error(
          top.pos(),
          "this is a questionnaire, not a case file; check it with 'triage validate FILE', and test"
              + " it with its case file, NAME.cases.yaml (see 'triage test --help')");
      p.throwIfAny();
    }
    p.keys(top, TOP);
    Optional<String> questionnaire =
        top.get("questionnaire").flatMap(n -> p.text(n, "'questionnaire'")).map(YamlScalar::value);
    List<Written> defaults =
        top.get("defaults").map(n -> p.answers(n, "'defaults'")).orElse(List.of());
    List<WrittenCase> cases = new ArrayList<>();
    Optional<YamlNode> list = top.get("cases");
    if (list.isEmpty()) {
      p.error(top.pos(), "no 'cases'; add a list of cases, each with name, answers and expect");
      p.throwIfAny();
    } else if (!(list.get() instanceof YamlList items) || items.items().isEmpty()) {
      p.error(
          list.get().pos(),
          "'cases' should be a list of cases, each with name, answers and expect");
      p.throwIfAny();
    } else {
      for (YamlNode item : items.items()) {
        p.writtenCase(item).ifPresent(cases::add);
      }
    }
    return new CaseFile(src, questionnaire, defaults, cases, p.found.sorted());
  }

  CaseFileReader(SourceText src) {
    this.src = src;
    this.found = new Findings(src.name());
  }

  void error(Pos pos, String message) {
    found.error(pos, message);
  }

  void throwIfAny() throws QuestionnaireException {
    found.throwIfAny(src);
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
        String hint =
            Nearest.id(key, allowed)
                .map(k -> "; did you mean '" + k + "'?")
                .orElse(
                    "; expected one of: " + String.join(", ", allowed.stream().sorted().toList()));
        error(e.key().pos(), "unknown key '" + key + "'" + hint);
      }
    }
  }

  Optional<YamlScalar> text(YamlNode node, String what) {
    if (node instanceof YamlScalar s && !s.isNull() && !s.value().isBlank()) {
      return Optional.of(s);
    }
    error(
        node.pos(),
        what + " should be text, but is " + (node instanceof YamlScalar ? "empty" : node.kind()));
    return Optional.empty();
  }

  List<Written> answers(YamlNode node, String what) {
    if (node instanceof YamlScalar s && s.isNull()) {
      return List.of();
    }
    if (!(node instanceof YamlMap m)) {
      error(
          node.pos(),
          what
              + " should be a mapping of question id to answer, such as 'sitting-pain: yes', but is "
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

  Optional<WrittenCase> writtenCase(YamlNode node) {
    if (!(node instanceof YamlMap m)) {
      error(
          node.pos(),
          "a case should be a mapping with name, answers and expect, but is " + node.kind());
      return Optional.empty();
    }
    keys(m, CASE);
    Optional<YamlScalar> name =
        need(m, "name", "a case needs a 'name'").flatMap(n -> text(n, "'name'"));
    List<Written> answers = m.get("answers").map(n -> answers(n, "'answers'")).orElse(List.of());
    Optional<YamlNode> expectNode =
        need(m, "expect", "a case needs 'expect' with the 'outcome' it should reach");
    Optional<Ref> outcome = Optional.empty();
    Optional<Tier> tier = Optional.empty();
    List<Ref> notAsked = List.of();
    List<String> reasons = List.of();
    if (expectNode.isPresent() && !(expectNode.get() instanceof YamlMap)) {
      error(
          expectNode.get().pos(),
          "'expect' should be a mapping with 'outcome' (and optionally 'tier'), but is "
              + expectNode.get().kind());
    } else if (expectNode.isPresent()) {
      YamlMap expect = (YamlMap) expectNode.get();
      keys(expect, EXPECT);
      outcome =
          need(expect, "outcome", "'expect' needs the 'outcome' the case should reach")
              .flatMap(n -> text(n, "'outcome'"))
              .map(CaseFileReader::ref);
      Optional<YamlScalar> tierWritten = expect.get("tier").flatMap(n -> text(n, "'tier'"));
      tierWritten
          .filter(t -> Tier.fromKey(t.value()).isEmpty())
          .ifPresent(
              t ->
                  error(
                      t.pos(),
                      "unknown tier '"
                          + t.value()
                          + "'; expected one of: emergency, urgent, soon, self-care"));
      tier = tierWritten.flatMap(t -> Tier.fromKey(t.value()));
      notAsked =
          expect
              .get("not-asked")
              .map(n -> texts(n, "'not-asked'", "question ids, such as [clot-signs]"))
              .orElse(List.of())
              .stream()
              .map(CaseFileReader::ref)
              .toList();
      reasons =
          expect
              .get("reasons-include")
              .map(
                  n -> texts(n, "'reasons-include'", "words from a reason, such as [\"call 999\"]"))
              .orElse(List.of())
              .stream()
              .map(YamlScalar::value)
              .toList();
    }
    return Optional.of(
        new WrittenCase(
            name.map(YamlScalar::value).orElse(""),
            m.pos(),
            answers,
            outcome,
            tier,
            notAsked,
            reasons));
  }

  /** An id as written, where it is written. */
  private static Ref ref(YamlScalar id) {
    return new Ref(id.value(), id.pos());
  }

  /** A non-empty list of text; an empty list is an error too, since it would check nothing. */
  private List<YamlScalar> texts(YamlNode node, String what, String example) {
    if (!(node instanceof YamlList list) || list.items().isEmpty()) {
      error(
          node.pos(),
          what
              + " should be a list of "
              + example
              + ", but is "
              + (node instanceof YamlList ? "empty" : node.kind()));
      return List.of();
    }
    List<YamlScalar> items = new ArrayList<>();
    for (YamlNode item : list.items()) {
      text(item, "an item of " + what).ifPresent(items::add);
    }
    return items;
  }

  private Optional<YamlNode> need(YamlMap m, String key, String message) {
    Optional<YamlNode> v = m.get(key);
    if (v.isEmpty()) {
      error(m.pos(), message);
    }
    return v;
  }
}
