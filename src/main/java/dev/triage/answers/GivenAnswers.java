package dev.triage.answers;

import dev.triage.catalog.Catalog;
import dev.triage.catalog.QuestionnaireFile;
import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.diag.TriageException;
import dev.triage.engine.AnswerSet;
import dev.triage.engine.Walk;
import dev.triage.engine.WrittenAnswer;
import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answers a command is given before a walk, as run and graph take them: an answer file or a
 * replayed report ({@code --answers}), then the {@code -a} flags, which replace the file's. Read
 * here, then resolved against the questionnaire they pick, once, every problem at once.
 */
public final class GivenAnswers {
  private final Optional<SourceText> text;
  private final Optional<AnswerFile.Read> file;
  private final String fileName;
  private final AnswerFlags.Parsed flags;

  private GivenAnswers(
      Optional<SourceText> text,
      Optional<AnswerFile.Read> file,
      String fileName,
      AnswerFlags.Parsed flags) {
    this.text = text;
    this.file = file;
    this.fileName = fileName;
    this.flags = flags;
  }

  /**
   * Reads the answer file's text, if one was given, and the flags.
   *
   * @param text the text of {@code --answers FILE}, as the command read it
   * @param fileName {@code FILE} as the user gave it, for messages
   */
  public static GivenAnswers read(Optional<SourceText> text, String fileName, List<String> flags)
      throws QuestionnaireException {
    Optional<AnswerFile.Read> file =
        text.isPresent() ? Optional.of(AnswerFile.parse(text.get())) : Optional.empty();
    return new GivenAnswers(text, file, fileName, AnswerFlags.parse(flags));
  }

  /** Whether any answer was given at all. */
  public boolean any() {
    return file.isPresent() || !flags.given().isEmpty() || !flags.problems().isEmpty();
  }

  /**
   * The name the questionnaire goes by: as given with -q, else the one a replayed report names,
   * else the default.
   */
  public String questionnaireName(Optional<String> named) {
    return named.or(this::reportNames).orElse(Catalog.DEFAULT);
  }

  /**
   * Opens the questionnaire {@link #questionnaireName} names; one a report names is looked up by id
   * only.
   */
  public QuestionnaireFile open(Catalog catalog, Optional<String> named)
      throws QuestionnaireException {
    Optional<String> byReport = named.isPresent() ? Optional.empty() : reportNames();
    SourceText source =
        byReport.isPresent()
            ? catalog.findNamedBy(byReport.get(), fileName)
            : catalog.find(questionnaireName(named));
    return QuestionnaireFile.open(source);
  }

  /**
   * Every answer resolved against the questionnaire, the flags replacing the file's.
   *
   * @throws TriageException a usage error listing every problem, of the flags' spelling and of the
   *     answers: one in the answer file points at its line and column there
   */
  public AnswerSet resolve(QuestionnaireFile questionnaire) {
    AnswerSet set =
        AnswerSet.resolve(
            questionnaire.flow(),
            List.of(file.map(AnswerFile.Read::given).orElse(List.of()), flags.given()));
    List<String> lines = new ArrayList<>(flags.problems());
    List<Diagnostic> inFile = new ArrayList<>();
    for (AnswerSet.Problem p : set.problems()) {
      Optional<Pos> at = p.answer().map(WrittenAnswer::pos).filter(Pos::known);
      if (at.isPresent() && text.isPresent()) {
        inFile.add(Diagnostic.error(text.get().name(), at.get(), p.message()));
      } else {
        lines.add(p.line());
      }
    }
    if (!inFile.isEmpty()) {
      throw TriageException.usage(inFile, text.orElseThrow(), lines);
    }
    if (!lines.isEmpty()) {
      throw TriageException.usage(lines);
    }
    return set;
  }

  /**
   * The warning a replayed report gives when it was made with another questionnaire, or before it
   * changed.
   */
  public Optional<String> changedSince(QuestionnaireFile now) {
    return file.flatMap(AnswerFile.Read::report)
        .flatMap(
            made ->
                made.changedSince(
                    fileName,
                    now.questionnaire().id(),
                    now.questionnaire().version(),
                    now.sha256()));
  }

  /**
   * A warning for each answer the walk never reached, so a typo in a question id does not pass
   * unseen.
   */
  public static List<String> unused(Walk walk, AnswerSet given) {
    return given.unreached(walk).stream()
        .map(
            id ->
                given.origins().get(id) + " is not used: these answers never lead to '" + id + "'")
        .toList();
  }

  private Optional<String> reportNames() {
    return file.flatMap(AnswerFile.Read::report).map(AnswerFile.Made::questionnaire);
  }
}
