package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.cli.process.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers are understood as a person writes them: question ids in any letter case, "not sure" in
 * words.
 */
class AnswersAsWrittenTest {
  @TempDir Path tmp;
  private Workspace ws;
  private Cli.Result lowerCase;

  @BeforeEach
  void setUp() {
    ws = new Workspace(tmp);
    ws.example("questionnaires/example.yaml");
    lowerCase = ws.run(Workspace.join(new String[] {"run", "-q", "example"}, Workspace.SIT_BONE));
    assertEquals(0, lowerCase.exitCode(), lowerCase.err());
  }

  @Test
  void aQuestionIdInAnyLetterCaseIsTheQuestion() {
    Cli.Result r =
        ws.run(
            "run",
            "-q",
            "example",
            "-a",
            "Saddle-Numbness=no",
            "-a",
            "SWOLLEN-CALF=no",
            "-a",
            "pop-and-bruise=no,Sitting-Pain=yes,nerve-signs=no,sudden-onset=no,sit-bone-check=yes");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertEquals(lowerCase.out(), r.out());
  }

  @Test
  void aQuestionIdInAnyLetterCaseIsTheQuestionInAnAnswerFile() {
    ws.write(
        "answers.yaml",
        "SADDLE-NUMBNESS: no\nSwollen-Calf: no\npop-and-bruise: no\nsitting-pain: yes\n"
            + "Nerve-Signs: no\nsudden-onset: no\nsit-bone-check: yes\n");
    Cli.Result r = ws.run("run", "-q", "example", "--answers", "answers.yaml");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(lowerCase.out(), r.out());
  }

  @Test
  void oneQuestionInTwoLetterCasesIsAnsweredTwice() {
    Cli.Result r =
        ws.run("run", "-q", "example", "-a", "swollen-calf=no", "-a", "Swollen-Calf=yes");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: -a Swollen-Calf=yes: 'Swollen-Calf' was already answered 'no'; give each question one"
            + " answer\n",
        r.err());
  }

  @Test
  void notSureInWordsAsThePromptTakesItIsNotSure() {
    Cli.Result words =
        ws.run(
            "run",
            "-q",
            "example",
            "-a",
            "saddle-numbness=no,swollen-calf=no,pop-and-bruise=no",
            "-a",
            "sitting-pain=Not Sure",
            "-a",
            "nerve-signs=not  sure,sudden-onset=no,sit-bone-check=yes");
    Cli.Result ids =
        ws.run(
            "run",
            "-q",
            "example",
            "-a",
            "saddle-numbness=no,swollen-calf=no,pop-and-bruise=no",
            "-a",
            "sitting-pain=not-sure",
            "-a",
            "nerve-signs=not-sure,sudden-onset=no,sit-bone-check=yes");
    assertEquals(0, ids.exitCode(), ids.err());
    assertEquals(0, words.exitCode(), words.err());
    assertEquals(ids.out(), words.out());
  }

  @Test
  void notSureInWordsIsNotSureInAnAnswerFile() {
    ws.write(
        "answers.yaml",
        "saddle-numbness: no\nswollen-calf: no\npop-and-bruise: no\n"
            + "sitting-pain: Not Sure\nnerve-signs: not  sure\nsudden-onset: no\nsit-bone-check: yes\n");
    Cli.Result r = ws.run("run", "-q", "example", "--answers", "answers.yaml");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        ws.run(
                "run",
                "-q",
                "example",
                "-a",
                "saddle-numbness=no,swollen-calf=no,pop-and-bruise=no",
                "-a",
                "sitting-pain=not-sure,nerve-signs=not-sure,sudden-onset=no,sit-bone-check=yes")
            .out(),
        r.out());
  }
}
