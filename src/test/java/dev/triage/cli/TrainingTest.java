package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {
  @TempDir Path tmp;

  @Test
  void everyTrainingCommandLineSucceedsOnTheBundledQuestionnaire() throws Exception {
    Path questionnaire = tmp.resolve("q.yaml");
    try (var in = Training.class.getResourceAsStream(Training.BUNDLED)) {
      Files.copy(in, questionnaire);
    }
    // A failing line would leave its classes out of the launcher's cache and quietly slow every run down.
    for (List<String> line : Training.commandLines(questionnaire)) {
      assertEquals(ExitCodes.OK, Training.run(line), "triage " + String.join(" ", line));
    }
  }
}
