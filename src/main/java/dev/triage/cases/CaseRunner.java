package dev.triage.cases;

import dev.triage.engine.Answer;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs test cases through the engine exactly as a scripted run would, and reports what each
 * reached.
 */
public final class CaseRunner {
  private CaseRunner() {}

  /**
   * What one case did: passed or not, the line explaining a failure, and warnings about its
   * answers.
   */
  public record Verdict(
      Case testCase, Optional<String> failure, List<String> warnings, Optional<String> reached) {
    public Verdict {
      warnings = List.copyOf(warnings);
    }

    public boolean passed() {
      return failure.isEmpty();
    }
  }

  /**
   * What a whole file did: every verdict, and the outcomes no case reached, in the order written.
   */
  public record Run(List<Verdict> verdicts, List<String> unreached) {
    public Run {
      verdicts = List.copyOf(verdicts);
      unreached = List.copyOf(unreached);
    }

    public long passed() {
      return verdicts.stream().filter(Verdict::passed).count();
    }

    public long failed() {
      return verdicts.size() - passed();
    }
  }

  /**
   * Runs every case of {@code suite}; a default answer a case never reaches is fine.
   *
   * @param file how the case file is named in warnings
   */
  public static Run run(Flow flow, CaseFile.Suite suite, String file) {
    List<Verdict> verdicts = new ArrayList<>();
    Set<String> reached = new LinkedHashSet<>();
    for (Case c : suite.cases()) {
      Verdict v = run(flow, suite.defaults(), c, file);
      v.reached().ifPresent(reached::add);
      verdicts.add(v);
    }
    List<String> unreached =
        flow.questionnaire().outcomes().stream()
            .map(Outcome::id)
            .filter(id -> !reached.contains(id))
            .distinct()
            .toList();
    return new Run(verdicts, unreached);
  }

  static Verdict run(Flow flow, Map<String, Answer> defaults, Case c, String file) {
    Map<String, Answer> given = new LinkedHashMap<>(defaults);
    given.putAll(c.answers());
    Walk walk = Walk.start(flow).replay(given);
    List<String> asked =
        new ArrayList<>(walk.answers().stream().map(a -> a.question().id()).toList());
    List<String> warnings = new ArrayList<>();
    // An answer listed under not-asked is never reached on purpose: the case asserts it rather than
    // warn about it.
    List<String> unreached =
        walk.done()
            ? c.answers().keySet().stream()
                .filter(id -> !asked.contains(id) && !c.notAsked().contains(id))
                .toList()
            : List.of();
    if (!unreached.isEmpty()) {
      Pos pos = c.answerPos().getOrDefault(unreached.get(0), Pos.NONE);
      String where = pos.known() ? file + ":" + pos.line() + ":" + pos.column() : file;
      warnings.add(
          where
              + ": warning: case '"
              + c.name()
              + "': "
              + (unreached.size() == 1 ? "this answer is" : "these answers are")
              + " never reached: "
              + String.join(", ", unreached));
    }
    String path = path(walk);
    walk.current().ifPresent(q -> asked.add(q.id()));
    List<String> problems = new ArrayList<>();
    Optional<Outcome> got = walk.result().map(r -> r.outcome());
    if (got.isEmpty()) {
      problems.add("needs an answer to '" + walk.current().orElseThrow().id() + "'");
    } else if (!got.get().id().equals(c.outcome())
        || !c.tier().map(t -> t == got.get().tier()).orElse(true)) {
      String expected = c.outcome() + c.tier().map(t -> " (" + t.key() + ")").orElse("");
      String actual =
          got.get().id() + (c.tier().isPresent() ? " (" + got.get().tier().key() + ")" : "");
      problems.add("expected " + expected + ", got " + actual);
    }
    List<String> wrongly = c.notAsked().stream().filter(asked::contains).toList();
    if (!wrongly.isEmpty()) {
      problems.add("asked " + quoted(wrongly, ", ") + ", expected not to be");
    }
    walk.result().ifPresent(r -> missingReasons(c, r.reasons()).ifPresent(problems::add));
    Optional<String> failure =
        problems.isEmpty() ? Optional.empty() : Optional.of(fail(c, problems, path));
    return new Verdict(c, failure, warnings, got.map(Outcome::id));
  }

  /**
   * Which of the expected pieces of text no reason includes (ignoring case), with the reasons there
   * are.
   */
  private static Optional<String> missingReasons(Case c, List<String> reasons) {
    List<String> lower = reasons.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
    List<String> missing =
        c.reasonsInclude().stream()
            .filter(f -> lower.stream().noneMatch(r -> r.contains(f.toLowerCase(Locale.ROOT))))
            .toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "no reason includes "
            + quoted(missing, " or ")
            + " (reasons: "
            + (reasons.isEmpty()
                ? "none"
                : quoted(reasons.stream().map(String::strip).toList(), " | "))
            + ")");
  }

  private static String quoted(List<String> items, String separator) {
    return items.stream().map(i -> "'" + i + "'").collect(Collectors.joining(separator));
  }

  private static String fail(Case c, List<String> problems, String path) {
    return "FAIL " + c.name() + ": " + String.join("; ", problems) + "; path: " + path;
  }

  /**
   * The answers taken and where they led: {@code a=no, b=yes -> outcome}, or {@code ... ->
   * question?}.
   */
  static String path(Walk walk) {
    String steps =
        walk.answers().stream()
            .map(a -> a.question().id() + "=" + a.choice() + taken(a))
            .collect(Collectors.joining(", "));
    String end =
        walk.result()
            .map(r -> r.outcome().id())
            .orElseGet(() -> walk.current().map(q -> q.id() + "?").orElse(""));
    return (steps.isEmpty() ? "" : steps + " -> ") + end;
  }

  private static String taken(Answer a) {
    return a.treatedAs().map(t -> " (as " + t + ")").orElse("");
  }
}
