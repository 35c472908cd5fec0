package dev.triage.cli;

import dev.triage.cache.QuestionnaireCache;
import dev.triage.diag.QuestionnaireException;
import dev.triage.engine.Attempt;
import dev.triage.engine.Walk;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.Asked;
import dev.triage.model.RedFlag;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The launcher's training run: runs the everyday command lines in-process, so the class-data-sharing cache the JVM
 * writes at exit holds every class they load. Works in a temporary directory, reads no input and prints nothing but
 * failures.
 */
public final class Training {
  /** The bundled questionnaire the training walks and validates, as a resource inside the jar. */
  static final String BUNDLED = "/questionnaires/posterior-thigh.yaml";

  static final String FILE = "posterior-thigh.yaml";

  private Training() {}

  public static void main(String[] args) throws IOException, QuestionnaireException {
    Path dir = Files.createTempDirectory("triage-training-");
    try {
      int failures = 0;
      for (List<String> line : commandLines(extract(dir))) {
        int code = run(dir, line);
        if (code != ExitCodes.OK) {
          System.err.println("training: 'triage " + String.join(" ", line) + "' exited " + code);
          failures++;
        }
      }
      // A failing line still loads most of its classes, so the cache is worth keeping: report, do not fail.
      System.err.println("training: " + failures + " of the command lines failed");
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * The command lines to train on, what people run most: version and help, validating the bundled questionnaire, and
   * scripted runs of it (the first loads and validates it, the second finds it in the questionnaire cache), with
   * Markdown and JSON reports.
   */
  static List<List<String>> commandLines(Path questionnaire) throws QuestionnaireException {
    List<String> run = new ArrayList<>(List.of("run", "--no-input"));
    run.addAll(answers(questionnaire));
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("--version"));
    lines.add(List.of("--help"));
    lines.add(List.of("validate", FILE));
    lines.add(run);
    lines.add(run);
    lines.add(with(run, "-o", "report.md"));
    lines.add(with(run, "-o", "report.json"));
    lines.add(List.of("list"));
    return List.copyOf(lines);
  }

  /** Answers that walk the questionnaire to an outcome: "no" to every red flag, then each question's first choice. */
  static List<String> answers(Path questionnaire) throws QuestionnaireException {
    Walk walk = Walk.start(QuestionnaireLoader.load(questionnaire, FILE).questionnaire());
    List<String> args = new ArrayList<>();
    while (!walk.done()) {
      Asked q = walk.current().orElseThrow();
      String choice = q instanceof RedFlag ? RedFlag.NO : q.choices().get(0).id();
      args.add("-a");
      args.add(q.id() + "=" + choice);
      walk = ((Attempt.Accepted) walk.answer(choice)).walk();
    }
    return args;
  }

  /** Runs one command line in {@code dir} over discarded output, with nothing on standard input. */
  static int run(Path dir, List<String> line) {
    Environment system = Environment.system();
    Map<String, String> env = new HashMap<>(system.env());
    env.put(QuestionnaireCache.VARIABLE, dir.resolve("cache").toString());
    Environment quiet = new Environment(InputStream.nullInputStream(), false, dir, env, system.clock());
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return Main.run(quiet, nowhere, nowhere, line.toArray(String[]::new));
  }

  static Path extract(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    try (InputStream in = Training.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IOException("the jar has no " + BUNDLED);
      }
      Files.copy(in, file);
    }
    return file;
  }

  private static List<String> with(List<String> line, String... more) {
    List<String> longer = new ArrayList<>(line);
    longer.addAll(List.of(more));
    return longer;
  }
}
