package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs written to hurt: each ends in its one exact diagnostic, quickly. The timeout only guards
 * against a hang; speed is measured in the benchmark, not here.
 */
@Tag("hostile")
class HostileInputTest {
  private static final Duration HANG_GUARD =
      Duration.ofMinutes(10); // turns a hang into a failure; speed is benchmarked, not asserted

  @TempDir Path dir;

  /** The one diagnostic that loading {@code path} ends in, as printed. */
  private static String onlyProblem(Path path, String name) {
    QuestionnaireException e =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                assertThrows(
                    QuestionnaireException.class, () -> QuestionnaireLoader.load(path, name)));
    return only(e);
  }

  private static String onlyProblem(String text) {
    QuestionnaireException e =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                assertThrows(
                    QuestionnaireException.class,
                    () -> QuestionnaireLoader.load(new SourceText("hostile.yaml", text))));
    return only(e);
  }

  private static String only(QuestionnaireException e) {
    List<String> headlines = e.diagnostics().stream().map(Diagnostic::headline).toList();
    assertEquals(1, headlines.size(), headlines.toString());
    return headlines.get(0);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void billionLaughsIsRefusedAtTheAliasThatGoesOverTheBudget() {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      String prev = "*" + (char) (c - 1);
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(String.join(", ", List.of(prev, prev, prev, prev, prev, prev, prev, prev, prev)))
          .append("]\n");
    }
    assertEquals(
        "hostile.yaml:8:8: error: aliases repeat too much content (more than 33554432 nodes and"
            + " characters in total); write the content out or use fewer aliases",
        onlyProblem(yaml.toString()));
  }

  @Test
  void aliasesOfALongScalarCountTowardsTheSameBudget() {
    String yaml = "long: &t " + "x".repeat(60_000) + "\nmany: [" + "*t, ".repeat(600) + "*t]\n";
    assertEquals(
        "hostile.yaml:2:2244: error: aliases repeat too much content (more than 33554432 nodes and"
            + " characters in total); write the content out or use fewer aliases",
        onlyProblem(yaml));
  }

  @Test
  void nestingTenThousandDeepInFlowStyleIsRefusedAtTheLimit() {
    String yaml = "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertEquals(
        "hostile.yaml:1:65: error: nesting is too deep (more than 64 levels of lists and mappings);"
            + " flatten the structure",
        onlyProblem(yaml));
  }

  @Test
  void nestingTenThousandDeepInBlockStyleIsRefusedAtTheLimit() {
    String yaml = "- ".repeat(10_000) + "x\n";
    assertEquals(
        "hostile.yaml:1:129: error: nesting is too deep (more than 64 levels of lists and mappings);"
            + " flatten the structure",
        onlyProblem(yaml));
  }

  @Test
  void nestedMappingsTenThousandDeepAreRefusedAtTheLimit() {
    String yaml = "{a: ".repeat(10_000) + "x" + "}".repeat(10_000) + "\n";
    assertEquals(
        "hostile.yaml:1:257: error: nesting is too deep (more than 64 levels of lists and mappings);"
            + " flatten the structure",
        onlyProblem(yaml));
  }

  @Test
  void javaConstructorGadgetIsRefusedAsATag() {
    String yaml =
        "format: 1\nid: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://localhost/\"]]]]\n";
    assertEquals(
        "hostile.yaml:2:5: error: tags are not allowed (found !!javax.script.ScriptEngineManager); remove"
            + " the tag: every value is read as plain text",
        onlyProblem(yaml));
  }

  @Test
  void gadgetAtTheRootIsRefusedAsATag() {
    assertEquals(
        "hostile.yaml:1:1: error: tags are not allowed (found !!javax.script.ScriptEngineManager); remove"
            + " the tag: every value is read as plain text",
        onlyProblem("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n"));
  }

  @Test
  void duplicateKeysAreRefusedAtTheSecondKey() {
    String yaml =
        LoadTesting.minimalWith("version: 1.0.0\n", "version: 1.0.0\ntitle: Minimal again\n");
    assertEquals(
        "hostile.yaml:5:1: error: duplicate key 'title' (first written at line 3)",
        onlyProblem(yaml));
  }

  @Test
  void sixtyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.yaml");
    byte[] line =
        "# padding padding padding padding padding padding padding padding padding padding\n"
            .getBytes(StandardCharsets.US_ASCII);
    ByteBuffer chunk = ByteBuffer.allocate(1024 * 1024);
    while (chunk.remaining() >= line.length) {
      chunk.put(line);
    }
    chunk.flip();
    try (FileChannel out =
        FileChannel.open(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (int i = 0; i < 60; i++) {
        out.write(chunk.duplicate());
      }
    }
    long size = Files.size(big);
    assertEquals(
        "big.yaml: error: file is too large ("
            + String.format(java.util.Locale.ROOT, "%,d", size)
            + " bytes; the limit is 33,554,432 bytes, 32 MiB); check that this is the right file",
        onlyProblem(big, "big.yaml"));
  }

  @Test
  void randomBytesAreRefusedAsBinary() throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new Random(20_261_121L).nextBytes(bytes);
    Path file = write("random.yaml", bytes);
    assertEquals(
        "random.yaml: error: file is binary, not text (a NUL byte at line 5, column 39); name a YAML text"
            + " file",
        onlyProblem(file, "random.yaml"));
  }

  @Test
  void randomBytesWithoutNulAreRefusedAsNotUtf8() throws IOException {
    byte[] bytes = new byte[64 * 1024];
    new Random(7L).nextBytes(bytes);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
    }
    Path file = write("random.yaml", bytes);
    assertEquals(
        "random.yaml: error: file is not UTF-8 text (byte 0x99 at line 1, column 1 cannot be read as"
            + " UTF-8); save it with UTF-8 encoding",
        onlyProblem(file, "random.yaml"));
  }

  @Test
  void emptyFileAsksForAQuestionnaire() throws IOException {
    assertEquals(
        "x.yaml: error: file is empty; write a questionnaire; see docs/questionnaire-format.md (share/doc/triage in a release)",
        onlyProblem(write("x.yaml", new byte[0]), "x.yaml"));
    assertEquals(
        "x.yaml: error: file is empty; write a questionnaire; see docs/questionnaire-format.md (share/doc/triage in a release)",
        onlyProblem(write("x.yaml", " \n\n\t\n".getBytes(StandardCharsets.UTF_8)), "x.yaml"));
  }

  @Test
  void fileOfCommentsIsEmpty() throws IOException {
    Path file = write("x.yaml", "# a title\n\n   # and more\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "x.yaml: error: file has only comments, no content; write a questionnaire; see"
            + " docs/questionnaire-format.md (share/doc/triage in a release)",
        onlyProblem(file, "x.yaml"));
  }

  @Test
  void emptyDocumentIsEmpty() throws IOException {
    Path file = write("x.yaml", "---\n# nothing\n...\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "x.yaml: error: file has no content (its document is empty); write a questionnaire; see"
            + " docs/questionnaire-format.md (share/doc/triage in a release)",
        onlyProblem(file, "x.yaml"));
  }

  @Test
  void directoryIsNotAFile() {
    assertEquals(
        "questionnaires: error: this is a directory, not a file; name a YAML file inside it",
        onlyProblem(dir, "questionnaires"));
  }

  @Test
  void missingFileIsReported() {
    assertEquals(
        "nowhere.yaml: error: no such file; check the path and the file name",
        onlyProblem(dir.resolve("nowhere.yaml"), "nowhere.yaml"));
  }

  @Test
  void latin1FileIsNotUtf8AndThePlaceIsGiven() throws IOException {
    byte[] bytes =
        "format: 1\nid: x\ntitle: Caf\u00e9 pain\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "latin1.yaml: error: file is not UTF-8 text (byte 0xE9 at line 3, column 11 cannot be read as"
            + " UTF-8); save it with UTF-8 encoding",
        onlyProblem(write("latin1.yaml", bytes), "latin1.yaml"));
  }

  @Test
  void invalidByteAfterMultiByteCharactersIsCountedInCharacters() throws IOException {
    byte[] prefix = "t\u00ed\u00edtle: \u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + 1);
    bytes[prefix.length] = (byte) 0xFF;
    assertEquals(
        "x.yaml: error: file is not UTF-8 text (byte 0xFF at line 1, column 10 cannot be read as UTF-8);"
            + " save it with UTF-8 encoding",
        onlyProblem(write("x.yaml", bytes), "x.yaml"));
  }

  @Test
  void binaryFileIsRefused() throws IOException {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertEquals(
        "logo.png: error: file is binary, not text (a NUL byte at line 3, column 1); name a YAML text file",
        onlyProblem(write("logo.png", png), "logo.png"));
  }

  @Test
  void utf16FileIsRefusedWithItsEncoding() throws IOException {
    byte[] bytes = "\ufeffformat: 1\n".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(
        "x.yaml: error: file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
        onlyProblem(write("x.yaml", bytes), "x.yaml"));
  }
}
