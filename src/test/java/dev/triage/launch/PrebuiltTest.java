package dev.triage.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.diag.SourceText;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.load.SourceFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The models the build made of the bundled questionnaires: equal to what the loader gives, used
 * only when exact.
 */
class PrebuiltTest {
  static List<Path> bundled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("questionnaires"))) {
      return files
          .filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith(".cases.yaml"))
          .sorted()
          .toList();
    }
  }

  private static SourceText example(String name) throws Exception {
    return SourceFiles.read(Path.of("questionnaires/example.yaml"), name);
  }

  private static byte[] model(String name) throws IOException {
    try (InputStream in =
        Prebuilt.class.getResourceAsStream(Prebuilt.DIR + name + Prebuilt.SUFFIX)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void everyBundledQuestionnaireHasAModelEqualToWhatTheLoaderGives(Path questionnaire)
      throws Exception {
    Loaded loaded =
        QuestionnaireLoader.load(questionnaire, "bundled/" + questionnaire.getFileName());
    Loaded found =
        Prebuilt.find(SourceFiles.read(questionnaire, "bundled/" + questionnaire.getFileName()))
            .orElseThrow();
    assertEquals(loaded.questionnaire(), found.questionnaire());
    assertEquals(loaded.source(), found.source());
    assertEquals(loaded.sha256(), found.sha256());
  }

  @Test
  void namesTheSourceAsThisRunNamesIt() throws Exception {
    assertEquals(
        "./questionnaires/example.yaml",
        Prebuilt.find(example("./questionnaires/example.yaml")).orElseThrow().source().name());
  }

  @Test
  void aChangedTextIsLoadedTheOrdinaryWay() throws Exception {
    SourceText changed =
        new SourceText("example.yaml", example("example.yaml").text().replace("title:", "title: "));
    assertEquals(Optional.empty(), Prebuilt.find(changed));
  }

  @Test
  void aFileOfAnotherNameHasNoModel() throws Exception {
    assertEquals(Optional.empty(), Prebuilt.find(example("my-example.yaml")));
    assertEquals(Optional.empty(), Prebuilt.find(example("example.yml")));
    assertEquals(Optional.empty(), Prebuilt.find(example("example.cases.yaml")));
  }

  @Test
  void aTruncatedModelIsIgnored() throws Exception {
    byte[] whole = model("example");
    assertTrue(Prebuilt.read(whole, example("example.yaml")).isPresent());
    for (int length : new int[] {0, 6, 100, whole.length / 2, whole.length - 1}) {
      assertEquals(
          Optional.empty(),
          Prebuilt.read(Arrays.copyOf(whole, length), example("example.yaml")),
          "cut to " + length + " bytes");
    }
  }

  @Test
  void aModelOfAnotherFormatIsIgnored() throws Exception {
    byte[] other = model("example");
    other[7]++; // the format number's last byte
    assertEquals(Optional.empty(), Prebuilt.read(other, example("example.yaml")));
  }
}
