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
    // A failing line would leave its classes out of the launcher's cache and quietly slow every run down.
    for (List<String> line : Training.commandLines(Training.bundled(tmp), false)) {
      assertEquals(ExitCodes.OK, Training.run(tmp, line), "triage " + String.join(" ", line));
    }
    assertTrue(Files.isRegularFile(tmp.resolve("report.json")));
    try (var entries = Files.list(tmp.resolve("cache"))) {
      assertEquals(1, entries.count(), "the first run should have kept the questionnaire for the second");
    }
  }

  @Test
  void theLeanLinesAreVersionHelpAndAScriptedRun() throws Exception {
    List<List<String>> lines = Training.commandLines(Training.bundled(tmp), true);
    assertEquals(List.of("--version"), lines.get(0));
    assertEquals(List.of("--help"), lines.get(1));
    assertEquals(List.of("run", "--no-input"), lines.get(2).subList(0, 2));
    assertEquals(3, lines.size());
    for (List<String> line : lines) {
      assertEquals(ExitCodes.OK, Training.run(tmp, line), "triage " + String.join(" ", line));
    }
  }

  @Test
  void theConsoleRehearsalReachesAResultAndSavesNothing() throws Exception {
    Training.extract(tmp);
    assertTrue(Training.rehearse(tmp));
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(tmp.resolve(Training.FILE)), files.toList());
    }
  }

  @Test
  void theTrainingAnswersSayNoToEveryRedFlagAndReachAnOutcome() throws Exception {
    List<String> answers = Training.answers(Training.bundled(tmp));
    assertEquals("-a", answers.get(0));
    assertTrue(answers.get(1).endsWith("=no"), answers.get(1));
    assertEquals(0, answers.size() % 2);
  }
}
