package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.cli.process.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file a command is told to write is checked before anything is printed or written: a name
 * ending in '/' names a directory (a usage error naming the option), and a run whose report cannot
 * be written says so before printing its result.
 */
class OutputFileNamesTest {
  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void setUp() {
    ws = new Workspace(tmp);
    ws.example("questionnaires/example.yaml");
  }

  private Cli.Result runSitBone(String... more) {
    return ws.run(
        Workspace.join(
            Workspace.join(new String[] {"run", "-q", "example"}, Workspace.SIT_BONE), more));
  }

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aReportNameEndingInASlashIsAUsageErrorAndWritesNothing() throws IOException {
    Cli.Result r = runSitBone("-o", "newdir/");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: -o 'newdir/' names a directory; name a file, such as -o newdir/report.md\n",
        r.err());
    assertEquals("", r.out());
    assertEquals(List.of("questionnaires"), files());
  }

  @Test
  void aGraphNameEndingInASlashIsAUsageError() throws IOException {
    Cli.Result r = ws.run("graph", "-q", "example", "-o", "g/");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: -o 'g/' names a directory; name a file, such as -o g/graph.mmd\n", r.err());
    assertEquals("", r.out());
    assertEquals(List.of("questionnaires"), files());
  }

  @Test
  void aBatchOutputEndingInASlashIsAUsageError() throws IOException {
    Cli.Result r =
        ws.runWithStdin("{\"answers\": {}}\n", "batch", "-q", "example", "--output", "out/");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: --output 'out/' names a directory; name a file, such as --output"
            + " out/results.jsonl\n",
        r.err());
    assertEquals("", r.out());
    assertEquals(List.of("questionnaires"), files());
  }

  @Test
  void aReportDirectoryMayEndInASlash() throws IOException {
    Files.createDirectory(tmp.resolve("reports"));
    Cli.Result r =
        ws.runWithStdin(
            "{\"id\": \"a\", \"answers\": {}}\n",
            "batch",
            "-q",
            "example",
            "--report-dir",
            "reports/");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
  }

  @Test
  void anExistingReportStopsTheRunBeforeTheResultIsPrinted() throws IOException {
    ws.write("report.md", "precious\n");
    Cli.Result r = runSitBone("-o", "report.md");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "triage: 'report.md' already exists; use --force to replace it, or choose another name\n",
        r.err());
    assertEquals("", r.out());
    assertEquals("precious\n", ws.read("report.md"));
  }

  @Test
  void aDirectoryAsTheReportStopsTheRunBeforeTheResultIsPrinted() throws IOException {
    Files.createDirectory(tmp.resolve("out"));
    Cli.Result r = runSitBone("-o", "out");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals("triage: cannot write 'out': it is a directory; give a file name\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMissingDirectoryStopsTheRunBeforeTheResultIsPrinted() {
    Cli.Result r = runSitBone("-o", "no/such/report.md");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals(
        "triage: cannot write 'no/such/report.md': the directory '"
            + tmp.resolve("no/such")
            + "' does not exist; create it first\n",
        r.err());
    assertEquals("", r.out());
  }
}
