package dev.triage.cli;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.load.SafeYaml;
import dev.triage.load.SourceFiles;
import dev.triage.model.Pos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads an input file the user named, or standard input for {@code -}, with the same limits as every YAML file. */
final class Inputs {
  /** How standard input is named in messages. */
  static final String STDIN = "<stdin>";

  private Inputs() {}

  static SourceText read(Environment env, String given) throws QuestionnaireException {
    if (!given.equals("-")) {
      return SourceFiles.read(env.resolve(given), given);
    }
    try {
      byte[] bytes = env.in().readNBytes(SafeYaml.MAX_BYTES + 1);
      if (bytes.length > SafeYaml.MAX_BYTES) {
        throw fail("standard input is larger than the limit of 32 MiB; check what is piped in");
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new SourceText(STDIN, text);
    } catch (CharacterCodingException e) {
      throw fail("standard input is not UTF-8 text; save the answers as UTF-8");
    } catch (IOException e) {
      throw fail("cannot read standard input (" + e.getMessage() + ")");
    }
  }

  private static QuestionnaireException fail(String message) {
    return new QuestionnaireException(java.util.List.of(Diagnostic.error(STDIN, Pos.NONE, message)), Optional.empty());
  }

  /** The width to wrap text at: $COLUMNS when it is set to something sensible, else 80. */
  static int width(Environment env) {
    try {
      int columns = Integer.parseInt(env.variable("COLUMNS").orElse("").strip());
      return columns >= 40 && columns <= 200 ? columns : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }
}
