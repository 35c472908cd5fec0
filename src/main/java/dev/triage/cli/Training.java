package dev.triage.cli;

import dev.triage.answers.AnswerPrompter;
import dev.triage.cache.QuestionnaireCache;
import dev.triage.console.Console;
import dev.triage.diag.SourceText;
import dev.triage.diag.QuestionnaireException;
import dev.triage.engine.Attempt;
import dev.triage.engine.Walk;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.Asked;
import dev.triage.model.RedFlag;
import dev.triage.report.MarkdownReport;
import dev.triage.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * Arguments: {@code --prime} only keeps the bundled questionnaire in the questionnaire cache and ends (a run before
   * a lean training); {@code --lean} trains on what a scripted run and the first question of a session need and no
   * more (JDK 25 loads every class of its AOT cache at each start, so a smaller cache starts faster); {@code
   * --terminal} when standard input is a terminal the launcher made, to end with a real interactive session; then
   * optionally a directory to copy the jar's native terminal libraries into, which the launcher hands to JLine.
   */
  public static void main(String[] args) throws IOException, QuestionnaireException {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean prime = rest.remove("--prime");
    boolean lean = rest.remove("--lean");
    boolean terminal = rest.remove("--terminal");
    if (!rest.isEmpty()) {
      try {
        NativeLibraries.copy(Path.of(rest.get(0)));
      } catch (IOException e) {
        System.err.println("training: cannot copy the native terminal libraries: " + e);
      }
    }
    Path dir = Files.createTempDirectory("triage-training-");
    try {
      int failures = 0;
      List<List<String>> lines = commandLines(bundled(dir), lean);
      for (List<String> line : prime ? lines.subList(lines.size() - 1, lines.size()) : lines) {
        int code = run(dir, line);
        if (code != ExitCodes.OK) {
          System.err.println("training: 'triage " + String.join(" ", line) + "' exited " + code);
          failures++;
        }
      }
      if (!prime && !lean && !rehearse(dir)) {
        System.err.println("training: the console rehearsal did not reach a result");
        failures++;
      }
      if (!prime && terminal && System.console() != null) {
        // The real thing, in the terminal the launcher made, which types Ctrl-D at the first question.
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = Main.run(Environment.system(), out, out, "run");
        System.err.println("training: the terminal session exited " + code);
      }
      // A failing step still loads most of its classes, so the cache is worth keeping: report, do not fail.
      System.err.println("training: " + failures + " of the steps failed");
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * The bundled questionnaire, copied into {@code dir} for validate, and loaded: from the questionnaire cache when it
   * has it, so a lean training never loads the YAML parser.
   */
  static Loaded bundled(Path dir) throws IOException, QuestionnaireException {
    Path file = extract(dir);
    SourceText source = new SourceText(FILE, Files.readString(file));
    Optional<Loaded> cached = new QuestionnaireCache(questionnaireCache(dir)).find(source);
    return cached.isPresent() ? cached.get() : QuestionnaireLoader.load(source);
  }

  /** The launcher's questionnaire cache if it names one (where --prime keeps the bundled one), else a temporary one. */
  private static Path questionnaireCache(Path dir) {
    String named = System.getenv(QuestionnaireCache.VARIABLE);
    return named == null || named.isEmpty() ? dir.resolve("cache") : Path.of(named);
  }

  /**
   * The command lines to train on, what people run most: version and help, validating the bundled questionnaire, and
   * scripted runs of it (the first loads and validates it, the second finds it in the questionnaire cache), with
   * Markdown and JSON reports; lean, only version, help and a scripted run. The last line is always a scripted run.
   */
  static List<List<String>> commandLines(Loaded questionnaire, boolean lean) {
    List<String> run = new ArrayList<>(List.of("run", "--no-input"));
    run.addAll(answers(questionnaire));
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("--version"));
    lines.add(List.of("--help"));
    if (!lean) {
      lines.add(List.of("validate", FILE));
      lines.add(run);
      lines.add(with(run, "-o", "report.md"));
      lines.add(with(run, "-o", "report.json"));
      lines.add(List.of("list"));
    }
    lines.add(run);
    return List.copyOf(lines);
  }

  /** Answers that walk the questionnaire to an outcome: "no" to every red flag, then each question's first choice. */
  static List<String> answers(Loaded questionnaire) {
    Walk walk = Walk.start(questionnaire.questionnaire());
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

  /**
   * An interactive session on the bundled questionnaire over an in-memory terminal (the console's own rehearsal), so
   * the cache also holds what a person at a terminal needs before the first question shows.
   */
  static boolean rehearse(Path dir) throws IOException, QuestionnaireException {
    Loaded loaded = bundled(dir);
    Clock clock = Environment.system().clock();
    AnswerPrompter.Request request = new AnswerPrompter.Request(Walk.start(loaded.questionnaire()), Map.of(),
        result -> new Report(loaded.questionnaire(), loaded.sha256(), LocalDate.now(clock), result,
            List.of("triage", "run")),
        MarkdownReport::render, "md", Optional.empty(), false, false, System.getenv(), dir, clock);
    return Console.rehearse(request);
  }

  /** Runs one command line in {@code dir} over discarded output, with nothing on standard input. */
  static int run(Path dir, List<String> line) {
    Environment system = Environment.system();
    Map<String, String> env = new HashMap<>(system.env());
    env.put(QuestionnaireCache.VARIABLE, questionnaireCache(dir).toString());
    Environment quiet = new Environment(InputStream.nullInputStream(), false, dir, env, system.clock());
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return Main.run(quiet, nowhere, nowhere, line.toArray(String[]::new));
  }

  static Path extract(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (Files.exists(file)) {
      return file;
    }
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
