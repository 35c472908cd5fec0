package dev.triage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.triage.diag.TriageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SafeFile's own refusals, for any writer that did not check the name first. */
class SafeFileTest {
  @TempDir Path tmp;

  @Test
  void aNameEndingInASlashIsNeverWrittenAsAFile() {
    TriageException e =
        assertThrows(
            TriageException.class, () -> SafeFile.write(tmp.resolve("new/"), "new/", "x", false));
    assertEquals(
        List.of("cannot write 'new/': a name ending in '/' names a directory; name a file"),
        e.lines());
    assertFalse(Files.exists(tmp.resolve("new")));
  }
}
