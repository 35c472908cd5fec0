package dev.triage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * less is told to keep no history file ({@code ~/.lesshst}) unless the person chose one; other
 * pagers' environment is left as it is.
 */
class PagerTest {
  /** What the pager sees in its environment when nothing overrides it: the test's own. */
  private static final String INHERITED = System.getenv().getOrDefault("LESSHISTFILE", "unset");

  @TempDir Path dir;

  /**
   * A stand-in pager at {@code dir/name} that reads the text and writes the LESSHISTFILE it was
   * given.
   */
  private Path pager(String name) throws IOException {
    Path script = dir.resolve(name);
    Files.writeString(
        script,
        "#!/bin/sh\ncat > '"
            + dir.resolve("text.txt")
            + "'\nprintf '%s' \"${LESSHISTFILE-unset}\" > '"
            + dir.resolve("history.txt")
            + "'\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private String historySeenBy(Map<String, String> env) throws IOException {
    Pager pager = Pager.choose(env, false).orElseThrow();
    assertTrue(pager.show("the result\n"));
    assertEquals("the result\n", Files.readString(dir.resolve("text.txt")));
    return Files.readString(dir.resolve("history.txt"));
  }

  @Test
  void lessKeepsNoHistoryFile() throws IOException {
    assertEquals("-", historySeenBy(Map.of("PAGER", pager("less").toString())));
  }

  @Test
  void lessWithOptionsKeepsNoHistoryFileEither() throws IOException {
    assertEquals("-", historySeenBy(Map.of("PAGER", pager("less") + " -R")));
  }

  @Test
  void aHistoryFileThePersonSetIsLeftAlone() throws IOException {
    assertEquals(
        INHERITED,
        historySeenBy(Map.of("PAGER", pager("less").toString(), "LESSHISTFILE", "/chosen")));
  }

  @Test
  void anotherPagerIsNotToldAboutLess() throws IOException {
    assertEquals(INHERITED, historySeenBy(Map.of("PAGER", pager("lessish").toString())));
  }
}
