package dev.triage.cli;

import dev.triage.answers.AnswerFile;
import java.io.PrintWriter;

/** Warns when a replayed report was made with another questionnaire, or with this one before it changed. */
final class Replays {
  private Replays() {}

  static void warnIfChanged(AnswerFile.Made made, Opened now, String file, PrintWriter err) {
    String id = now.flow().questionnaire().id();
    String version = now.flow().questionnaire().version();
    String sha = now.loaded().sha256();
    if (!made.questionnaire().equals(id)) {
      err.println("triage: warning: " + file + " was made with questionnaire '" + made.questionnaire() + "', not '"
          + id + "'; its answers are replayed against '" + id + "'");
    } else if (!made.sha256().equalsIgnoreCase(sha)) {
      err.println("triage: warning: " + file + " was made with " + id + " " + made.version() + " (sha256 "
          + shortHash(made.sha256()) + "), but the questionnaire has changed since (now " + version + ", sha256 "
          + shortHash(sha) + "); the answers are replayed against it as it is now, so the result may differ");
    }
  }

  private static String shortHash(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
  }
}
