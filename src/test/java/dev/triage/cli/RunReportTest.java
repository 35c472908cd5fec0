package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.triage.cli.process.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage run -o}: writing reports safely, choosing their format, and replaying them. */
class RunReportTest {
  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void setUp() {
    ws = new Workspace(tmp);
    ws.example("questionnaires/example.yaml");
  }

  private List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void dashOWritesAMarkdownReportAndSaysSoOnStandardErrorSoStandardOutputHoldsOnlyTheResult() {
    Cli.Result r = ws.runSitBone("-o", "report.md");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("Report saved to report.md.\n", r.err());
    assertEquals(ws.runSitBone().out(), r.out());
    assertTrue(ws.read("report.md").startsWith("---\ntriage-report: 1\n"), ws.read("report.md"));
    assertTrue(
        ws.read("report.md").contains("\n# Triage report: Back-of-thigh pain (short example)\n"));
  }

  @Test
  void anExistingReportIsNeverOverwrittenWithoutForce() throws IOException {
    ws.write("report.md", "precious\n");
    Cli.Result r = ws.runSitBone("-o", "report.md");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "triage: 'report.md' already exists; use --force to replace it, or choose another name\n",
        r.err());
    assertEquals("", r.out(), "the result is not printed when its report cannot be written");
    assertEquals("precious\n", ws.read("report.md"));
    assertEquals(List.of("questionnaires", "report.md"), files(tmp));
  }

  @Test
  void forceReplacesAnExistingReport() {
    ws.write("report.md", "old\n");
    Cli.Result r = ws.runSitBone("-o", "report.md", "--force");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(ws.read("report.md").startsWith("---\n"));
  }

  @Test
  void aDirectoryIsNotAReportFile() throws IOException {
    Files.createDirectory(tmp.resolve("out"));
    Cli.Result r = ws.runSitBone("-o", "out", "--force");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals("triage: cannot write 'out': it is a directory; give a file name\n", r.err());
    assertEquals("", r.out());
    assertEquals(List.of(), files(tmp.resolve("out")));
  }

  @Test
  void aMissingDirectoryIsOneLineAndExit1() throws IOException {
    Cli.Result r = ws.runSitBone("-o", "no/such/report.md");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "triage: cannot write 'no/such/report.md': the directory '"
            + tmp.resolve("no/such")
            + "' does not exist; create it first\n",
        r.err());
    assertEquals("", r.out());
    assertEquals(List.of("questionnaires"), files(tmp));
  }

  @Test
  void anUnwritableDirectoryIsOneLineExit1AndLeavesNothingBehind() throws IOException {
    Path locked = Files.createDirectory(tmp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(canCreateIn(locked), "running as a user who can write anywhere (root)");
      Cli.Result r = ws.runSitBone("-o", "locked/report.md");
      assertEquals(ExitCodes.INVALID, r.exitCode());
      assertEquals(
          "triage: cannot write 'locked/report.md': permission denied; choose a directory you can write"
              + " to\n",
          r.err());
      assertEquals(List.of(), files(locked));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static boolean canCreateIn(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Test
  void aPathNobodyCanWriteIsOneLineAndExit1() {
    Path sys = Path.of("/sys");
    assumeFalse(!Files.isDirectory(sys) || canCreateIn(sys), "no unwritable /sys here");
    Cli.Result r = ws.runSitBone("-o", "/sys/report.md");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertTrue(r.err().startsWith("triage: cannot write '/sys/report.md': "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertFalse(Files.exists(sys.resolve("report.md")));
  }

  @Test
  void dashODashPrintsOnlyTheReport() {
    Cli.Result r = ws.runSitBone("-o", "-");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("---\ntriage-report: 1\n"), r.out());
    assertFalse(r.out().contains("Report saved"));
  }

  @Test
  void formatJsonWritesJsonThatGsonReadsBack() {
    Cli.Result r = ws.runSitBone("-o", "-", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
    assertEquals("sit-bone", json.getAsJsonObject("result").get("outcome").getAsString());
    assertEquals("self-care", json.getAsJsonObject("result").get("tier").getAsString());
    assertEquals("yes", json.getAsJsonObject("answers").get("sit-bone-check").getAsString());
    assertEquals(7, json.getAsJsonArray("path").size());
  }

  @Test
  void aFileEndingInJsonGetsJsonUnlessFormatSaysOtherwise() {
    assertEquals(0, ws.runSitBone("-o", "r.json").exitCode());
    assertTrue(ws.read("r.json").startsWith("{\n"));
    assertEquals(0, ws.runSitBone("-o", "md.json", "--format", "markdown").exitCode());
    assertTrue(ws.read("md.json").startsWith("---\n"));
  }

  @Test
  void formatWithoutOutputWritesTheReportToStandardOutputAsDashODashDoes() throws IOException {
    Cli.Result json = ws.runSitBone("--format", "json");
    assertEquals(0, json.exitCode(), json.err());
    assertEquals(ws.runSitBone("-o", "-", "--format", "json").out(), json.out());
    assertEquals(
        "sit-bone",
        JsonParser.parseString(json.out())
            .getAsJsonObject()
            .getAsJsonObject("result")
            .get("outcome")
            .getAsString());
    Cli.Result md = ws.runSitBone("--format", "md");
    assertEquals(0, md.exitCode(), md.err());
    assertEquals(ws.runSitBone("-o", "-").out(), md.out());
    assertEquals("", json.err() + md.err());
    assertEquals(List.of("questionnaires"), files(tmp));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli.Result r = ws.runSitBone("-o", "-", "--format", "xml");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: Invalid value for option '--format': 'xml' (expected markdown or json)",
        r.err().lines().findFirst().get());
  }

  @Test
  void aMarkdownReportReplaysToTheSameResultAndNamesItsQuestionnaire() {
    ws.runSitBone("-o", "report.md");
    Cli.Result replay = ws.run("run", "--answers", "report.md");
    assertEquals(0, replay.exitCode(), replay.err());
    assertEquals("", replay.err());
    assertEquals(ws.runSitBone().out(), replay.out());
  }

  @Test
  void aJsonReportReplaysToTheSameResult() {
    ws.runSitBone("-o", "report.json");
    Cli.Result replay = ws.run("run", "-q", "example", "--answers", "report.json");
    assertEquals(0, replay.exitCode(), replay.err());
    assertEquals(ws.runSitBone().out(), replay.out());
  }

  @Test
  void replayingAfterTheQuestionnaireChangedWarnsAndUsesItAsItIsNow() {
    ws.runSitBone("-o", "report.md");
    String before = ws.read("report.md");
    ws.write("questionnaires/example.yaml", ws.read("questionnaires/example.yaml") + "# edited\n");
    Cli.Result replay = ws.run("run", "--answers", "report.md");
    assertEquals(0, replay.exitCode(), replay.err());
    String oldHash = before.substring(before.indexOf("sha256: \"") + 9).substring(0, 12);
    assertTrue(
        replay
            .err()
            .startsWith(
                "triage: warning: report.md was made with example 1.0.0 (sha256 "
                    + oldHash
                    + "...), but the questionnaire has changed since (now 1.0.0, sha256 "),
        replay.err());
    assertTrue(
        replay
            .err()
            .endsWith(
                "); the answers are replayed against it as it is now, so the result may"
                    + " differ\n"),
        replay.err());
  }

  @Test
  void replayingAgainstAnotherQuestionnaireWarns() {
    ws.runSitBone("-o", "report.md");
    ws.write(
        "questionnaires/other.yaml",
        ws.read("questionnaires/example.yaml").replace("id: example\n", "id: other\n"));
    Cli.Result replay = ws.run("run", "-q", "other", "--answers", "report.md");
    assertEquals(0, replay.exitCode(), replay.err());
    assertEquals(
        "triage: warning: report.md was made with questionnaire 'example', not 'other'; its answers are"
            + " replayed against 'other'\n",
        replay.err());
  }

  @Test
  void theReproduceCommandGivesTheSameResult() {
    Cli.Result r = ws.runSitBone("-o", "report.json");
    String command =
        JsonParser.parseString(ws.read("report.json"))
            .getAsJsonObject()
            .get("reproduce")
            .getAsString();
    assertEquals(
        "triage run -q example -a saddle-numbness=no -a swollen-calf=no -a pop-and-bruise=no"
            + " -a sitting-pain=yes -a nerve-signs=no -a sudden-onset=no -a sit-bone-check=yes",
        command);
    List<String> words = List.of(command.split(" "));
    Cli.Result again = ws.run(words.subList(1, words.size()).toArray(String[]::new));
    assertEquals(r.out(), again.out());
  }

  @Test
  void theReproduceCommandQuotesAPathWithSpacesForTheShell() {
    ws.example("my files/it's.yaml");
    Cli.Result r =
        ws.run(
            Workspace.join(
                new String[] {"run", "-q", "my files/it's.yaml", "-o", "-", "--format", "json"},
                Workspace.SIT_BONE));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        JsonParser.parseString(r.out())
            .getAsJsonObject()
            .get("reproduce")
            .getAsString()
            .startsWith("triage run -q 'my files/it'\\''s.yaml' -a saddle-numbness=no "),
        r.out());
  }
}
