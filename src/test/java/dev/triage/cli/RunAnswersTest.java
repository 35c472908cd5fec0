package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage run}: where answers come from, and every way they can be wrong or missing. */
class RunAnswersTest {
  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void setUp() {
    ws = new Workspace(tmp);
    ws.example("questionnaires/example.yaml");
  }

  private String sitBoneResult() {
    Cli.Result r =
        ws.run(Workspace.join(new String[] {"run", "-q", "example"}, Workspace.SIT_BONE));
    assertEquals(0, r.exitCode(), r.err());
    return r.out();
  }

  @Test
  void answersByIdGiveTheResultWithTheTierFirst() {
    String out = sitBoneResult();
    assertTrue(
        out.startsWith(
            "SELF-CARE: look after it yourself; see a professional if it does not improve\n\n"
                + "Likely source - the hamstring tendon at the sit bone\n"),
        out);
  }

  @Test
  void answersByNumberAndInAnyCaseJoinedWithCommasGiveTheSameResult() {
    Cli.Result r =
        ws.run(
            "run",
            "-q",
            "example",
            "-a",
            "saddle-numbness=2,swollen-calf=NO, pop-and-bruise=No",
            "-a",
            "sitting-pain=1,nerve-signs=2",
            "-a",
            "sudden-onset=2",
            "-a",
            "sit-bone-check=Yes");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(sitBoneResult(), r.out());
    assertEquals("", r.err());
  }

  private static final String MISSING_FROM_POP =
      String.join(
          "\n",
          "triage: 5 more answers are needed; add one flag per question below, or use --answers FILE:",
          "",
          "  pop-and-bruise: Did you feel a pop high in the buttock crease, followed by",
          "      large bruising and difficulty sitting or walking?",
          "    -a pop-and-bruise=yes  Yes",
          "    -a pop-and-bruise=no   No",
          "",
          "  sitting-pain: Is the pain worst when you sit, especially on hard seats, felt",
          "      deep at the bone you sit on?",
          "      Self-test: Bent-knee stretch",
          "        1. Lie on your back with both legs straight.",
          "        2. Bend the sore leg and hold behind the knee with both hands.",
          "        3. Slowly straighten the knee as far as is comfortable.",
          "        4. Note whether this brings on the pain at the sit bone.",
          "    -a sitting-pain=yes       Yes, at the sit bone when sitting",
          "    -a sitting-pain=no        No",
          "    -a sitting-pain=not-sure  Not sure",
          "",
          "  nerve-signs: Does the pain shoot below the knee, or do you have numbness or",
          "      pins and needles in the foot?",
          "      Note: Count only what you feel in the painful leg.",
          "    -a nerve-signs=yes       Yes",
          "    -a nerve-signs=no        No",
          "    -a nerve-signs=not-sure  Not sure",
          "",
          "  sudden-onset: Did the pain start suddenly during sprinting or a lunge?",
          "    -a sudden-onset=yes  Yes",
          "    -a sudden-onset=no   No",
          "",
          "  sit-bone-check: Is sitting the main thing that brings the pain on?",
          "    -a sit-bone-check=yes  Yes",
          "    -a sit-bone-check=no   No",
          "");

  @Test
  void withoutATerminalMissingAnswersAreListedWithTheirFlagsAndExit2() {
    Cli.Result r =
        ws.run("run", "-q", "example", "-a", "saddle-numbness=no", "-a", "swollen-calf=no");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(MISSING_FROM_POP, r.err());
    assertEquals("", r.out());
  }

  @Test
  void noInputNeverAsksEvenAtATerminal() {
    Environment atTerminal =
        new Environment(
            new ByteArrayInputStream(new byte[0]),
            true,
            tmp,
            Map.of(),
            Clock.fixed(Cli.NOW, ZoneOffset.UTC));
    Cli.Result r =
        Cli.run(
            atTerminal,
            "run",
            "-q",
            "example",
            "--no-input",
            "-a",
            "saddle-numbness=no",
            "-a",
            "swollen-calf=no");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(MISSING_FROM_POP, r.err());
  }

  @Test
  void missingAnswersFollowTheAnswersGivenPastAQuestionStillNeeded() {
    Cli.Result r =
        ws.run(
            "run",
            "-q",
            "example",
            "-a",
            "saddle-numbness=no,swollen-calf=no,pop-and-bruise=no",
            "-a",
            "sitting-pain=no",
            "-a",
            "sudden-onset=no");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "triage: 2 more answers are needed; add one flag per question below, or use --answers FILE:",
            "",
            "  nerve-signs: Does the pain shoot below the knee, or do you have numbness or",
            "      pins and needles in the foot?",
            "      Note: Count only what you feel in the painful leg.",
            "    -a nerve-signs=yes       Yes",
            "    -a nerve-signs=no        No",
            "    -a nerve-signs=not-sure  Not sure",
            "",
            "  sit-bone-check: Is sitting the main thing that brings the pain on?",
            "    -a sit-bone-check=yes  Yes",
            "    -a sit-bone-check=no   No",
            ""),
        r.err());
  }

  @Test
  void missingAnswersStopWhereTheWayOnDependsOnAnAnswer() {
    String branching =
        ws.read("questionnaires/example.yaml")
            .replace(
                "        reason: Sitting brings on pain at the sit bone.\n        next: nerve-signs",
                "        reason: Sitting brings on pain at the sit bone.\n        next: sudden-onset");
    ws.write("branching.yaml", branching);
    Cli.Result r =
        ws.run(
            "run",
            "-q",
            "branching.yaml",
            "-a",
            "saddle-numbness=no,swollen-calf=no",
            "-a",
            "pop-and-bruise=no");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "triage: 1 more answer is needed; add one flag per question below, or use --answers FILE:",
            "",
            "  sitting-pain: Is the pain worst when you sit, especially on hard seats, felt",
            "      deep at the bone you sit on?",
            "      Self-test: Bent-knee stretch",
            "        1. Lie on your back with both legs straight.",
            "        2. Bend the sore leg and hold behind the knee with both hands.",
            "        3. Slowly straighten the knee as far as is comfortable.",
            "        4. Note whether this brings on the pain at the sit bone.",
            "    -a sitting-pain=yes       Yes, at the sit bone when sitting",
            "    -a sitting-pain=no        No",
            "    -a sitting-pain=not-sure  Not sure",
            "",
            "More questions may follow, depending on these answers.",
            ""),
        r.err());
  }

  @Test
  void aSelfTestsStepsAreListedUnderItsQuestionWrappedAndNumbered() {
    ws.write(
        "to-slump.yaml",
        BundledAnswers.everyRedFlagNoThen(
            "scope: yes",
            "pmr: no",
            "walking-pain: no",
            "inflammatory-back: no",
            "duration: recent",
            "bone-stress: no",
            "nerve-signs: neither",
            "below-knee: yes"));
    Cli.Result r = ws.run("run", "--no-input", "--answers", "to-slump.yaml");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "triage: 1 more answer is needed; add one flag per question below, or use --answers FILE:",
            "",
            "  slump-test: Did the seated slump bring on your own leg pain (the pain you came",
            "      about, not just a stretch), and did it ease when you lifted your head?",
            "      Self-test: Seated slump",
            "        1. Before you start: stop at once if the pain becomes sharp or severe,",
            "           or numbness or tingling spreads. Do the test no more than 3 times.",
            "        2. Sit on a firm, steady chair without wheels, with your thighs on the",
            "           seat and your feet flat on the floor. Clasp your hands behind your",
            "           back.",
            "        3. Let your back slump forward and drop your chin to your chest.",
            "        4. Slowly straighten the knee of the painful leg, then pull your toes up",
            "           towards you. Stop where you feel pain, or a strong stretch.",
            "        5. Notice whether this brings on your own pain, the one you came about,",
            "           in its usual place. A pulling stretch behind the knee is normal and",
            "           does not count.",
            "        6. Hold the leg there and lift your head to look straight ahead. Notice",
            "           whether your pain eases. Then lower the leg.",
            "    -a slump-test=yes        Yes, it brought on my own pain and it eased when I lifted my head",
            "    -a slump-test=no-change  It brought on my own pain, but lifting my head made no difference",
            "    -a slump-test=no         No, it did not bring on my own pain",
            "    -a slump-test=not-sure   Not sure",
            "",
            "More questions may follow, depending on these answers.",
            ""),
        r.err());
  }

  @Test
  void everyBadAnswerIsReportedAtOnceWithExit2() {
    Cli.Result r =
        ws.run(
            "run",
            "-q",
            "example",
            "-a",
            "sitting-pian=yes",
            "-a",
            "sitting-pain=maybe",
            "-a",
            "nerve-signs",
            "-a",
            "sudden-onset=yes,sudden-onset=1,sudden-onset=no",
            "-a",
            "sit-bone=yes");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "triage: -a nerve-signs: expected ID=CHOICE, such as -a nerve-signs=yes",
            "triage: -a sitting-pian=yes: no question 'sitting-pian' in 'example'; did you mean 'sitting-pain'?",
            "triage: -a sitting-pain=maybe: 'maybe' is not an answer to 'sitting-pain'; valid answers: yes, no, "
                + "not-sure (or 1 to 3)",
            "triage: -a sudden-onset=no: 'sudden-onset' was already answered 'yes'; give each question one answer",
            "triage: -a sit-bone=yes: 'sit-bone' is an outcome of 'example', not a question",
            ""),
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void anAnswerThePathNeverReachesIsAWarning() {
    Cli.Result r =
        ws.run("run", "-q", "example", "-a", "saddle-numbness=yes", "-a", "sitting-pain=yes");
    assertEquals(0, r.exitCode());
    assertEquals(
        "triage: warning: -a sitting-pain=yes is not used: these answers never lead to 'sitting-pain'\n",
        r.err());
    assertTrue(r.out().contains("EMERGENCY"), r.out());
  }

  private static final String SIT_BONE_YAML =
      String.join(
          "\n",
          "saddle-numbness: no",
          "swollen-calf: no",
          "pop-and-bruise: no",
          "sitting-pain: yes",
          "nerve-signs: no",
          "sudden-onset: no",
          "sit-bone-check: 1",
          "");

  @Test
  void answersComeFromAYamlFile() {
    ws.write("answers.yaml", SIT_BONE_YAML);
    Cli.Result r = ws.run("run", "-q", "example", "--answers", "answers.yaml");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(sitBoneResult(), r.out());
  }

  @Test
  void answersComeFromAJsonFile() {
    ws.write(
        "answers.json",
        "{\"saddle-numbness\": \"no\", \"swollen-calf\": \"no\", \"pop-and-bruise\": \"no\","
            + " \"sitting-pain\": \"yes\", \"nerve-signs\": \"no\", \"sudden-onset\": \"no\", \"sit-bone-check\": 1}");
    Cli.Result r = ws.run("run", "-q", "example", "--answers", "answers.json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(sitBoneResult(), r.out());
  }

  @Test
  void answersComeFromStandardInput() {
    Cli.Result r = ws.runWithStdin(SIT_BONE_YAML, "run", "-q", "example", "--answers", "-");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(sitBoneResult(), r.out());
  }

  @Test
  void standardInputIsCheckedAsAFileIsAndABadBytePointedAt() {
    byte[] latin1 = {
      's', 'i', 't', 't', 'i', 'n', 'g', '-', 'p', 'a', 'i', 'n', ':', ' ', (byte) 0xE9, '\n'
    };
    Environment env =
        new Environment(
            new ByteArrayInputStream(latin1),
            false,
            ws.dir,
            Map.of(),
            Clock.fixed(Cli.NOW, ZoneOffset.UTC));
    Cli.Result r = Cli.run(env, "run", "-q", "example", "--answers", "-");
    assertEquals(1, r.exitCode());
    assertEquals(
        "triage: <stdin>: file is not UTF-8 text (byte 0xE9 at line 1, column 15 cannot be read as UTF-8);"
            + " save it with UTF-8 encoding\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void aFlagReplacesTheSameAnswerFromAFile() {
    ws.write("answers.yaml", SIT_BONE_YAML);
    Cli.Result r =
        ws.run("run", "-q", "example", "--answers", "answers.yaml", "-a", "saddle-numbness=yes");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("!!!"), r.out());
  }

  @Test
  void badAnswersInAFileAreDiagnosticsWithTheirLineAndCaretAndBadFlagsFollow() {
    ws.write("answers.yaml", "saddle-numbness: no\nswollen-calf: perhaps\nsittingpain: yes\n");
    Cli.Result r =
        ws.run("run", "-q", "example", "--answers", "answers.yaml", "-a", "pop-and-bruise=maybe");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "answers.yaml:2:15: error: 'perhaps' is not an answer to 'swollen-calf'; valid answers: yes, no (or 1 to 2)",
            "swollen-calf: perhaps",
            "              ^",
            "answers.yaml:3:14: error: no question 'sittingpain' in 'example'; did you mean 'sitting-pain'?",
            "sittingpain: yes",
            "             ^",
            "triage: -a pop-and-bruise=maybe: 'maybe' is not an answer to 'pop-and-bruise'; valid answers: yes, no (or 1"
                + " to 2)",
            ""),
        r.err());
  }

  @Test
  void anAnswerFileThatIsNotAMappingIsInvalidInputWithACaret() {
    ws.write("answers.yaml", "- saddle-numbness\n- no\n");
    Cli.Result r = ws.run("run", "-q", "example", "--answers", "answers.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "answers.yaml:1:1: error: the file should be a mapping of question id to answer, such as "
                + "'sitting-pain: yes', but is a list",
            "- saddle-numbness",
            "^",
            ""),
        r.err());
  }

  @Test
  void anAnswerThatIsAListIsInvalidInput() {
    ws.write("answers.yaml", "saddle-numbness: [no]\nswollen-calf:\n");
    Cli.Result r = ws.run("run", "-q", "example", "--answers", "answers.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        String.join(
            "\n",
            "answers.yaml:1:18: error: the answer to 'saddle-numbness' should be a choice id or number, but is a list",
            "saddle-numbness: [no]",
            "                 ^",
            "answers.yaml:2:14: error: the answer to 'swollen-calf' should be a choice id or number, but is no answer",
            "swollen-calf:",
            "             ^",
            ""),
        r.err());
  }

  @Test
  void aMissingAnswerFileIsOneLineAndExit1() {
    Cli.Result r = ws.run("run", "-q", "example", "--answers", "nope.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals("triage: nope.yaml: no such file; check the path and the file name\n", r.err());
  }
}
