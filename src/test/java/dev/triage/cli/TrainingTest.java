package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {
  @TempDir Path tmp;

  @Test
  void everyTrainingCommandLineSucceedsOnTheBundledQuestionnaire() throws Exception {
    Path questionnaire = Training.extract(tmp);
    // A failing line would leave its classes out of the launcher's cache and quietly slow every run down.
    for (List<String> line : Training.commandLines(questionnaire)) {
      assertEquals(ExitCodes.OK, Training.run(tmp, line), "triage " + String.join(" ", line));
    }
    assertTrue(Files.isRegularFile(tmp.resolve("report.json")));
    try (var entries = Files.list(tmp.resolve("cache"))) {
      assertEquals(1, entries.count(), "the first run should have kept the questionnaire for the second");
    }
  }

  @Test
  void theTrainingAnswersSayNoToEveryRedFlagAndReachAnOutcome() throws Exception {
    List<String> answers = Training.answers(Training.extract(tmp));
    assertEquals("-a", answers.get(0));
    assertTrue(answers.get(1).endsWith("=no"), answers.get(1));
    assertEquals(0, answers.size() % 2);
  }
}
