package dev.triage.answers;

import dev.triage.engine.Walk;
import java.util.Map;

/**
 * Asks a person, at a terminal, for the answers a run still needs. The interactive console implements it and
 * registers it with {@link java.util.ServiceLoader} ({@code META-INF/services/dev.triage.answers.AnswerPrompter}), so
 * the command layer finds it without a compile-time link and loads no terminal code for scripted runs. An
 * implementation must do no terminal work in its constructor.
 */
public interface AnswerPrompter {
  /**
   * Walks on from {@code walk} (the answers given up front already applied) to an outcome, asking only what
   * {@code given} does not answer, and goes through {@link Walk#answer} for every answer.
   *
   * @param given every answer given up front (question id to answer id), to offer again when a change of an earlier
   *     answer brings a question back
   * @return a walk that has reached an outcome
   * @throws dev.triage.diag.TriageException of kind CANCELLED when the person quits
   */
  Walk complete(Walk walk, Map<String, String> given);
}
