package dev.triage.load;

import static dev.triage.load.LoadTesting.MINIMAL;
import static dev.triage.load.LoadTesting.assertProblems;
import static dev.triage.load.LoadTesting.failure;
import static dev.triage.load.LoadTesting.minimalWith;
import static dev.triage.load.LoadTesting.rendered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.diag.SourceText;
import org.junit.jupiter.api.Test;

/** Each shape problem a questionnaire can have, with its exact message and position. */
class ShapeErrorsTest {
  @Test
  void minimalFixtureLoads() throws Exception {
    assertEquals(
        "minimal",
        QuestionnaireLoader.load(new SourceText("minimal.yaml", MINIMAL)).questionnaire().id());
  }

  @Test
  void misspeltTopLevelKeyIsUnknownWithASuggestionAndTheRealKeyIsMissing() {
    assertProblems(
        minimalWith("title: Minimal", "titel: Minimal"),
        "minimal.yaml:1:1: error: missing required key 'title' at the top level",
        "minimal.yaml:3:1: error: unknown key 'titel' at the top level; did you mean 'title'?");
  }

  @Test
  void caseFileGivenAsAQuestionnaireIsOneProblemThatNamesTheRightCommand() {
    assertProblems(
        "questionnaire: minimal\ndefaults:\n  a: yes\ncases: []\n",
        "minimal.yaml:1:1: error: this is a case file, not a questionnaire; run it with 'triage test FILE'");
  }

  @Test
  void answerFileGivenAsAQuestionnaireIsOneProblemThatSaysWhatItIsNot() {
    assertProblems(
        "saddle-numbness: no\nsitting-pain: yes\n",
        "minimal.yaml:1:1: error: this is not a questionnaire: it has none of the keys format, id, title, questions,"
            + " outcomes; an answer file goes to 'triage run --answers FILE', and docs/questionnaire-format.md"
            + " (share/doc/triage in a release) shows a questionnaire");
  }

  @Test
  void unknownKeyWithoutANearMissListsTheKnownKeys() {
    assertProblems(
        minimalWith(
            "    text: Where is the pain?\n", "    text: Where is the pain?\n    colour: red\n"),
        "minimal.yaml:25:5: error: unknown key 'colour' in question 'pain-where'; the keys here are: id, text, help,"
            + " note, self-test, choices, not-sure, refs");
  }

  @Test
  void keyWrittenInAnotherCaseOrWithUnderscoresIsSuggested() {
    assertProblems(
        minimalWith("next-steps: [Rest for two days.]", "next_steps: [Rest for two days.]"),
        "minimal.yaml:44:5: error: unknown key 'next_steps' in outcome 'strain'; did you mean 'next-steps'?");
  }

  @Test
  void missingRequiredKeyIsReportedAtItsMapping() {
    assertProblems(
        minimalWith("    text: Where is the pain?\n", ""),
        "minimal.yaml:23:5: error: missing required key 'text' in question 'pain-where'");
  }

  @Test
  void missingKeyOfAnElementWithoutIdNamesItByNumber() {
    assertProblems(
        minimalWith("      - id: low\n", "      - idd: low\n"),
        "minimal.yaml:29:9: error: unknown key 'idd' in choice 2 of question 'pain-where'; did you mean 'id'?",
        "minimal.yaml:29:9: error: missing required key 'id' in choice 2 of question 'pain-where'");
  }

  @Test
  void nullValuesAreMissingValues() {
    assertProblems(
        minimalWith("title: Minimal", "title:"),
        "minimal.yaml:3:1: error: missing value for 'title'");
    assertProblems(
        minimalWith("title: Minimal", "title: ~"),
        "minimal.yaml:3:1: error: missing value for 'title'");
    assertProblems(
        minimalWith("title: Minimal", "title: null"),
        "minimal.yaml:3:1: error: missing value for 'title'");
    assertProblems(
        minimalWith("    text: Where is the pain?\n", "    text: Where is the pain?\n    help:\n"),
        "minimal.yaml:25:5: error: missing value for 'help'; write one or leave the key out");
  }

  @Test
  void requiredKeyWithoutValueIsReportedOnce() {
    assertProblems(
        minimalWith("language: en", "language:"),
        "minimal.yaml:5:1: error: missing value for 'language'");
  }

  @Test
  void keyLeftOutBeforeTheColonIsReported() {
    assertProblems(
        minimalWith(
            "    text: Where is the pain?\n", "    text: Where is the pain?\n    ?\n    : oops\n"),
        "minimal.yaml:25:6: error: a key is missing before ':' in question 'pain-where'; the keys here are: id, text,"
            + " help, note, self-test, choices, not-sure, refs");
  }

  @Test
  void listHintIsOnlyOfferedWhenItWouldBeValidYaml() {
    assertProblems(
        minimalWith(
            "seek-care: [Call emergency services now.]", "seek-care: Call now, or go to A&E."),
        "minimal.yaml:37:16: error: 'seek-care' must be a list, not text");
  }

  @Test
  void quotedNullIsText() throws Exception {
    var q =
        QuestionnaireLoader.load(
            new SourceText("minimal.yaml", minimalWith("title: Minimal", "title: 'null'")));
    assertEquals("null", q.questionnaire().title());
  }

  @Test
  void listWrittenAsTextIsTheWrongKind() {
    assertProblems(
        minimalWith("    choices:\n", "    choices: high\n    old-choices:\n"),
        "minimal.yaml:25:14: error: 'choices' must be a list, not text",
        "minimal.yaml:26:5: error: unknown key 'old-choices' in question 'pain-where'; the keys here are: id, text,"
            + " help, note, self-test, choices, not-sure, refs");
  }

  @Test
  void referenceListWrittenAsTextSuggestsTheListForm() {
    assertProblems(
        minimalWith("    refs: [ref-a]\nstart", "    refs: ref-a\nstart"),
        "minimal.yaml:20:11: error: 'refs' must be a list, not text (write refs: [ref-a])");
  }

  @Test
  void textWrittenAsAListOrMappingIsTheWrongKind() {
    assertProblems(
        minimalWith("title: Minimal", "title: [Minimal]"),
        "minimal.yaml:3:8: error: 'title' must be text, not a list");
    assertProblems(
        minimalWith("title: Minimal", "title: {text: Minimal, more: text}"),
        "minimal.yaml:3:8: error: 'title' must be text, not a mapping");
  }

  @Test
  void textWithAColonInAListIsAMappingToYamlAndTheMessageSaysToQuoteIt() {
    assertProblems(
        minimalWith(
            "next-steps: [Rest for two days.]", "next-steps:\n      - Keep moving: walk daily"),
        "minimal.yaml:45:9: error: each item of 'next-steps' must be text, not a mapping; if it is text that"
            + " contains ': ', put it in quotes");
  }

  @Test
  void mappingWrittenAsTextIsTheWrongKind() {
    assertProblems(
        minimalWith(
            "    text: Where is the pain?\n",
            "    text: Where is the pain?\n    self-test: Stretch\n"),
        "minimal.yaml:25:16: error: 'self-test' must be a mapping, not text");
  }

  @Test
  void listItemsOfTheWrongKindAreEachReported() {
    assertProblems(
        minimalWith(
            "seek-care: [Call emergency services now.]", "seek-care: [[Call now.], {a: b}, ~]"),
        "minimal.yaml:37:17: error: each item of 'seek-care' must be text, not a list",
        "minimal.yaml:37:30: error: each item of 'seek-care' must be text, not a mapping; if it is text that contains"
            + " ': ', put it in quotes",
        "minimal.yaml:37:38: error: an item of 'seek-care' is empty; write it or remove the '-'");
  }

  @Test
  void elementThatIsNotAMappingIsReported() {
    assertProblems(
        minimalWith("sources:\n", "sources:\n  - hamstring\n"),
        "minimal.yaml:11:5: error: each item of 'sources' must be a mapping (id, name, description), not text");
  }

  @Test
  void emptyElementIsReported() {
    assertProblems(
        minimalWith("sources:\n", "sources:\n  -\n"),
        "minimal.yaml:11:4: error: an item of 'sources' is empty; write it or remove the '-'");
  }

  @Test
  void questionnaireThatIsNotAMappingIsReported() {
    assertProblems(
        "- format: 1\n",
        "minimal.yaml:1:1: error: a questionnaire must be a mapping of keys (format, id, title, ...), not a list;"
            + " see docs/questionnaire-format.md (share/doc/triage in a release)");
  }

  @Test
  void idsMustBeLowerCaseLettersDigitsAndHyphens() {
    assertProblems(
        minimalWith("  - id: pain-where", "  - id: Pain_Where"),
        "minimal.yaml:23:9: error: invalid id 'Pain_Where': use lower-case letters, digits and hyphens, starting"
            + " with a letter or digit (like 'sitting-pain')");
    assertProblems(
        minimalWith("  - key: ref-a", "  - key: '-ref a'"),
        "minimal.yaml:8:10: error: invalid reference key '-ref a': use lower-case letters, digits and hyphens,"
            + " starting with a letter or digit (like 'sitting-pain')");
  }

  @Test
  void unknownTierListsTheValidTiers() {
    assertProblems(
        minimalWith("    tier: self-care", "    tier: critical"),
        "minimal.yaml:40:11: error: unknown tier 'critical'; use one of: emergency, urgent, soon, self-care");
  }

  @Test
  void nearMissOfATierIsSuggested() {
    assertProblems(
        minimalWith("    tier: self-care", "    tier: selfcare"),
        "minimal.yaml:40:11: error: unknown tier 'selfcare' (did you mean 'self-care'?); use one of: emergency,"
            + " urgent, soon, self-care");
  }

  @Test
  void redFlagCannotBeSelfCare() {
    assertProblems(
        minimalWith("    tier: emergency\n    advice", "    tier: self-care\n    advice"),
        "minimal.yaml:17:11: error: a red flag cannot have tier 'self-care'; use emergency, urgent or soon");
  }

  @Test
  void redFlagTierListsOnlyTheRedFlagTiers() {
    assertProblems(
        minimalWith("    tier: emergency\n    advice", "    tier: urgentt\n    advice"),
        "minimal.yaml:17:11: error: unknown tier 'urgentt' (did you mean 'urgent'?); use one of: emergency, urgent,"
            + " soon");
  }

  @Test
  void formatMustBeOne() {
    assertProblems(
        minimalWith("format: 1", "format: 2"),
        "minimal.yaml:1:9: error: unsupported format '2'; this version of triage reads format 1");
    assertProblems(
        minimalWith("format: 1", "format: 1.0"),
        "minimal.yaml:1:9: error: unsupported format '1.0'; this version of triage reads format 1");
  }

  @Test
  void languageMustBeATag() {
    assertProblems(
        minimalWith("language: en", "language: English (UK)"),
        "minimal.yaml:5:11: error: invalid language 'English (UK)'; write a BCP 47 language tag such as 'en' or"
            + " 'en-GB'");
  }

  @Test
  void questionNeedsAChoice() {
    String text =
        MINIMAL.substring(0, MINIMAL.indexOf("    choices:"))
            + "    choices: []\n"
            + MINIMAL.substring(MINIMAL.indexOf("outcomes:"));
    assertProblems(
        text, "minimal.yaml:25:14: error: question 'pain-where' needs at least one choice");
  }

  @Test
  void notSureIsAReservedChoiceId() {
    assertProblems(
        minimalWith("      - id: low", "      - id: not-sure"),
        "minimal.yaml:29:13: error: choice id 'not-sure' is reserved for the \"not sure\" answer; write a"
            + " 'not-sure:' entry on the question instead");
  }

  @Test
  void questionNotSureNeedsExactlyOneOfTreatAsAndNext() {
    String both =
        minimalWith(
            "outcomes:", "    not-sure:\n      treat-as: low\n      next: strain\noutcomes:");
    assertProblems(
        both,
        "minimal.yaml:34:7: error: 'not-sure' of question 'pain-where' has both 'treat-as' and"
            + " 'next'; keep one: 'treat-as' counts it as one of the choices, 'next' gives it its own branch");
    String neither = minimalWith("outcomes:", "    not-sure:\n      label: Unsure\noutcomes:");
    assertProblems(
        neither,
        "minimal.yaml:33:7: error: 'not-sure' of question 'pain-where' needs 'treat-as' (a"
            + " choice id of the question) or 'next' (where it leads)");
  }

  @Test
  void redFlagNotSureCannotHaveItsOwnBranch() {
    assertProblems(
        minimalWith(
            "    outcome: emergency-now\n",
            "    outcome: emergency-now\n    not-sure:\n      next: pain-where\n"),
        "minimal.yaml:21:7: error: the 'not-sure' of a red flag cannot have 'next'; use 'treat-as: yes' or"
            + " 'treat-as: no'",
        "minimal.yaml:21:7: error: 'not-sure' of red flag 'flag-one' needs 'treat-as: yes' or 'treat-as: no'");
  }

  @Test
  void redFlagNotSureIsTreatedAsYesOrNoOnly() {
    assertProblems(
        minimalWith(
            "    outcome: emergency-now\n",
            "    outcome: emergency-now\n    not-sure:\n      treat-as: Yes\n"),
        "minimal.yaml:21:17: error: the 'not-sure' of a red flag must use 'treat-as: yes' or 'treat-as: no', not"
            + " 'Yes'");
  }

  @Test
  void everyProblemIsReportedInOneRunInFileOrder() {
    String text =
        minimalWith("title: Minimal", "title:")
            .replace("    tier: self-care", "    tier: later")
            .replace("      - id: low", "      - id: Low");
    assertProblems(
        text,
        "minimal.yaml:3:1: error: missing value for 'title'",
        "minimal.yaml:29:13: error: invalid choice id 'Low': use lower-case letters, digits and hyphens, starting"
            + " with a letter or digit (like 'sitting-pain')",
        "minimal.yaml:40:11: error: unknown tier 'later'; use one of: emergency, urgent, soon, self-care");
  }

  @Test
  void problemsPrintWithTheSourceLineAndACaret() {
    String text = minimalWith("  - id: pain-where\n    text:", "  - id: pain-where\n    txet:");
    assertEquals(
        """
        minimal.yaml:23:5: error: missing required key 'text' in question 'pain-where'
          - id: pain-where
            ^
        minimal.yaml:24:5: error: unknown key 'txet' in question 'pain-where'; did you mean 'text'?
            txet: Where is the pain?
            ^""",
        rendered(failure(text)));
  }
}
