package dev.triage.console;

import dev.triage.answers.AnswerPrompter.Request;
import dev.triage.diag.TriageException;
import dev.triage.engine.Attempt;
import dev.triage.engine.Walk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Build-only: a whole interactive session over an in-memory terminal, so that the class list the build makes of
 * everyday runs (src/image/build-image.sh) holds what a person at a terminal needs. A real terminal at build time
 * would tie the build to a session ending in time.
 */
public final class Rehearsal {
  private Rehearsal() {}

  /**
   * Walks a session answering "2" to every question, then goes on past the review and does not save; never touches
   * the real terminal or the file system.
   *
   * @return whether the session reached its end (a result, not saved)
   */
  public static boolean rehearse(Request request) {
    StringBuilder keys = new StringBuilder();
    Walk walk = request.walk();
    while (!walk.done() && walk.answer("2") instanceof Attempt.Accepted a) {
      walk = a.walk();
      keys.append("2\r");
    }
    keys.append("\r").append("n\r"); // on past the review (or the "by mistake" question), then do not save
    try (Terminal terminal = new DumbTerminal("rehearsal", "xterm-256color",
        new ByteArrayInputStream(keys.toString().getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream(),
        StandardCharsets.UTF_8)) {
      return Console.run(request, terminal, true).done();
    } catch (IOException | TriageException e) {
      return false;
    }
  }
}
