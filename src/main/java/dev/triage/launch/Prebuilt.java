package dev.triage.launch;

import dev.triage.diag.SourceText;
import dev.triage.load.Loaded;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The bundled questionnaires as the build loaded and validated them, stored beside their YAML in
 * the jar (and so in the runtime image) by the build-only {@code PrebuildQuestionnaires}: reading
 * one skips the YAML parser, the validator and SHA-256, most of a short run's time. A model is used
 * only for the exact text it was built from, so a changed or local file of the same name is loaded
 * the ordinary way; nothing is ever written at run time.
 */
public final class Prebuilt {
  /**
   * Where the models are, beside the bundled YAML; one {@code NAME.model} per {@code NAME.yaml}.
   */
  public static final String DIR = "/questionnaires/";

  public static final String SUFFIX = ".model";

  static final int MAGIC = 0x54524950; // "TRIP"

  /** Changes whenever ModelWriter's layout changes; a model of another format is ignored. */
  static final int FORMAT = 4;

  private Prebuilt() {}

  /**
   * The questionnaire loaded and validated at build time from exactly {@code source}'s text, if the
   * build made one for a file of that name; named as {@code source} names it.
   */
  public static Optional<Loaded> find(SourceText source) {
    String name = source.name().substring(source.name().lastIndexOf('/') + 1);
    if (!name.endsWith(".yaml") || name.indexOf('.') != name.length() - ".yaml".length()) {
      return Optional.empty(); // only NAME.yaml, so no other resource can be named
    }
    String resource = DIR + name.substring(0, name.length() - ".yaml".length()) + SUFFIX;
    try (InputStream stream = Prebuilt.class.getResourceAsStream(resource)) {
      return stream == null ? Optional.empty() : read(stream.readAllBytes(), source);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The model {@code stored} holds, if it is whole, of this format, and made from exactly {@code
   * source}'s text.
   */
  static Optional<Loaded> read(byte[] stored, SourceText source) {
    // From an array, so that lengths inside can be checked against what is left (a jar's stream
    // cannot say).
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored));
    try {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return Optional.empty();
      }
      if (!Arrays.equals(ModelReader.bytes(in), source.text().getBytes(StandardCharsets.UTF_8))) {
        return Optional.empty();
      }
      String sha256 = ModelReader.str(in);
      return Optional.of(new Loaded(ModelReader.read(in), source, sha256));
    } catch (IOException | RuntimeException e) {
      // A damaged or foreign model means "none": the caller loads the text the ordinary way and
      // reports its errors.
      return Optional.empty();
    }
  }
}
