package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.cli.process.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triage __complete}: the candidates the completion script reads, and silence whatever goes
 * wrong.
 */
class CompleteCommandTest {
  @TempDir Path dir;

  private Cli.Result complete(String... words) {
    String[] args = new String[words.length + 2];
    args[0] = "__complete";
    args[1] = "--";
    System.arraycopy(words, 0, args, 2, words.length);
    return new Workspace(dir).run(args);
  }

  private static void assertCandidates(String expected, Cli.Result r) {
    assertEquals(expected, r.out());
    assertEquals("", r.err());
    assertEquals(ExitCodes.OK, r.exitCode());
  }

  @Test
  void questionnaireNamesAreThoseListFindsLocalFirstEachOnce() {
    Workspace w = new Workspace(dir);
    w.example("questionnaires/example.yaml");
    w.example("questionnaires/posterior-thigh.yaml");
    assertCandidates("example\nposterior-thigh\n", complete("questionnaires", ""));
    assertCandidates("posterior-thigh\n", complete("questionnaires", "po"));
    assertCandidates("", complete("questionnaires", "zz"));
  }

  @Test
  void answerIdsOfTheDefaultQuestionnaireComeInTheOrderAskedEachWithItsEquals() {
    Cli.Result r = complete("answers", "", "");
    assertEquals("breathless-chest-pain=", r.out().lines().findFirst().orElseThrow());
    assertCandidates("sit-bone-sitting=\n", complete("answers", "", "sit-bone-s"));
  }

  @Test
  void afterTheEqualsComeTheQuestionsAnswersInTheOrderShown() {
    assertCandidates(
        "sit-bone-sitting=yes\nsit-bone-sitting=no\nsit-bone-sitting=not-sure\n",
        complete("answers", "", "sit-bone-sitting="));
    assertCandidates(
        "sit-bone-sitting=no\nsit-bone-sitting=not-sure\n",
        complete("answers", "", "Sit-Bone-Sitting=No"));
  }

  @Test
  void theQuestionnaireNamedOnTheLineIsTheOneCompleted() {
    new Workspace(dir).example("mine.yaml");
    assertCandidates("sitting-pain=\n", complete("answers", "mine.yaml", "sitting-p"));
    assertCandidates(
        "sitting-pain=yes\nsitting-pain=no\nsitting-pain=not-sure\n",
        complete("answers", "mine.yaml", "sitting-pain="));
  }

  @Test
  void aQuestionnaireThatDoesNotLoadGivesNoCandidatesAndNoMessage() {
    new Workspace(dir).write("broken.yaml", "id: [unclosed\n");
    assertCandidates("", complete("answers", "broken.yaml", ""));
    assertCandidates("", complete("answers", "nosuch", ""));
    assertCandidates("", complete("answers", "", "no-such-question="));
  }

  @Test
  void aFileThatIsNoIdNeverBecomesACandidate() {
    Workspace w = new Workspace(dir);
    w.example("questionnaires/$(touch pwned).yaml");
    w.example("questionnaires/a\u001b[2Jb.yaml");
    w.example("questionnaires/ok.yaml");
    assertCandidates("ok\nexample\nposterior-thigh\n", complete("questionnaires", ""));
  }

  @Test
  void anUnknownKindOrNoWordsGiveNothing() {
    assertCandidates("", complete("frobnicate", "x"));
    assertCandidates("", complete());
  }
}
