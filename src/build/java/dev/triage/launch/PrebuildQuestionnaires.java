package dev.triage.launch;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.DiagnosticPrinter;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.Severity;
import dev.triage.diag.SourceText;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.validate.Validator;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Build step: loads and validates every bundled questionnaire and writes its model beside it for
 * {@link Prebuilt}; a bundled questionnaire with an error fails the build, printed as {@code triage
 * validate} prints it.
 */
public final class PrebuildQuestionnaires {
  private PrebuildQuestionnaires() {}

  /** The only argument: the directory of bundled questionnaires in the build's classes. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files =
          all.filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith(".cases.yaml"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      SourceText source = new SourceText("questionnaires/" + name, Files.readString(file));
      Path model =
          dir.resolve(name.substring(0, name.length() - ".yaml".length()) + Prebuilt.SUFFIX);
      Files.write(model, model(load(source)));
    }
  }

  /**
   * The questionnaire loaded and validated, or an exception that says what is wrong with it, line
   * by line.
   */
  static Loaded load(SourceText source) {
    try {
      Loaded loaded = QuestionnaireLoader.load(source);
      List<Diagnostic> errors =
          Validator.validate(loaded.questionnaire(), source.name()).stream()
              .filter(d -> d.severity() == Severity.ERROR)
              .toList();
      if (!errors.isEmpty()) {
        throw new IllegalStateException(render(errors, source));
      }
      return loaded;
    } catch (QuestionnaireException e) {
      throw new IllegalStateException(render(e.diagnostics(), source), e);
    }
  }

  /**
   * What {@link Prebuilt#find} reads: a header, the YAML's exact bytes, their SHA-256, then the
   * model.
   */
  static byte[] model(Loaded loaded) throws IOException {
    byte[] text = loaded.source().text().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(text.length * 2 + 64);
    DataOutputStream out = new DataOutputStream(buffer);
    out.writeInt(Prebuilt.MAGIC);
    out.writeInt(Prebuilt.FORMAT);
    out.writeInt(text.length);
    out.write(text);
    ModelWriter.str(out, loaded.sha256());
    ModelWriter.write(out, loaded.questionnaire());
    out.flush();
    return buffer.toByteArray();
  }

  private static String render(List<Diagnostic> diagnostics, SourceText source) {
    StringBuilder message =
        new StringBuilder(
            "a bundled questionnaire is invalid; fix it (triage validate shows the" + " same):\n");
    for (Diagnostic d : diagnostics) {
      message.append(DiagnosticPrinter.render(d, Optional.of(source))).append('\n');
    }
    return message.toString();
  }
}
