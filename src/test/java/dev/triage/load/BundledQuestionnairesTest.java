package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every questionnaire shipped in questionnaires/ loads without a shape problem. */
class BundledQuestionnairesTest {
  @ParameterizedTest
  @MethodSource("dev.triage.load.SchemaTest#bundledQuestionnaires")
  void loads(Path file) throws Exception {
    Loaded loaded = QuestionnaireLoader.load(file, file.toString());
    String name = file.getFileName().toString();
    assertEquals(name.substring(0, name.length() - ".yaml".length()), loaded.questionnaire().id());
    assertFalse(loaded.questionnaire().questions().isEmpty());
    assertEquals(64, loaded.sha256().length());
  }
}
