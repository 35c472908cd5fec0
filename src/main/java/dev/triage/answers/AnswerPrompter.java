package dev.triage.answers;

import dev.triage.engine.Answer;
import dev.triage.engine.Result;
import dev.triage.engine.Walk;
import dev.triage.report.Report;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks a person, at a terminal, for the answers a run still needs, then shows the result and saves the report. The
 * interactive console implements it and registers it with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.triage.answers.AnswerPrompter}), so the command layer finds it without a compile-time
 * link and loads no terminal code for scripted runs. An implementation must do no terminal work in its constructor.
 */
public interface AnswerPrompter extends AutoCloseable {
  /**
   * What a session needs from the command that starts it.
   *
   * @param walk where to start: the answers given up front already applied
   * @param given every answer given up front (question id to answer id), applied again when a change of an earlier
   *     answer brings its question back
   * @param report makes the report of a result (questionnaire hash, date, reproduce command)
   * @param render the report in the chosen format ({@code --format})
   * @param extension the file name extension of that format, for the default report name
   * @param output the file given with {@code -o}: saved to without asking ({@code -} prints the report)
   * @param force whether {@code --force} allows replacing {@code output}; without it the person is asked
   * @param noColor whether {@code --no-color} was given
   * @param env environment variables ({@code NO_COLOR}, {@code TERM})
   * @param workDir where relative file names are saved
   * @param clock dates the default report name
   */
  record Request(
      Walk walk,
      Map<String, Answer> given,
      Function<Result, Report> report,
      Function<Report, String> render,
      String extension,
      Optional<String> output,
      boolean force,
      boolean noColor,
      Map<String, String> env,
      Path workDir,
      Clock clock) {
    public Request {
      Objects.requireNonNull(walk, "walk");
      given = Map.copyOf(given);
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(render, "render");
      Objects.requireNonNull(extension, "extension");
      Objects.requireNonNull(output, "output");
      env = Map.copyOf(env);
      Objects.requireNonNull(workDir, "workDir");
      Objects.requireNonNull(clock, "clock");
    }
  }

  /**
   * Walks on from {@code request.walk()} to an outcome, asking only what {@code given} does not answer and going
   * through {@link Walk#answer} for every answer; then shows the result and saves the report to {@code -o}, or where
   * the person chooses. The command prints nothing more.
   *
   * @return the walk as it ended, at an outcome
   * @throws dev.triage.diag.TriageException of kind CANCELLED when the person quits
   */
  Walk run(Request request);

  /**
   * Starts, on another thread, the set-up a session needs (the console builds its terminal), so that it overlaps the
   * command's own work. Call it only when a session will follow unless the command fails first, and always
   * {@link #close} afterwards. Set-up failures surface from {@link #run}, as they would without it.
   */
  default void prepare() {}

  /** Releases whatever {@link #prepare} made that {@link #run} did not use, without waiting for it. */
  @Override
  default void close() {}
}
