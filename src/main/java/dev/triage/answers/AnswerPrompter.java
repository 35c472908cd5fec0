package dev.triage.answers;

import dev.triage.engine.Answer;
import dev.triage.engine.Result;
import dev.triage.engine.Walk;
import dev.triage.report.Report;
import dev.triage.report.ReportOutput;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Asks a person, at a terminal, for the answers a run still needs, then shows the result and saves
 * the report. The interactive console implements it and registers it with {@link
 * java.util.ServiceLoader} ({@code META-INF/services/dev.triage.answers.AnswerPrompter}), so the
 * command layer finds it without a compile-time link and loads no terminal code for scripted runs.
 * An implementation must do no terminal work in its constructor.
 */
public interface AnswerPrompter extends AutoCloseable {
  /**
   * What a session needs from the command that starts it.
   *
   * @param walk where to start: the answers given up front already applied
   * @param given every answer given up front, by question id, applied again when a change of an
   *     earlier answer brings its question back
   * @param report makes the report of a result (questionnaire, its hash, the date, the reproduce
   *     command)
   * @param output the report asked for: {@code -o FILE} is saved to without asking ({@code -}
   *     prints the report), {@code --force} allows replacing it, and without a file the person is
   *     offered the default name
   * @param workDir where relative file names are saved
   * @param home the home directory, which {@code ~} stands for in a file name typed at the session
   * @param colour whether colour and emphasis may be used ({@code --no-color}, {@code NO_COLOR} and
   *     {@code TERM=dumb} say not); the console also needs a terminal that shows them
   * @param onStandardError standard output is a file or a pipe, not the terminal: the session asks
   *     on the terminal of standard input and standard error, and the command writes the result (or
   *     the {@code -o -} report) to standard output
   */
  record Request(
      Walk walk,
      Map<String, Answer> given,
      Function<Result, Report> report,
      ReportOutput output,
      Path workDir,
      Path home,
      boolean colour,
      boolean onStandardError) {
    public Request {
      Objects.requireNonNull(walk, "walk");
      given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(workDir, "workDir");
      Objects.requireNonNull(home, "home");
    }
  }

  /**
   * Walks on from {@code request.walk()} to an outcome, asking only what {@code given} does not
   * answer and going through {@link Walk#answer} for every answer; then shows the result and saves
   * the report to {@code -o}, or where the person chooses. The command prints nothing more.
   *
   * @return the walk as it ended, at an outcome
   * @throws dev.triage.diag.TriageException of kind CANCELLED when the person quits
   */
  Walk run(Request request);

  /**
   * Starts, on another thread, the set-up a session needs (the console builds its terminal), so
   * that it overlaps the command's own work. Call it only when a session will follow unless the
   * command fails first, and always {@link #close} afterwards. Set-up failures surface from {@link
   * #run}, as they would without it.
   */
  default void prepare() {}

  /**
   * Releases whatever {@link #prepare} made that {@link #run} did not use, without waiting for it.
   */
  @Override
  default void close() {}
}
