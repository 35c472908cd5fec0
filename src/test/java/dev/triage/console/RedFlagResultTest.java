package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.Cli;
import dev.triage.model.RedFlag;
import dev.triage.report.Tiers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every red flag of the bundled questionnaire whose "yes" ends the walk, answered "yes" at a
 * terminal after the answers that lead to it ("no" to the flags before it, and "yes" to its parent
 * when it is a follow-up): no further question is asked, and the result (the emergency or urgent
 * banner included) reads exactly as the scripted run's.
 */
@Timeout(600) // guards against a session that waits for keys that never come
class RedFlagResultTest {
  private static final List<RedFlag> FLAGS =
      Requests.load(Requests.BUNDLED).questionnaire().redFlags();

  @TempDir Path dir;

  static Stream<Integer> flags() {
    return IntStream.range(0, FLAGS.size()).filter(i -> !FLAGS.get(i).hasFollowUps()).boxed();
  }

  /**
   * The answers that lead to flag {@code index}: "no" to each flag asked before it, "yes" to its
   * parent.
   */
  private static List<String[]> route(int index) {
    String target = FLAGS.get(index).id();
    List<String[]> answers = new ArrayList<>();
    for (int i = 0; i < FLAGS.size() && !FLAGS.get(i).id().equals(target); i++) {
      RedFlag flag = FLAGS.get(i);
      boolean followUp = FLAGS.stream().anyMatch(f -> f.leadsTo(flag.id()));
      boolean parent = flag.leadsTo(target);
      boolean sibling = FLAGS.stream().anyMatch(f -> f.leadsTo(flag.id()) && f.leadsTo(target));
      if (parent) {
        answers.add(new String[] {flag.id(), "yes"});
      } else if (!followUp || sibling) {
        answers.add(new String[] {flag.id(), "no"});
      }
    }
    return answers;
  }

  @ParameterizedTest
  @MethodSource("flags")
  void yesEndsTheWalkAtOnceWithTheScriptedRunsWords(int index) {
    RedFlag flag = FLAGS.get(index);
    List<String> keys = new ArrayList<>();
    List<String> args =
        new ArrayList<>(List.of("run", "-q", Requests.BUNDLED.toAbsolutePath().toString()));
    for (String[] answer : route(index)) {
      keys.add(answer[1].equals("yes") ? "1" : "2");
      args.addAll(List.of("-a", answer[0] + "=" + answer[1]));
    }
    keys.add("1");
    args.addAll(List.of("-a", flag.id() + "=yes"));
    keys.addAll(
        List.of("", "n")); // Enter past the mistaken-answer check (or the review), then do not save

    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).questionnaire(Requests.BUNDLED).build(),
            Keys.typing(keys.toArray(String[]::new)),
            "dumb",
            81); // wraps at 80, as a scripted run does
    Cli.Result scripted = Cli.run(dir, "", args.toArray(String[]::new));

    assertTrue(t.failure().isEmpty(), t.screen());
    assertEquals(0, scripted.exitCode(), scripted.err());
    int asked = route(index).size() + 1;
    assertFalse(
        t.screen().contains("Question " + (asked + 1) + " of"),
        "asked on after a red flag:\n" + t.screen());
    String headline = Tiers.headline(flag.tier());
    String result = t.after(Tiers.alarming(flag.tier()) ? "!".repeat(headline.length()) : headline);
    assertTrue(
        result.startsWith(scripted.out()),
        "console:\n" + result + "\nscripted:\n" + scripted.out());
    if (Tiers.alarming(flag.tier())) {
      assertFalse(
          t.screen().contains("Your answers"), "an alarming result waited behind the review");
      assertTrue(
          result.startsWith(scripted.out() + "\nIf you chose that answer by mistake"), result);
    }
  }
}
