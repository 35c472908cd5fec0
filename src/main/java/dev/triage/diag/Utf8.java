package dev.triage.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where bytes stop being UTF-8, for messages that name the byte at fault rather than show a
 * replacement character.
 */
public final class Utf8 {
  private Utf8() {}

  /** The offset of the first byte that cannot be read as UTF-8, or -1 when all of them can. */
  public static int firstInvalid(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    return decoder.decode(in, CharBuffer.allocate(bytes.length), true).isError()
        ? in.position()
        : -1;
  }
}
