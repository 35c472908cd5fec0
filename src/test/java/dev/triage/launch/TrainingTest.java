package dev.triage.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.triage.cli.Cli;
import dev.triage.load.Loaded;
import dev.triage.model.RedFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The answers the image build trains its scripted run on (src/image/build-image.sh, through the
 * build-only Training).
 */
class TrainingTest {
  @Test
  void theTrainingAnswersAreTheWholePathOfAScriptedRunToAResultWithNoToEveryRedFlag()
      throws Exception {
    Loaded bundled = Training.bundled();
    List<String> args = Training.answers(bundled);
    List<String> run = new ArrayList<>(List.of("run", "--no-input", "-o", "-", "--format", "json"));
    run.addAll(args);
    Cli.Result r = Cli.run(run.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err(), "an answer the walk never reached would be warned about");

    // The flags, in the order given, are exactly the path the run took: one per question asked,
    // each a choice of it.
    JsonObject report = JsonParser.parseString(r.out()).getAsJsonObject();
    List<String> path = new ArrayList<>();
    for (JsonElement step : report.getAsJsonArray("path")) {
      path.add(
          step.getAsJsonObject().get("question").getAsString()
              + "="
              + step.getAsJsonObject().get("answer").getAsString());
    }
    List<String> flags = new ArrayList<>();
    for (int i = 0; i < args.size(); i += 2) {
      assertEquals("-a", args.get(i));
      flags.add(args.get(i + 1));
    }
    assertEquals(path, flags);

    Set<String> redFlags =
        bundled.questionnaire().redFlags().stream().map(RedFlag::id).collect(Collectors.toSet());
    List<String> redFlagAnswers =
        flags.stream().filter(f -> redFlags.contains(f.substring(0, f.indexOf('=')))).toList();
    assertTrue(redFlagAnswers.size() >= 1, flags.toString());
    assertTrue(redFlagAnswers.stream().allMatch(f -> f.endsWith("=no")), redFlagAnswers.toString());
  }
}
