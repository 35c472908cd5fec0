package dev.triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The launcher's training run: runs the everyday command lines in-process, so the class-data-sharing cache the JVM
 * writes at exit holds every class they load. Reads no input and prints nothing but failures.
 */
public final class Training {
  /** The bundled questionnaire the training walks and validates, as a resource inside the jar. */
  static final String BUNDLED = "/questionnaires/posterior-thigh.yaml";

  private Training() {}

  public static void main(String[] args) throws IOException {
    Path questionnaire = Files.createTempFile("triage-training-", ".yaml");
    try {
      extract(questionnaire);
      int failures = 0;
      for (List<String> line : commandLines(questionnaire)) {
        int code = run(line);
        if (code != ExitCodes.OK) {
          System.err.println("training: 'triage " + String.join(" ", line) + "' exited " + code);
          failures++;
        }
      }
      // A failing line still loads most of its classes, so the cache is worth keeping: report, do not fail.
      System.err.println("training: " + failures + " of the command lines failed");
    } finally {
      Files.deleteIfExists(questionnaire);
    }
  }

  /** The command lines to train on: what a user runs most, each ending in success. */
  static List<List<String>> commandLines(Path questionnaire) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("--version"));
    lines.add(List.of("--help"));
    lines.add(List.of("validate", questionnaire.toString()));
    return List.copyOf(lines);
  }

  /** Runs one command line over discarded output, with nothing on standard input. */
  static int run(List<String> line) {
    Environment system = Environment.system();
    Environment quiet =
        new Environment(InputStream.nullInputStream(), false, system.workDir(), system.env(), system.clock());
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return Main.run(quiet, nowhere, nowhere, line.toArray(String[]::new));
  }

  private static void extract(Path file) throws IOException {
    try (InputStream in = Training.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IOException("the jar has no " + BUNDLED);
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
