package dev.triage.launch;

import dev.triage.answers.AnswerPrompter;
import dev.triage.console.Rehearsal;
import dev.triage.diag.SourceText;
import dev.triage.engine.Attempt;
import dev.triage.engine.Walk;
import dev.triage.load.Loaded;
import dev.triage.model.Asked;
import dev.triage.model.RedFlag;
import dev.triage.report.MarkdownReport;
import dev.triage.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Build-only helper of src/image/build-image.sh, which trains the runtime image's class-data archive on real command
 * lines. {@code answers} prints, one per line, the arguments of a scripted run of the bundled questionnaire to a
 * result ("no" to every red flag, then each question's first choice), so the training follows the questionnaire as it
 * is; {@code rehearse} walks an interactive session over an in-memory terminal (exit 1 if it did not end).
 */
public final class Training {
  static final String BUNDLED = "posterior-thigh";

  private Training() {}

  public static void main(String[] args) throws IOException {
    Loaded bundled = bundled();
    if (args.length == 1 && args[0].equals("answers")) {
      for (String arg : answers(bundled)) {
        System.out.println(arg);
      }
    } else if (args.length == 2 && args[0].equals("rehearse")) {
      if (!rehearse(bundled, Path.of(args[1]))) {
        System.err.println("training: the console rehearsal did not reach a result");
        System.exit(1);
      }
    } else {
      System.err.println("usage: Training answers | rehearse EMPTY-DIRECTORY");
      System.exit(2);
    }
  }

  /** The bundled questionnaire as the build prebuilt it. */
  static Loaded bundled() throws IOException {
    String name = BUNDLED + ".yaml";
    try (InputStream in = Training.class.getResourceAsStream(Prebuilt.DIR + name)) {
      if (in == null) {
        throw new IOException("the classes hold no " + Prebuilt.DIR + name);
      }
      SourceText source = new SourceText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return Prebuilt.find(source).orElseThrow(() -> new IOException("no prebuilt model of " + name));
    }
  }

  /** Answers that walk the questionnaire to an outcome, as {@code run} arguments. */
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

  /** A session on the bundled questionnaire over an in-memory terminal, working in {@code dir}. */
  static boolean rehearse(Loaded loaded, Path dir) throws IOException {
    Files.createDirectories(dir);
    Clock clock = Clock.systemDefaultZone();
    AnswerPrompter.Request request = new AnswerPrompter.Request(Walk.start(loaded.questionnaire()), Map.of(),
        result -> new Report(loaded.questionnaire(), loaded.sha256(), LocalDate.now(clock), result,
            List.of("triage", "run")),
        MarkdownReport::render, "md", Optional.empty(), false, false, System.getenv(), dir, clock);
    return Rehearsal.rehearse(request);
  }
}
