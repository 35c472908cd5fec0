package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.process.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage test}: case files, their failures, coverage and errors. */
class CasesCommandTest {
  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void setUp() {
    ws = new Workspace(tmp);
    ws.example("cases/example.yaml");
  }

  private static final String DEFAULTS =
      "defaults:\n  saddle-numbness: no\n  swollen-calf: no\n  pop-and-bruise: no\n";

  private static final String TWO_PASSING =
      DEFAULTS
          + String.join(
              "\n",
              "cases:",
              "  - name: Saddle numbness alone goes straight to emergency",
              "    answers:",
              "      saddle-numbness: yes",
              "    expect:",
              "      outcome: emergency-now",
              "      tier: emergency",
              "  - name: Nerve signs",
              "    answers: {sitting-pain: no, nerve-signs: yes}",
              "    expect: {outcome: nerve-pain}",
              "");

  @Test
  void passingCasesPrintTheFileLineTheUnreachedOutcomesAndTheCount() {
    ws.write("cases/example.cases.yaml", TWO_PASSING);
    Cli.Result r = ws.run("test", "cases/example.cases.yaml");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        String.join(
            "\n",
            "cases/example.cases.yaml: 2 cases against example 1.0.0",
            "no case reaches these outcomes: urgent-today, see-doctor-soon, hamstring-strain, sit-bone, no-clear-pattern",
            "2 passed, 0 failed",
            ""),
        r.out());
    assertEquals("", r.err());
  }

  @Test
  void requireCoverageMakesAnUnreachedOutcomeAFailure() {
    ws.write("cases/example.cases.yaml", TWO_PASSING);
    Cli.Result r = ws.run("test", "--require-coverage", "cases/example.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "cases/example.cases.yaml: 2 cases against example 1.0.0",
            "FAIL coverage: no case reaches these outcomes: urgent-today, see-doctor-soon, hamstring-strain, sit-bone,"
                + " no-clear-pattern",
            "2 passed, 0 failed",
            ""),
        r.out());
  }

  @Test
  void aFailureShowsExpectedActualAndThePathAndExits1() {
    ws.write(
        "cases/example.cases.yaml",
        DEFAULTS
            + String.join(
                "\n",
                "cases:",
                "  - name: Wrong outcome",
                "    answers: {swollen-calf: yes}",
                "    expect: {outcome: nerve-pain}",
                "  - name: Wrong tier",
                "    answers: {saddle-numbness: not-sure}",
                "    expect: {outcome: emergency-now, tier: urgent}",
                "  - name: Short of answers",
                "    answers: {sitting-pain: yes}",
                "    expect: {outcome: sit-bone}",
                ""));
    Cli.Result r = ws.run("test", "cases/example.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "cases/example.cases.yaml: 3 cases against example 1.0.0",
            "FAIL Wrong outcome: expected nerve-pain, got urgent-today; path: saddle-numbness=no, swollen-calf=yes"
                + " -> urgent-today",
            "FAIL Wrong tier: expected emergency-now (urgent), got emergency-now (emergency); path:"
                + " saddle-numbness=not-sure (as yes) -> emergency-now",
            "FAIL Short of answers: needs an answer to 'nerve-signs'; path: saddle-numbness=no, swollen-calf=no,"
                + " pop-and-bruise=no, sitting-pain=yes -> nerve-signs?",
            "no case reaches these outcomes: see-doctor-soon, nerve-pain, hamstring-strain, sit-bone, no-clear-pattern",
            "0 passed, 3 failed",
            ""),
        r.out());
  }

  @Test
  void aCasesOwnAnswerNeverReachedIsAWarningButADefaultIsNot() {
    ws.write(
        "cases/example.cases.yaml",
        DEFAULTS
            + String.join(
                "\n",
                "cases:",
                "  - name: Flag first",
                "    answers:",
                "      swollen-calf: yes",
                "      sitting-pain: yes",
                "      nerve-signs: no",
                "    expect: {outcome: urgent-today}",
                ""));
    Cli.Result r = ws.run("test", "cases/example.cases.yaml");
    assertEquals(0, r.exitCode());
    assertEquals(
        "cases/example.cases.yaml:9:21: warning: case 'Flag first': these answers are never reached:"
            + " sitting-pain, nerve-signs\n",
        r.err());
  }

  @Test
  void theQuestionnaireMayBeNamedOrAPathRelativeToTheCaseFile() {
    ws.write("cases/sub/mine.cases.yaml", "questionnaire: ../example.yaml\n" + TWO_PASSING);
    Cli.Result byPath = ws.run("test", "cases/sub/mine.cases.yaml");
    assertEquals(0, byPath.exitCode(), byPath.err());
    ws.example("questionnaires/example.yaml");
    ws.write("other.cases.yaml", "questionnaire: example\n" + TWO_PASSING);
    Cli.Result byName = ws.run("test", "other.cases.yaml");
    assertEquals(0, byName.exitCode(), byName.err());
    assertEquals(
        "other.cases.yaml: 2 cases against example 1.0.0", byName.out().lines().findFirst().get());
  }

  @Test
  void withoutAQuestionnaireKeyTheFileNameNamesItAndOnlyThatSuffixWorks() {
    ws.write("cases/mine.yaml", TWO_PASSING);
    Cli.Result r = ws.run("test", "cases/mine.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "triage: cases/mine.yaml: cannot tell which questionnaire it tests; add 'questionnaire: NAME' to"
            + " it, or name it NAME.cases.yaml\n",
        r.err());
    assertEquals("", r.out());
  }

  /**
   * An outcome id with none near it: the message lists the questionnaire's outcomes, so the author
   * can pick one without opening the questionnaire.
   */
  @Test
  void anUnknownOutcomeWithNoneNearListsTheOutcomes() {
    ws.write(
        "cases/example.cases.yaml",
        DEFAULTS + "cases:\n  - name: Sciatic\n    expect: {outcome: sciatic}\n");
    Cli.Result r = ws.run("test", "cases/example.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "cases/example.cases.yaml:7:23: error: no outcome 'sciatic' in 'example'; its outcomes:"
                + " emergency-now, urgent-today, see-doctor-soon, nerve-pain, hamstring-strain,"
                + " sit-bone, no-clear-pattern",
            "    expect: {outcome: sciatic}",
            "                      ^",
            ""),
        r.err());
  }

  /**
   * Of many outcomes, twelve are listed, those sharing a word with the id written first, and how
   * many more there are.
   */
  @Test
  void anUnknownOutcomeOfALargeQuestionnaireListsTwelveThoseSharingAWordFirst() {
    ws.write(
        "cases/mine.cases.yaml",
        "questionnaire: posterior-thigh\ncases:\n  - name: Sciatic\n    expect: {outcome: sciatic}\n");
    Cli.Result r = ws.run("test", "cases/mine.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "cases/mine.cases.yaml:4:23: error: no outcome 'sciatic' in 'posterior-thigh'; its outcomes:"
            + " sciatic-back, sciatic-deep-buttock, sciatic-sit-bone, sciatic-unclear,"
            + " emergency-breathless, emergency-limb-ischaemia, emergency-aorta,"
            + " emergency-thigh-swelling, emergency-sepsis, emergency-cauda-equina,"
            + " emergency-spinal-cord, emergency-sight and 28 more",
        r.err().lines().findFirst().orElseThrow());
  }

  @Test
  void everyProblemInACaseFileIsReportedAtOnceWithLineAndCaret() {
    ws.write(
        "cases/example.cases.yaml",
        String.join(
            "\n",
            "cases:",
            "  - name: Typos",
            "    answers:",
            "      sitting-pian: yes",
            "      saddle-numbness: maybe",
            "    expct:",
            "      outcome: nerve-pain",
            "  - name: Bad outcome",
            "    expect: {outcome: nerve-pian, tier: later}",
            ""));
    Cli.Result r = ws.run("test", "cases/example.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "cases/example.cases.yaml:2:5: error: a case needs 'expect' with the 'outcome' it should reach",
            "  - name: Typos",
            "    ^",
            "cases/example.cases.yaml:4:7: error: no question 'sitting-pian' in 'example'; did you mean 'sitting-pain'?",
            "      sitting-pian: yes",
            "      ^",
            "cases/example.cases.yaml:5:24: error: 'maybe' is not an answer to 'saddle-numbness'; valid answers: yes,"
                + " no, not-sure (or 1 to 3)",
            "      saddle-numbness: maybe",
            "                       ^",
            "cases/example.cases.yaml:6:5: error: unknown key 'expct'; did you mean 'expect'?",
            "    expct:",
            "    ^",
            "cases/example.cases.yaml:9:23: error: no outcome 'nerve-pian' in 'example'; did you mean 'nerve-pain'?",
            "    expect: {outcome: nerve-pian, tier: later}",
            "                      ^",
            "cases/example.cases.yaml:9:41: error: unknown tier 'later'; expected one of: emergency, urgent, soon,"
                + " self-care",
            "    expect: {outcome: nerve-pian, tier: later}",
            "                                        ^",
            ""),
        r.err());
  }

  @Test
  void notAskedAssertsAQuestionIsSkippedAndSilencesTheWarningForItsOwnAnswer() {
    ws.write(
        "cases/example.cases.yaml",
        DEFAULTS
            + String.join(
                "\n",
                "cases:",
                "  - name: Emergency first",
                "    answers:",
                "      saddle-numbness: yes",
                "      swollen-calf: yes",
                "    expect:",
                "      outcome: emergency-now",
                "      not-asked: [swollen-calf, pop-and-bruise]",
                "      reasons-include: [\"NUMBNESS OR TINGLING between your legs\"]",
                ""));
    Cli.Result r = ws.run("test", "cases/example.cases.yaml");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertEquals("", r.err());
    assertEquals("1 passed, 0 failed", r.out().lines().reduce((a, b) -> b).get());
  }

  @Test
  void notAskedAndReasonsIncludeFailuresAreOnTheCasesLine() {
    ws.write(
        "cases/example.cases.yaml",
        DEFAULTS
            + String.join(
                "\n",
                "cases:",
                "  - name: Calf",
                "    answers: {swollen-calf: yes}",
                "    expect: {outcome: urgent-today, not-asked: [saddle-numbness], reasons-include: [blood clot]}",
                ""));
    Cli.Result r = ws.run("test", "cases/example.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "FAIL Calf: asked 'saddle-numbness', expected not to be; no reason includes 'blood clot' (reasons:"
            + " 'You answered yes to: Is one calf or thigh swollen, warm, red or darker than the other, or throbbing?');"
            + " path: saddle-numbness=no, swollen-calf=yes -> urgent-today",
        r.out().lines().skip(1).findFirst().get());
  }

  @Test
  void notAskedAndReasonsIncludeAreCheckedLikeTheRestWithLineAndCaret() {
    ws.write(
        "cases/example.cases.yaml",
        String.join(
            "\n",
            "cases:",
            "  - name: Typo in not-asked",
            "    answers: {saddle-numbness: yes}",
            "    expect:",
            "      outcome: emergency-now",
            "      not-asked: [swollen-calf, pop-and-bruse, something-else]",
            "      reasons-include: [numbness, [nested]]",
            "  - name: Not lists",
            "    answers: {saddle-numbness: yes}",
            "    expect: {outcome: emergency-now, not-asked: swollen-calf, reasons-include: []}",
            "  - name: Misspelt key",
            "    answers: {saddle-numbness: yes}",
            "    expect: {outcome: emergency-now, not-ask: [swollen-calf], reason-includes: [numbness]}",
            ""));
    Cli.Result r = ws.run("test", "cases/example.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "cases/example.cases.yaml:6:33: error: no question 'pop-and-bruse' in 'example'; did you mean"
                + " 'pop-and-bruise'?",
            "      not-asked: [swollen-calf, pop-and-bruse, something-else]",
            "                                ^",
            "cases/example.cases.yaml:6:48: error: no question 'something-else' in 'example'; its"
                + " questions: saddle-numbness, swollen-calf, pop-and-bruise, sitting-pain,"
                + " nerve-signs, sudden-onset, sit-bone-check",
            "      not-asked: [swollen-calf, pop-and-bruse, something-else]",
            "                                               ^",
            "cases/example.cases.yaml:7:35: error: an item of 'reasons-include' should be text, but is a list",
            "      reasons-include: [numbness, [nested]]",
            "                                  ^",
            "cases/example.cases.yaml:10:49: error: 'not-asked' should be a list of question ids, such as"
                + " [clot-signs], but is text",
            "    expect: {outcome: emergency-now, not-asked: swollen-calf, reasons-include: []}",
            "                                                ^",
            "cases/example.cases.yaml:10:80: error: 'reasons-include' should be a list of words from a reason, such as"
                + " [\"call 999\"], but is empty",
            "    expect: {outcome: emergency-now, not-asked: swollen-calf, reasons-include: []}",
            "                                                                               ^",
            "cases/example.cases.yaml:13:38: error: unknown key 'not-ask'; did you mean 'not-asked'?",
            "    expect: {outcome: emergency-now, not-ask: [swollen-calf], reason-includes: [numbness]}",
            "                                     ^",
            "cases/example.cases.yaml:13:63: error: unknown key 'reason-includes'; did you mean 'reasons-include'?",
            "    expect: {outcome: emergency-now, not-ask: [swollen-calf], reason-includes: [numbness]}",
            "                                                              ^",
            ""),
        r.err());
  }

  @Test
  void theCaseFileInTheHelpPassesWithoutWarnings() {
    String help = ws.run("test", "--help").out();
    String example = help.substring(help.indexOf("A case file:\n") + "A case file:\n".length());
    ws.write("help.cases.yaml", example.replaceAll("(?m)^  ", ""));
    Cli.Result r = ws.run("test", "help.cases.yaml");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("help.cases.yaml: 1 case against posterior-thigh "), r.out());
    assertTrue(r.out().endsWith("\n1 passed, 0 failed\n"), r.out());
  }

  @Test
  void aFileWithoutCasesIsAnError() {
    ws.write("cases/example.cases.yaml", "defaults: {saddle-numbness: no}\n");
    Cli.Result r = ws.run("test", "cases/example.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "cases/example.cases.yaml:1:1: error: no 'cases'; add a list of cases, each with name, answers and expect",
            "defaults: {saddle-numbness: no}",
            "^",
            ""),
        r.err());
  }

  @Test
  void severalFilesAreRunAndCountedTogether() {
    ws.write("cases/example.cases.yaml", TWO_PASSING);
    ws.write(
        "cases/more.cases.yaml",
        "questionnaire: example.yaml\n"
            + DEFAULTS.replace("defaults:\n", "defaults:\n")
            + "cases:\n  - name: Calf\n    answers: {swollen-calf: yes}\n    expect: {outcome: sit-bone}\n");
    Cli.Result r = ws.run("test", "cases/example.cases.yaml", "cases/more.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals("2 passed, 1 failed", r.out().lines().reduce((a, b) -> b).get());
  }

  @Test
  void aMissingCaseFileIsReportedAndTheOthersStillRun() {
    ws.write("cases/example.cases.yaml", TWO_PASSING);
    Cli.Result r = ws.run("test", "nope.cases.yaml", "cases/example.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "triage: nope.cases.yaml: no such file; check the path and the file name\n", r.err());
    assertEquals("2 passed, 0 failed", r.out().lines().reduce((a, b) -> b).get());
  }

  @Test
  void noCaseFileIsAUsageError() {
    Cli.Result r = ws.run("test");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals("triage: Missing required parameter: 'CASES'", r.err().lines().findFirst().get());
  }

  @Test
  void aQuestionnaireGivenForACaseFileIsOneDiagnosticSayingWhatToDo() {
    ws.example("questionnaires/example.yaml");
    Cli.Result r = ws.run("test", "questionnaires/example.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "questionnaires/example.yaml:3:1: error: this is a questionnaire, not a case file; check it with"
            + " 'triage validate FILE', and test it with its case file, NAME.cases.yaml (see 'triage test --help')\n"
            + "format: 1\n"
            + "^\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void onlyMissingCaseFilesIsAnErrorWithNoCountOfCases() {
    Cli.Result r = ws.run("test", "nope.cases.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "triage: nope.cases.yaml: no such file; check the path and the file name\n", r.err());
    assertEquals("", r.out());
  }
}
