package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.triage.diag.SourceText;
import dev.triage.model.Question;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML 1.1's boolean words stay exactly the text written, as keys and as values, in every casing.
 */
class YamlBooleanWordsTest {
  static Stream<String> words() {
    return Stream.of("yes", "no", "on", "off", "y", "n", "true", "false")
        .flatMap(w -> Stream.of(w, w.toUpperCase(Locale.ROOT), capitalised(w), alternating(w)))
        .distinct();
  }

  private static String capitalised(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  /** "yEs", "oFf": casings no YAML resolver lists, to show nothing depends on the list. */
  private static String alternating(String w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      b.append(i % 2 == 1 ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }

  @ParameterizedTest
  @MethodSource("words")
  void wordIsKeptAsAKeyAndAsValues(String word) throws Exception {
    String yaml =
        word + ": " + word + "\nlist: [" + word + ", '" + word + "']\nblock:\n  - " + word + "\n";
    YamlMap map = (YamlMap) SafeYaml.parse(new SourceText("words.yaml", yaml));
    YamlMap.Entry first = map.entries().get(0);
    assertEquals(word, first.key().value());
    assertEquals(
        new YamlScalar(word, new dev.triage.model.Pos(1, word.length() + 3)), first.value());
    List<String> list =
        ((YamlList) map.get("list").orElseThrow())
            .items().stream().map(n -> ((YamlScalar) n).value()).toList();
    assertEquals(List.of(word, word), list);
    YamlScalar block = (YamlScalar) ((YamlList) map.get("block").orElseThrow()).items().get(0);
    assertEquals(word, block.value());
    assertFalse(block.isNull());
  }

  @ParameterizedTest
  @MethodSource("words")
  void wordIsKeptAsALabelAndAsAChoiceIdInAQuestionnaire(String word) throws Exception {
    String id = word.toLowerCase(Locale.ROOT);
    String other = id.equals("n") ? "y" : "n";
    String text =
        LoadTesting.minimalWith(
                "      - id: high\n        label: High up",
                "      - id: " + id + "\n        label: " + word)
            .replace(
                "      - id: low\n        label: Lower down",
                "      - id: " + other + "\n        label: " + other.toUpperCase(Locale.ROOT));
    Question question =
        QuestionnaireLoader.load(new SourceText("minimal.yaml", text))
            .questionnaire()
            .questions()
            .get(0);
    assertEquals(List.of(id, other), question.choices().stream().map(c -> c.id()).toList());
    assertEquals(word, question.choices().get(0).label());
  }

  @ParameterizedTest
  @MethodSource("words")
  void redFlagNoKeyAndNotSureAnswerAreTheWordsWritten(String word) throws Exception {
    String text =
        LoadTesting.minimalWith(
            "    outcome: emergency-now\n",
            "    outcome: emergency-now\n    no: pain-where\n    not-sure:\n      treat-as: no\n      label: "
                + word
                + "\n");
    var flag =
        QuestionnaireLoader.load(new SourceText("minimal.yaml", text))
            .questionnaire()
            .redFlags()
            .get(0);
    assertEquals("pain-where", flag.onNo().id());
    assertEquals(true, flag.explicitNo());
    assertEquals("no", flag.notSure().orElseThrow().treatAs().orElseThrow());
    assertEquals(word, flag.notSure().orElseThrow().label());
  }
}
