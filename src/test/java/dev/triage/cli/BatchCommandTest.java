package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triage batch}: its options, its output file, its report directory, its exit codes and its
 * summary.
 */
class BatchCommandTest {
  private static final String SIT_BONE =
      "{\"id\": \"a-1\", \"answers\": {\"saddle-numbness\": \"no\", \"swollen-calf\":"
          + " \"no\", \"pop-and-bruise\": \"no\", \"sitting-pain\": \"yes\", \"nerve-signs\": \"no\", \"sudden-onset\":"
          + " \"no\", \"sit-bone-check\": \"yes\"}}\n";
  private static final String EMERGENCY =
      "{\"id\": \"a-2\", \"answers\": {\"saddle-numbness\": \"yes\"}}\n";
  private static final String INCOMPLETE =
      "{\"id\": \"a-3\", \"answers\": {\"saddle-numbness\": \"no\"}}\n";

  @TempDir Path dir;
  private Workspace ws;

  @BeforeEach
  void setUp() {
    ws = new Workspace(dir);
  }

  private Cli.Result batch(String stdin, String... args) {
    return ws.runWithStdin(stdin, Workspace.join(new String[] {"batch", "-q", "example"}, args));
  }

  private List<String> files(String sub) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve(sub))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everySetCompleteOrIncompleteExits0WithTheSummaryOnStandardError() {
    Cli.Result r = batch(SIT_BONE + INCOMPLETE);
    assertEquals(2, r.out().lines().count());
    assertEquals("triage: 2 answer sets: 1 complete, 1 incomplete, 0 rejected\n", r.err());
    assertEquals(0, r.exitCode());
  }

  @Test
  void anEmptyInputIsNoAnswerSetsAndExit0() {
    Cli.Result r = batch("");
    assertEquals("", r.out());
    assertEquals("triage: 0 answer sets: 0 complete, 0 incomplete, 0 rejected\n", r.err());
    assertEquals(0, r.exitCode());
  }

  @Test
  void anEmptyCsvIsItsHeaderRowOut() {
    Cli.Result r = batch("", "--input-format", "csv");
    assertEquals(
        "line,id,status,outcome,tier,red-flag,source,also-consider,reasons,needed,unused,errors\n",
        r.out());
    assertEquals(0, r.exitCode());
  }

  @Test
  void aFormatThatIsNeitherIsAUsageError() {
    Cli.Result r = batch("", "--input-format", "xml");
    assertTrue(
        r.err()
            .startsWith(
                "triage: Invalid value for option '--input-format': 'xml' (expected jsonl or csv)\n"),
        r.err());
    assertEquals(2, r.exitCode());
    assertEquals(2, batch("", "--output-format", "yaml").exitCode());
  }

  @Test
  void anEmptyFileNameIsAUsageError() {
    Cli.Result r = batch("", "--output", "");
    assertTrue(
        r.err()
            .startsWith(
                "triage: --output '' is not a file name; name a file, such as --output results.jsonl\n"),
        r.err());
    assertEquals(2, r.exitCode());
  }

  @Test
  void aMissingInputFileIsOneLineAndExit1() {
    Cli.Result r = batch("", "--input", "nosuch.jsonl");
    assertEquals("triage: nosuch.jsonl: no such file; check the path and the file name\n", r.err());
    assertEquals("", r.out());
    assertEquals(1, r.exitCode());
  }

  @Test
  void aDirectoryAsInputIsOneLineAndExit1() throws IOException {
    Files.createDirectory(dir.resolve("answers"));
    Cli.Result r = batch("", "--input", "answers");
    assertEquals(
        "triage: answers: this is a directory, not a file; name a JSON Lines or CSV file\n",
        r.err());
    assertEquals("", r.out());
    assertEquals(1, r.exitCode());
  }

  @Test
  void theFormatsFollowTheFileNames() throws IOException {
    ws.write("in.csv", "id,saddle-numbness\nc-1,yes\n");
    Cli.Result r = batch("", "--input", "in.csv", "--output", "out.jsonl");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        ws.read("out.jsonl").startsWith("{\"line\":2,\"id\":\"c-1\",\"status\":\"complete\""));
    assertEquals(0, batch("", "--input", "in.csv", "--output", "out.csv").exitCode());
    assertTrue(ws.read("out.csv").startsWith("line,id,status,"));
    assertTrue(
        batch("", "--input", "in.csv").out().startsWith("line,id,status,"),
        "CSV in, CSV out by default");
  }

  @Test
  void theOutputFileIsWrittenWholeAndAnExistingOneIsReplacedOnlyWithForce() throws IOException {
    ws.write("out.jsonl", "keep me\n");
    Cli.Result refused = batch(SIT_BONE, "--output", "out.jsonl");
    assertEquals(
        "triage: 'out.jsonl' already exists; use --force to replace it, or choose another name\n",
        refused.err());
    assertEquals(1, refused.exitCode());
    assertEquals("keep me\n", ws.read("out.jsonl"));
    Cli.Result forced = batch(SIT_BONE, "--output", "out.jsonl", "--force");
    assertEquals(0, forced.exitCode(), forced.err());
    assertTrue(
        ws.read("out.jsonl").startsWith("{\"line\":1,\"id\":\"a-1\",\"status\":\"complete\""));
    assertEquals(List.of("out.jsonl"), files("."));
  }

  @Test
  void aCsvHeaderNamingAnUnknownQuestionStopsTheBatchBeforeAnyRow() throws IOException {
    ws.write(
        "in.csv",
        "id,saddle-numbnes,,saddle-numbness,swollen-calff,Saddle-Numbness\nc-1,yes,,yes,no,no\n");
    Cli.Result r = batch("", "--input", "in.csv", "--output", "out.csv");
    assertEquals(
        "triage: in.csv:1: header: column 2: no question 'saddle-numbnes' in 'example'; did you mean"
            + " 'saddle-numbness'?\n"
            + "triage: in.csv:1: header: column 3 has no name; name a question id, or 'id' for the answer set's id\n"
            + "triage: in.csv:1: header: column 5: no question 'swollen-calff' in 'example'; did you mean"
            + " 'swollen-calf'?\n"
            + "triage: in.csv:1: header: column 6 repeats 'Saddle-Numbness' (column 4); give each question one column\n"
            + "triage: the header row names the questions of every row: fix it and run again (the columns are question"
            + " ids of 'example', and 'id' for the answer set's id)\n",
        r.err());
    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    assertEquals(List.of("in.csv"), files("."), "no output file, not even a temporary one");
  }

  @Test
  void aCsvHeaderNamesQuestionsInAnyLetterCaseAsRunTakesThem() throws IOException {
    ws.write("in.csv", "ID,Saddle-Numbness\nc-1,YES\n");
    Cli.Result r = batch("", "--input", "in.csv", "--output-format", "jsonl");
    assertEquals("triage: 1 answer set: 1 complete, 0 incomplete, 0 rejected\n", r.err());
    assertTrue(
        r.out()
            .startsWith(
                "{\"line\":2,\"id\":\"c-1\",\"status\":\"complete\",\"outcome\":\"emergency-now\""),
        r.out());
  }

  @Test
  void reportsAreWrittenForCompleteSetsNamedByTheirIds() throws IOException {
    Files.createDirectory(dir.resolve("reports"));
    String odd = "{\"id\": \"../../etc/passwd\", \"answers\": {\"saddle-numbness\": \"yes\"}}\n";
    String none = "{\"answers\": {\"saddle-numbness\": \"yes\"}}\n";
    Cli.Result r = batch(SIT_BONE + EMERGENCY + INCOMPLETE + odd + none, "--report-dir", "reports");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        List.of("a-1.md", "a-2.md", "etc-passwd-3754d6cb.md", "line-5.md"), files("reports"));
    String report = ws.read("reports/a-1.md");
    assertTrue(report.startsWith("---\ntriage-report: 1\n"), report);
    assertTrue(report.contains("triage run -q example -a saddle-numbness=no"), report);
    Cli.Result replay = ws.run("run", "--answers", "reports/a-1.md");
    assertEquals(0, replay.exitCode(), replay.err());
    assertTrue(replay.out().contains("sit bone"), replay.out());
  }

  @Test
  void anExistingReportIsKeptWithoutForceAndTheBatchGoesOn() throws IOException {
    ws.write("reports/a-1.md", "keep me\n");
    Cli.Result r = batch(SIT_BONE + EMERGENCY, "--report-dir", "reports");
    assertEquals("keep me\n", ws.read("reports/a-1.md"));
    assertTrue(
        r.out()
            .contains(
                "\"errors\":[\"report not written: 'reports/a-1.md' already exists; use --force to"
                    + " replace it, or choose another name\"]"),
        r.out());
    assertEquals(
        "triage: 2 answer sets: 2 complete, 0 incomplete, 0 rejected; 1 report not written (the first for"
            + " line 1: 'reports/a-1.md' already exists; use --force to replace it, or choose another"
            + " name)\n",
        r.err());
    assertEquals(1, r.exitCode());
    assertEquals(List.of("a-1.md", "a-2.md"), files("reports"));
    assertEquals(0, batch(SIT_BONE, "--report-dir", "reports", "--force").exitCode());
    assertFalse(ws.read("reports/a-1.md").equals("keep me\n"));
  }

  @Test
  void anIdGivenTwiceNeverReplacesTheReportOfTheFirstEvenWithForce() throws IOException {
    Files.createDirectory(dir.resolve("reports"));
    Cli.Result r =
        batch(
            SIT_BONE
                + SIT_BONE.replace("\"sit-bone-check\": \"yes\"", "\"sit-bone-check\": \"no\""),
            "--report-dir",
            "reports",
            "--force");
    assertTrue(
        r.out()
            .contains(
                "\"errors\":[\"report not written: 'reports/a-1.md' was written for an earlier line"
                    + " of this batch (an id given twice?); give each answer set its own id\"]"),
        r.out());
    assertTrue(ws.read("reports/a-1.md").contains("outcome: \"sit-bone\""));
    assertEquals(1, r.exitCode());
  }

  @Test
  void aReportDirectoryThatDoesNotExistIsOneLineAndExit1() {
    Cli.Result r = batch(SIT_BONE, "--report-dir", "nosuch/");
    assertEquals(
        "triage: cannot write reports to 'nosuch/': it does not exist; create it first\n", r.err());
    assertEquals(1, r.exitCode());
    assertFalse(Files.exists(dir.resolve("nosuch")));
  }

  @Test
  void aReportDirectoryThatIsAFileIsOneLineAndExit1() throws IOException {
    ws.write("reports", "a file\n");
    Cli.Result r = batch(SIT_BONE, "--report-dir", "reports");
    assertEquals(
        "triage: cannot write reports to 'reports': it is not a directory; name a directory\n",
        r.err());
    assertEquals(1, r.exitCode());
    assertEquals("a file\n", ws.read("reports"));
  }

  /**
   * A second run into the same directory: the summary says why the reports were not written, so the
   * user need not look for the reason in the records.
   */
  @Test
  void aSecondRunSaysWhyItsReportsWereNotWritten() throws IOException {
    Files.createDirectory(dir.resolve("reports"));
    assertEquals(0, batch(SIT_BONE + EMERGENCY, "--report-dir", "reports").exitCode());
    Cli.Result again = batch(SIT_BONE + EMERGENCY, "--report-dir", "reports");
    assertEquals(
        "triage: 2 answer sets: 2 complete, 0 incomplete, 0 rejected; 2 reports not written (the"
            + " first for line 1: 'reports/a-1.md' already exists; use --force to replace it, or"
            + " choose another name)\n",
        again.err());
    assertEquals(1, again.exitCode());
  }
}
