package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.model.Pos;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading files as text: byte order marks, line endings, and the advice for an empty answer or case
 * file.
 */
class SourceFilesTest {
  @TempDir Path dir;

  @Test
  void utf8ByteOrderMarkIsKeptAndDoesNotShiftColumns() throws Exception {
    byte[] body =
        LoadTesting.MINIMAL
            .replace("title: Minimal", "title: [Minimal]")
            .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path file = Files.write(dir.resolve("bom.yaml"), bytes);
    SourceText text = SourceFiles.read(file, "bom.yaml");
    assertEquals('\uFEFF', text.text().charAt(0));
    QuestionnaireException e =
        assertThrows(QuestionnaireException.class, () -> QuestionnaireLoader.load(text));
    assertEquals(
        List.of("bom.yaml:3:8: error: 'title' must be text, not a list"),
        e.diagnostics().stream().map(Diagnostic::headline).toList());
  }

  @Test
  void fingerprintWithAByteOrderMarkIsStillTheFileBytes() throws Exception {
    byte[] bytes = ("\uFEFF" + LoadTesting.MINIMAL).getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("bom.yaml"), bytes);
    Loaded loaded = QuestionnaireLoader.load(file, "bom.yaml");
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
        loaded.sha256());
    assertEquals("minimal", loaded.questionnaire().id());
    assertEquals(new Pos(8, 5), loaded.questionnaire().references().get(0).pos());
  }

  @Test
  void replacementCharacterWrittenInTheFileIsText() throws Exception {
    // U+FFFD is what a quick decoding puts for bytes that are not UTF-8; written in the file, it is
    // ordinary text.
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, "a: \uFFFD\n", StandardCharsets.UTF_8);
    assertEquals("a: \uFFFD\n", SourceFiles.read(file, "r.yaml").text());
  }

  @Test
  void largeFileIsReadWhole() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 300_000; i++) {
      text.append("k").append(i).append(": caf\u00e9 ").append(i).append('\n');
    }
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertEquals(text.toString(), SourceFiles.read(file, "big.yaml").text());
  }

  @Test
  void windowsLineEndingsGiveTheSamePositions() throws Exception {
    String crlf =
        LoadTesting.MINIMAL.replace("title: Minimal", "title: [Minimal]").replace("\n", "\r\n");
    QuestionnaireException e =
        assertThrows(
            QuestionnaireException.class,
            () -> QuestionnaireLoader.load(new SourceText("crlf.yaml", crlf)));
    assertEquals(
        List.of("crlf.yaml:3:8: error: 'title' must be text, not a list"),
        e.diagnostics().stream().map(Diagnostic::headline).toList());
    assertEquals(
        """
        crlf.yaml:3:8: error: 'title' must be text, not a list
        title: [Minimal]
               ^""",
        LoadTesting.rendered(e));
  }

  @Test
  void controlCharacterAfterWindowsLineEndingsIsPlacedCorrectly() {
    QuestionnaireException e =
        assertThrows(
            QuestionnaireException.class,
            () -> SafeYaml.parse(new SourceText("t.yaml", "a: 1\r\nb: 2\r\nc: \u0002\r\n")));
    assertEquals(
        "t.yaml:3:4: error: the character U+0002 is not allowed in YAML; remove it",
        e.diagnostics().get(0).headline());
  }

  @Test
  void pathThroughAFileCannotBeRead() throws Exception {
    Files.writeString(dir.resolve("x.yaml"), "a: 1\n");
    QuestionnaireException e =
        assertThrows(
            QuestionnaireException.class,
            () -> SourceFiles.read(dir.resolve("x.yaml/y.yaml"), "x.yaml/y.yaml"));
    assertEquals(
        "x.yaml/y.yaml: error: cannot read the file (Not a directory); check the path",
        e.diagnostics().get(0).headline());
  }

  @Test
  void streamIsCheckedLikeAFile() throws Exception {
    byte[] bytes = {'a', ':', ' ', (byte) 0xC3, '\n'};
    QuestionnaireException e =
        assertThrows(
            QuestionnaireException.class,
            () -> SourceFiles.read(new ByteArrayInputStream(bytes), "<stdin>"));
    assertEquals(
        "<stdin>: error: file is not UTF-8 text (byte 0xC3 at line 1, column 4 cannot be read as UTF-8);"
            + " save it with UTF-8 encoding",
        e.diagnostics().get(0).headline());
    assertEquals(
        "a: \u00e9\n",
        SourceFiles.read(
                new ByteArrayInputStream("a: \u00e9\n".getBytes(StandardCharsets.UTF_8)), "<stdin>")
            .text());
  }

  @Test
  void endlessStreamIsRefusedAfterTheLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'a';
          }
        };
    QuestionnaireException e =
        assertThrows(QuestionnaireException.class, () -> SourceFiles.read(endless, "<stdin>"));
    assertEquals(
        "<stdin>: error: file is too large (more than 33,554,432 bytes; the limit is 33,554,432 bytes,"
            + " 32 MiB); check that this is the right file",
        e.diagnostics().get(0).headline());
  }

  @Test
  void emptyAnswerFileGetsTheCallersAdvice() {
    QuestionnaireException e =
        assertThrows(
            QuestionnaireException.class,
            () ->
                SafeYaml.parse(
                    new SourceText("answers.yaml", "# only a comment\n"),
                    "write one 'id: answer' per line"));
    assertEquals(
        "answers.yaml: error: file has only comments, no content; write one 'id: answer' per line",
        e.diagnostics().get(0).headline());
  }

  @Test
  void textLargerThanTheLimitIsRefusedBeforeParsing() {
    String text = "a: " + "x".repeat(SafeYaml.MAX_BYTES);
    QuestionnaireException e =
        assertThrows(
            QuestionnaireException.class, () -> SafeYaml.parse(new SourceText("big.yaml", text)));
    assertEquals(
        "big.yaml: error: file is too large (33,554,435 characters; the limit is 33,554,432 characters,"
            + " 32 MiB); check that this is the right file",
        e.diagnostics().get(0).headline());
  }
}
