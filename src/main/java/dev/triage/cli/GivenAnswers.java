package dev.triage.cli;

import dev.triage.answers.AnswerCheck;
import dev.triage.answers.AnswerFile;
import dev.triage.answers.AnswerFlags;
import dev.triage.answers.Given;
import dev.triage.diag.Printable;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.diag.TriageException;
import dev.triage.engine.Walk;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Answers given up front ({@code --answers FILE} and {@code -a ID=CHOICE}), as run and graph take them: the file read,
 * the questionnaire it names when none is given, and every answer checked against the questionnaire at once.
 */
final class GivenAnswers {
  private GivenAnswers() {}

  /** An empty name would resolve to the working directory, and be refused as "a directory", which it is not. */
  static void requireFileName(CommandSpec spec, String option, String given, String example) {
    if (given != null && given.isBlank()) {
      throw new ParameterException(spec.commandLine(), option + " " + Printable.quote(given) + " is not a file name;"
          + " name a file, such as " + option + " " + example);
    }
  }

  /** The answer file, or empty when none is given. */
  static Optional<AnswerFile.Read> read(Environment env, String answersFile) throws QuestionnaireException {
    return answersFile == null ? Optional.empty() : Optional.of(AnswerFile.parse(Inputs.read(env, answersFile)));
  }

  /** The name the questionnaire goes by: as given with -q, else the one a replayed report names, else the default. */
  static String named(String questionnaire, Optional<AnswerFile.Read> file) {
    return questionnaire != null ? questionnaire
        : file.flatMap(AnswerFile.Read::report).map(AnswerFile.Made::questionnaire).orElse(Catalog.DEFAULT);
  }

  /** The questionnaire's text; one a report names is looked up by id only, never read as a path. */
  static SourceText source(Environment env, String questionnaire, Optional<AnswerFile.Read> file, String answersFile)
      throws QuestionnaireException {
    Catalog catalog = new Catalog(env);
    String named = named(questionnaire, file);
    boolean fromReport = questionnaire == null && file.flatMap(AnswerFile.Read::report).isPresent();
    return fromReport ? catalog.named(named, answersFile) : catalog.source(named);
  }

  /**
   * Every answer checked against the questionnaire, the flags replacing the file's; all problems at once as a usage
   * error, and a warning when a replayed report was made with another questionnaire or before it changed.
   */
  static AnswerCheck.Checked check(Opened opened, Optional<AnswerFile.Read> file, String answersFile,
      List<String> flags, PrintWriter err) {
    AnswerFlags.Parsed parsed = AnswerFlags.parse(flags);
    AnswerCheck.Checked checked = AnswerCheck.check(opened.flow(),
        List.of(file.map(AnswerFile.Read::given).orElse(List.of()), parsed.given()));
    List<String> problems = new ArrayList<>(parsed.problems());
    problems.addAll(checked.problems());
    if (!problems.isEmpty()) {
      throw TriageException.usage(problems);
    }
    file.flatMap(AnswerFile.Read::report).ifPresent(m -> Replays.warnIfChanged(m, opened, answersFile, err));
    return checked;
  }

  /** Warns about each answer the walk never reached, so a typo in a question id does not pass unseen. */
  static void warnUnused(Walk walk, Map<String, Given> origins, PrintWriter err) {
    Set<String> asked = walk.answers().stream().map(a -> a.question().id()).collect(Collectors.toSet());
    origins.forEach((id, g) -> {
      if (!asked.contains(id)) {
        err.println("triage: warning: " + g.origin() + " is not used: these answers never lead to '" + id + "'");
      }
    });
  }
}
