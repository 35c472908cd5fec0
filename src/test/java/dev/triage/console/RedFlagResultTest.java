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
 * Every red flag of the bundled questionnaire answered "yes" at a terminal: no further question is asked, and the
 * result (the emergency or urgent banner included) reads exactly as the scripted run's for the same answers.
 */
@Timeout(60) // guards against a session that waits for keys that never come
class RedFlagResultTest {
  private static final List<RedFlag> FLAGS = Requests.load(Requests.BUNDLED).questionnaire().redFlags();

  @TempDir Path dir;

  static Stream<Integer> flags() {
    return IntStream.range(0, FLAGS.size()).boxed();
  }

  @ParameterizedTest
  @MethodSource("flags")
  void yesEndsTheWalkAtOnceWithTheScriptedRunsWords(int index) {
    RedFlag flag = FLAGS.get(index);
    List<String> keys = new ArrayList<>();
    List<String> args = new ArrayList<>(List.of("run", "-q", Requests.BUNDLED.toAbsolutePath().toString()));
    for (int i = 0; i < index; i++) {
      keys.add("2");
      args.addAll(List.of("-a", FLAGS.get(i).id() + "=no"));
    }
    keys.add("1");
    args.addAll(List.of("-a", flag.id() + "=yes"));
    keys.addAll(List.of("", "n")); // Enter past the mistaken-answer check (or the review), then do not save

    Driver.Transcript t = Driver.run(Requests.builder(dir).questionnaire(Requests.BUNDLED).build(),
        Keys.typing(keys.toArray(String[]::new)), "dumb", 81); // wraps at 80, as a scripted run does
    Cli.Result scripted = Cli.run(dir, "", args.toArray(String[]::new));

    assertTrue(t.failure().isEmpty(), t.screen());
    assertEquals(0, scripted.exitCode(), scripted.err());
    assertFalse(t.screen().contains("Question " + (index + 2) + " of"), "asked on after a red flag:\n" + t.screen());
    String headline = Tiers.headline(flag.tier());
    String result = t.after(Tiers.alarming(flag.tier()) ? "!".repeat(headline.length()) : headline);
    assertTrue(result.startsWith(scripted.out()), "console:\n" + result + "\nscripted:\n" + scripted.out());
    if (Tiers.alarming(flag.tier())) {
      assertFalse(t.screen().contains("Your answers"), "an alarming result waited behind the review");
      assertTrue(result.startsWith(scripted.out() + "\nIf you chose that answer by mistake"), result);
    }
  }
}
