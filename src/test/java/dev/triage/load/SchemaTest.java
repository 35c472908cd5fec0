package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * schema/questionnaire.schema.json accepts every bundled questionnaire and agrees with the loader
 * on its keys.
 */
class SchemaTest {
  private static final Path SCHEMA = Path.of("schema/questionnaire.schema.json");
  private static JsonNode schemaJson;
  private static JsonSchema schema;

  @BeforeAll
  static void readSchema() throws IOException {
    schemaJson = new ObjectMapper().readTree(SCHEMA.toFile());
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
  }

  static Stream<Path> bundledQuestionnaires() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("questionnaires"))) {
      List<Path> list =
          files
              .filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".cases.yaml"))
              .sorted()
              .toList();
      assertFalse(list.isEmpty(), "no questionnaires found");
      return list.stream();
    }
  }

  private static Set<String> problems(String yaml) throws QuestionnaireException {
    Set<String> out = new TreeSet<>();
    for (ValidationMessage m :
        schema.validate(EditorJson.of(SafeYaml.parse(new SourceText("t.yaml", yaml))))) {
      out.add(m.getMessage());
    }
    return out;
  }

  @Test
  void schemaIsValidDraft202012() {
    JsonSchema meta =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(SchemaId.V202012));
    assertEquals(Set.of(), meta.validate(schemaJson));
  }

  @ParameterizedTest
  @MethodSource("bundledQuestionnaires")
  void bundledQuestionnaireValidates(Path file) throws Exception {
    assertEquals(Set.of(), problems(Files.readString(file)), file.toString());
  }

  @Test
  void minimalFixtureValidates() throws Exception {
    assertEquals(Set.of(), problems(LoadTesting.MINIMAL));
  }

  @Test
  void unknownKeyIsRejectedByBoth() throws Exception {
    String yaml = LoadTesting.minimalWith("title: Minimal", "titel: Minimal");
    assertEquals(
        Set.of(
            "$: property 'titel' is not defined in the schema and the schema does not allow additional"
                + " properties",
            "$: required property 'title' not found"),
        problems(yaml));
    assertThrows(
        QuestionnaireException.class,
        () -> QuestionnaireLoader.load(new SourceText("t.yaml", yaml)));
  }

  @Test
  void badTierIsRejectedByBoth() throws Exception {
    String yaml = LoadTesting.minimalWith("    tier: self-care", "    tier: critical");
    assertEquals(
        Set.of(
            "$.outcomes[1].tier: does not have a value in the enumeration [\"emergency\", \"urgent\","
                + " \"soon\", \"self-care\"]"),
        problems(yaml));
    assertThrows(
        QuestionnaireException.class,
        () -> QuestionnaireLoader.load(new SourceText("t.yaml", yaml)));
  }

  static Stream<String> invalidForBoth() {
    return Stream.of(
        LoadTesting.minimalWith(
            "    tier: emergency\n    advice", "    tier: self-care\n    advice"),
        LoadTesting.minimalWith("  - id: pain-where", "  - id: Pain-Where"),
        LoadTesting.minimalWith("      - id: low", "      - id: not-sure"),
        LoadTesting.minimalWith("format: 1", "format: 2"),
        LoadTesting.minimalWith("language: en", "language: English"),
        LoadTesting.minimalWith("    text: Where is the pain?\n", ""),
        LoadTesting.minimalWith(
            "outcomes:", "    not-sure:\n      treat-as: low\n      next: strain\noutcomes:"),
        LoadTesting.minimalWith("outcomes:", "    not-sure:\n      label: Unsure\noutcomes:"),
        LoadTesting.minimalWith(
            "    outcome: emergency-now\n",
            "    outcome: emergency-now\n    not-sure:\n" + "      treat-as: maybe\n"),
        LoadTesting.minimalWith(
            "    outcome: emergency-now\n",
            "    outcome: emergency-now\n    not-sure:\n"
                + "      treat-as: yes\n      next: pain-where\n"),
        LoadTesting.minimalWith("    refs: [ref-a]\nstart", "    refs: ref-a\nstart"),
        LoadTesting.minimalWith("title: Minimal", "title: [Minimal]"));
  }

  @ParameterizedTest
  @MethodSource("invalidForBoth")
  void shapeProblemIsRejectedByTheSchemaAndTheLoader(String yaml) throws Exception {
    assertFalse(problems(yaml).isEmpty(), "the schema accepted what the loader refuses");
    assertThrows(
        QuestionnaireException.class,
        () -> QuestionnaireLoader.load(new SourceText("t.yaml", yaml)));
  }

  @Test
  void selfCareOutcomeWithoutNextStepsIsFlaggedForEditors() throws Exception {
    String yaml = LoadTesting.minimalWith("    next-steps: [Rest for two days.]\n", "");
    assertEquals(Set.of("$.outcomes[1]: required property 'next-steps' not found"), problems(yaml));
  }

  @Test
  void schemaKnowsExactlyTheKeysTheLoaderKnows() {
    JsonNode defs = schemaJson.get("$defs");
    assertEquals(QuestionnaireMapper.TOP, keys(schemaJson));
    assertEquals(QuestionnaireMapper.REFERENCE, keys(defs.get("reference")));
    assertEquals(QuestionnaireMapper.SOURCE, keys(defs.get("source")));
    assertEquals(QuestionnaireMapper.OUTCOME, keys(defs.get("outcome")));
    assertEquals(RedFlagMapper.RED_FLAG, keys(defs.get("redFlag")));
    assertEquals(AskedMapper.QUESTION, keys(defs.get("question")));
    assertEquals(AskedMapper.CHOICE, keys(defs.get("choice")));
    assertEquals(
        AskedMapper.NOT_SURE, keys(defs.get("question").get("properties").get("not-sure")));
    assertEquals(
        AskedMapper.SELF_TEST, keys(defs.get("question").get("properties").get("self-test")));
    List<String> redFlagNotSure = new ArrayList<>(AskedMapper.NOT_SURE);
    redFlagNotSure.remove("next");
    assertEquals(redFlagNotSure, keys(defs.get("redFlag").get("properties").get("not-sure")));
    assertEquals(GovernanceMapper.GOVERNANCE, keys(defs.get("governance")));
    assertEquals(GovernanceMapper.PERSON, keys(defs.get("person")));
    assertEquals(GovernanceMapper.REVIEW, keys(defs.get("review")));
    assertEquals(GovernanceMapper.CHANGE, keys(defs.get("change")));
  }

  @Test
  void everyPropertyHasADescriptionForEditors() {
    List<String> missing = new ArrayList<>();
    collectUndescribed(schemaJson, "$", missing);
    assertEquals(List.of(), missing);
    assertTrue(schemaJson.get("$defs").size() > 5);
  }

  private static void collectUndescribed(JsonNode node, String path, List<String> missing) {
    JsonNode properties = node.get("properties");
    if (properties != null) {
      properties
          .fields()
          .forEachRemaining(
              p -> {
                if (!p.getValue().hasNonNull("description")) {
                  missing.add(path + "." + p.getKey());
                }
                collectUndescribed(p.getValue(), path + "." + p.getKey(), missing);
              });
    }
    JsonNode defs = node.get("$defs");
    if (defs != null) {
      defs.fields()
          .forEachRemaining(d -> collectUndescribed(d.getValue(), "$defs." + d.getKey(), missing));
    }
  }

  private static List<String> keys(JsonNode objectSchema) {
    List<String> out = new ArrayList<>();
    objectSchema.get("properties").fieldNames().forEachRemaining(out::add);
    return out;
  }
}
