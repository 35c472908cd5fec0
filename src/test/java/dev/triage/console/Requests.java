package dev.triage.console;

import dev.triage.answers.AnswerPrompter;
import dev.triage.diag.QuestionnaireException;
import dev.triage.engine.Answer;
import dev.triage.engine.Fixtures;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.RedFlag;
import dev.triage.report.Report;
import dev.triage.report.ReportFormat;
import dev.triage.report.ReportOutput;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Console requests for tests: the example questionnaire (or another), a fixed clock, reports
 * rendered as Markdown.
 */
final class Requests {
  static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
  static final String DEFAULT_REPORT = "triage-report-2026-11-21.md";

  private Requests() {}

  /** The bundled questionnaire, as {@code triage run} opens it by default. */
  static final Path BUNDLED = Path.of("questionnaires/posterior-thigh.yaml");

  private static final Path EXAMPLE = Path.of("questionnaires/example.yaml");

  static Loaded example() {
    return load(EXAMPLE);
  }

  static Loaded load(Path file) {
    try {
      return QuestionnaireLoader.load(file, file.getFileName().toString());
    } catch (QuestionnaireException e) {
      throw new AssertionError(file + " does not load: " + e.getMessage(), e);
    }
  }

  /**
   * "no" to every red flag of the bundled questionnaire that is not a follow-up: a session given
   * these starts at its first question.
   */
  static Map<String, String> noRedFlags() {
    List<RedFlag> flags = load(BUNDLED).questionnaire().redFlags();
    Map<String, String> given = new HashMap<>();
    for (RedFlag flag : flags) {
      if (flags.stream().noneMatch(f -> f.leadsTo(flag.id()))) {
        given.put(flag.id(), "no");
      }
    }
    return given;
  }

  /**
   * The bundled questionnaire answered up to its question "duration": no red flags, in scope, and
   * "no" to the questions between.
   */
  static Map<String, String> toDuration() {
    Map<String, String> given = noRedFlags();
    given.put("scope", "yes");
    for (String q : new String[] {"pmr", "walking-pain", "inflammatory-back", "bone-stress"}) {
      given.put(q, "no");
    }
    return given;
  }

  static AnswerPrompter.Request in(Path workDir) {
    return builder(workDir).build();
  }

  static Builder builder(Path workDir) {
    return new Builder(workDir);
  }

  /** Changes one thing at a time from a plain request. */
  static final class Builder {
    private final Path workDir;
    private Path questionnaire = EXAMPLE;
    private Map<String, String> given = Map.of();
    private Optional<String> output = Optional.empty();
    private boolean force;
    private boolean colour = true;
    private Optional<Path> home = Optional.empty();

    private Builder(Path workDir) {
      this.workDir = workDir;
    }

    Builder questionnaire(Path file) {
      this.questionnaire = file;
      return this;
    }

    Builder given(Map<String, String> given) {
      this.given = given;
      return this;
    }

    Builder output(String output) {
      this.output = Optional.of(output);
      return this;
    }

    Builder force() {
      this.force = true;
      return this;
    }

    /** The directory {@code ~} stands for; the working directory unless set. */
    Builder home(Path home) {
      this.home = Optional.of(home);
      return this;
    }

    /** As {@code --no-color}, {@code NO_COLOR} or {@code TERM=dumb} make the command say. */
    Builder noColour() {
      this.colour = false;
      return this;
    }

    AnswerPrompter.Request build() {
      Loaded loaded = load(questionnaire);
      Flow flow = Flow.of(loaded.questionnaire());
      Map<String, Answer> answers = Fixtures.answers(flow, given);
      Walk walk = Walk.start(flow).replay(answers);
      return new AnswerPrompter.Request(
          walk,
          answers,
          result ->
              new Report(
                  loaded.questionnaire(),
                  loaded.sha256(),
                  LocalDate.of(2026, 11, 21),
                  result,
                  List.of("triage", "run", "-q", "example")),
          new ReportOutput(output, ReportFormat.MARKDOWN, force),
          workDir,
          home.orElse(workDir),
          colour,
          false);
    }
  }
}
