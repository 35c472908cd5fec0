package dev.triage.load;

import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.diag.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a YAML file as UTF-8 text, refusing what cannot be a YAML text file before any parsing:
 * missing, a directory, unreadable, larger than {@link SafeYaml#MAX_BYTES} (checked before
 * reading), binary, or not UTF-8. Each refusal is one diagnostic about the file as a whole.
 * Emptiness is left to {@link SafeYaml#parse}, which also knows that a file of comments is empty.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * The file's text, named {@code displayName} in diagnostics (the path as the user wrote it). A
   * UTF-8 byte order mark is kept, so the text's UTF-8 bytes are exactly the file's bytes.
   */
  public static SourceText read(Path path, String displayName) throws QuestionnaireException {
    if (Files.isDirectory(path)) {
      throw SafeYaml.fileError(
          displayName, "this is a directory, not a file; name a YAML file inside it");
    }
    try {
      if (Files.isRegularFile(path) && Files.size(path) > SafeYaml.MAX_BYTES) {
        throw SafeYaml.fileError(
            displayName, tooLarge(amount(Files.size(path)) + " bytes", "bytes"));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return read(in, displayName, Files.isRegularFile(path) ? Files.size(path) : 0);
      }
    } catch (NoSuchFileException e) {
      throw SafeYaml.fileError(displayName, "no such file; check the path and the file name");
    } catch (AccessDeniedException e) {
      throw SafeYaml.fileError(
          displayName, "cannot read the file: permission denied; check its permissions");
    } catch (IOException e) {
      String why =
          e instanceof FileSystemException f && f.getReason() != null
              ? f.getReason()
              : e.getMessage();
      throw SafeYaml.fileError(displayName, "cannot read the file (" + why + "); check the path");
    }
  }

  /**
   * Text from a stream such as standard input, with the same checks as a file; reads at most one
   * byte more than the limit, so an endless stream is refused rather than read.
   */
  public static SourceText read(InputStream in, String displayName)
      throws IOException, QuestionnaireException {
    return read(in, displayName, 0);
  }

  /**
   * @param expected how many bytes the stream should hold, so that a large file is read into one
   *     array at once
   */
  private static SourceText read(InputStream in, String displayName, long expected)
      throws IOException, QuestionnaireException {
    byte[] bytes = readAtMost(in, SafeYaml.MAX_BYTES + 1, expected);
    if (bytes.length > SafeYaml.MAX_BYTES) {
      throw SafeYaml.fileError(
          displayName, tooLarge("more than " + amount(SafeYaml.MAX_BYTES) + " bytes", "bytes"));
    }
    return new SourceText(displayName, decode(bytes, displayName));
  }

  /**
   * At most {@code limit} bytes; the {@code expected} ones into one array, so a large file is not
   * read in pieces.
   */
  private static byte[] readAtMost(InputStream in, int limit, long expected) throws IOException {
    byte[] bytes = new byte[(int) Math.min(limit, expected)];
    int read = in.readNBytes(bytes, 0, bytes.length);
    if (read < bytes.length) {
      return Arrays.copyOf(bytes, read);
    }
    // More than expected (a stream, or a file that grew): the rest in pieces, still never beyond
    // the limit.
    byte[] rest = in.readNBytes(limit - read);
    if (rest.length == 0) {
      return bytes;
    }
    byte[] all = Arrays.copyOf(bytes, read + rest.length);
    System.arraycopy(rest, 0, all, read, rest.length);
    return all;
  }

  /** "file is too large (62,914,560 bytes; the limit is 33,554,432 bytes, 32 MiB); ...". */
  static String tooLarge(String size, String unit) {
    return "file is too large ("
        + size
        + "; the limit is "
        + amount(SafeYaml.MAX_BYTES)
        + " "
        + unit
        + ", 32 MiB); check that this is the right file";
  }

  static String amount(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String decode(byte[] bytes, String file) throws QuestionnaireException {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw SafeYaml.fileError(
          file, "file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
    }
    // The quick decoding replaces what is not UTF-8 with U+FFFD and keeps each NUL byte as U+0000,
    // so it shows
    // whether the slower checks, which say where the problem is, are needed at all.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\0') >= 0) {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          throw SafeYaml.fileError(
              file,
              "file is binary, not text (a NUL byte at "
                  + where(bytes, i)
                  + "); name a YAML text file");
        }
      }
    }
    return text.indexOf('\uFFFD') < 0 ? text : decodeStrictly(bytes, file);
  }

  /** The text, or the first byte that is not UTF-8 reported with its line and column. */
  private static String decodeStrictly(byte[] bytes, String file) throws QuestionnaireException {
    int at = Utf8.firstInvalid(bytes);
    if (at >= 0) {
      throw SafeYaml.fileError(
          file,
          String.format(
              Locale.ROOT,
              "file is not UTF-8 text (byte 0x%02X at %s cannot"
                  + " be read as UTF-8); save it with UTF-8 encoding",
              bytes[at] & 0xFF,
              where(bytes, at)));
    }
    return new String(bytes, StandardCharsets.UTF_8); // valid, and U+FFFD written as such
  }

  /**
   * "line 3, column 7" for the byte at {@code offset}, counting columns in characters of the valid
   * text before it.
   */
  private static String where(byte[] bytes, int offset) {
    int lineStart = 0;
    int line = 1;
    for (int i = 0; i < offset; i++) {
      // \n, or a \r not followed by \n: the line breaks YAML and SourceText count
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < offset; i++) {
      // Count lead bytes only, so a multi-byte character is one column; a BOM takes none.
      if ((bytes[i] & 0xC0) != 0x80 && !isBom(bytes, i)) {
        column++;
      }
    }
    return "line " + line + ", column " + column;
  }

  private static boolean isBom(byte[] b, int i) {
    return i == 0 && startsWith(b, 0xEF, 0xBB, 0xBF);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
