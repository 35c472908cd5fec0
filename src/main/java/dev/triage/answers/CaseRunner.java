package dev.triage.answers;

import dev.triage.engine.Answer;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs test cases through the engine exactly as a scripted run would, and reports what each reached. */
public final class CaseRunner {
  private CaseRunner() {}

  /** What one case did: passed or not, the line explaining a failure, and warnings about its answers. */
  public record Verdict(TestCase testCase, Optional<String> failure, List<String> warnings, Optional<String> reached) {
    public Verdict {
      warnings = List.copyOf(warnings);
    }

    public boolean passed() {
      return failure.isEmpty();
    }
  }

  /** What a whole file did: every verdict, and the outcomes no case reached, in the order written. */
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
   * @param defaults answers for every case that does not give its own; one a case never reaches is fine
   * @param file how the case file is named in warnings
   */
  public static Run run(Flow flow, Map<String, String> defaults, List<TestCase> cases, String file) {
    List<Verdict> verdicts = new ArrayList<>();
    Set<String> reached = new LinkedHashSet<>();
    for (TestCase c : cases) {
      Verdict v = run(flow, defaults, c, file);
      v.reached().ifPresent(reached::add);
      verdicts.add(v);
    }
    List<String> unreached = flow.questionnaire().outcomes().stream().map(Outcome::id)
        .filter(id -> !reached.contains(id)).distinct().toList();
    return new Run(verdicts, unreached);
  }

  static Verdict run(Flow flow, Map<String, String> defaults, TestCase c, String file) {
    Map<String, String> given = new LinkedHashMap<>(defaults);
    given.putAll(c.answers());
    Walk.Replay replay = Walk.start(flow).replay(given);
    Walk walk = replay.walk();
    Set<String> asked = walk.answers().stream().map(a -> a.question().id()).collect(Collectors.toSet());
    List<String> warnings = new ArrayList<>();
    List<String> unreached = walk.done()
        ? c.answers().keySet().stream().filter(id -> !asked.contains(id)).toList()
        : List.of();
    if (!unreached.isEmpty()) {
      Pos pos = c.answerPos().getOrDefault(unreached.get(0), Pos.NONE);
      String where = pos.known() ? file + ":" + pos.line() + ":" + pos.column() : file;
      warnings.add(where + ": warning: case '" + c.name() + "': "
          + (unreached.size() == 1 ? "this answer is" : "these answers are") + " never reached: "
          + String.join(", ", unreached));
    }
    String path = path(walk);
    if (replay.rejected().isPresent()) {
      return new Verdict(c, Optional.of(fail(c, replay.rejected().get().message(), path)), warnings,
          Optional.empty());
    }
    if (walk.current().isPresent()) {
      String missing = "needs an answer to '" + walk.current().get().id() + "'";
      return new Verdict(c, Optional.of(fail(c, missing, path)), warnings, Optional.empty());
    }
    Outcome got = walk.result().orElseThrow().outcome();
    boolean outcomeOk = got.id().equals(c.outcome());
    boolean tierOk = c.tier().map(t -> t == got.tier()).orElse(true);
    Optional<String> failure = Optional.empty();
    if (!outcomeOk || !tierOk) {
      String expected = c.outcome() + c.tier().map(t -> " (" + t.key() + ")").orElse("");
      String actual = got.id() + (c.tier().isPresent() ? " (" + got.tier().key() + ")" : "");
      failure = Optional.of(fail(c, "expected " + expected + ", got " + actual, path));
    }
    return new Verdict(c, failure, warnings, Optional.of(got.id()));
  }

  private static String fail(TestCase c, String what, String path) {
    return "FAIL " + c.name() + ": " + what + "; path: " + path;
  }

  /** The answers taken and where they led: {@code a=no, b=yes -> outcome}, or {@code ... -> question?}. */
  static String path(Walk walk) {
    String steps = walk.answers().stream().map(a -> a.question().id() + "=" + a.choice() + taken(a))
        .collect(Collectors.joining(", "));
    String end = walk.result().map(r -> r.outcome().id())
        .orElseGet(() -> walk.current().map(q -> q.id() + "?").orElse(""));
    return (steps.isEmpty() ? "" : steps + " -> ") + end;
  }

  private static String taken(Answer a) {
    return a.treatedAs().map(t -> " (as " + t + ")").orElse("");
  }
}
