package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.cli.process.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name ending in '/' names a directory: every command refuses it as a usage error naming the
 * option, before anything is printed or written (a run whose report cannot be written for another
 * reason is in RunReportTest).
 */
class OutputFileNamesTest {
  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void setUp() {
    ws = new Workspace(tmp);
    ws.example("questionnaires/example.yaml");
  }

  @Test
  void aReportNameEndingInASlashIsAUsageErrorAndWritesNothing() throws IOException {
    Cli.Result r = ws.runSitBone("-o", "newdir/");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: -o 'newdir/' names a directory; name a file, such as -o newdir/report.md\n",
        r.err());
    assertEquals("", r.out());
    assertEquals(List.of("questionnaires"), ws.names());
  }

  @Test
  void aGraphNameEndingInASlashIsAUsageError() throws IOException {
    Cli.Result r = ws.run("graph", "-q", "example", "-o", "g/");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: -o 'g/' names a directory; name a file, such as -o g/graph.mmd\n", r.err());
    assertEquals("", r.out());
    assertEquals(List.of("questionnaires"), ws.names());
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
    assertEquals(List.of("questionnaires"), ws.names());
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
}
