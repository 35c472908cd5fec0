package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 9 (high): {@code -o /dev/null --force} (as root) or {@code -o FIFO --force} replaced the
 * special file with a regular one. Only a regular file may be replaced. (The tests use a pipe and a
 * link to /dev/null of their own, so a regression cannot replace the machine's /dev/null.)
 */
@Tag("hostile")
class ForceReplacesSpecialFilesTest {
  @TempDir Path dir;

  private Cli.Result report(String output, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("run", "-q", "example", "-a", Hostile.SIT_BONE, "-o", output));
    args.addAll(List.of(more));
    return Hostile.run(dir, args.toArray(String[]::new));
  }

  @Test
  void forceDoesNotReplaceANamedPipe() {
    Path fifo = Fifo.make(dir.resolve("pipe.md"));
    Cli.Result r = report("pipe.md", "--force");
    assertEquals(
        "triage: cannot write 'pipe.md': it is not a regular file (it is a device, pipe or socket); give"
            + " the name of a new file or of a regular file\n",
        r.err());
    assertEquals(1, r.exitCode());
    assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe was replaced");
    assertEquals(List.of("pipe.md"), Hostile.files(dir));
  }

  @Test
  void forceDoesNotReplaceADeviceThroughALink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("null.md"), Path.of("/dev/null"));
    Cli.Result r = report("null.md", "--force");
    assertEquals(
        "triage: cannot write 'null.md': it is not a regular file (it is a device, pipe or socket); give"
            + " the name of a new file or of a regular file\n",
        r.err());
    assertEquals(1, r.exitCode());
    assertTrue(Files.isSymbolicLink(link), "the link was replaced");
    assertFalse(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void withoutForceASpecialFileIsNotOfferedForReplacing() {
    Fifo.make(dir.resolve("pipe.md"));
    Cli.Result r = report("pipe.md");
    assertEquals(
        "triage: cannot write 'pipe.md': it is not a regular file (it is a device, pipe or socket); give"
            + " the name of a new file or of a regular file\n",
        r.err());
  }

  @Test
  void forceStillReplacesARegularFile() {
    Hostile.write(dir, "report.md", "old\n");
    Cli.Result r = report("report.md", "--force");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Hostile.read(dir.resolve("report.md")).startsWith("---\ntriage-report: 1\n"));
  }
}
