package dev.triage.cli;

import dev.triage.diag.QuestionnaireException;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answer files for the bundled questionnaire, so that a test walking past its red-flag screen does
 * not restate the screen (and need editing whenever a flag is added).
 */
final class BundledAnswers {
  private BundledAnswers() {}

  /**
   * An answer file: "no" to every red flag of posterior-thigh asked of everyone (a follow-up is
   * asked only after a yes), in the order asked, then {@code rest}, one "id: answer" a line.
   */
  static String everyRedFlagNoThen(String... rest) {
    List<RedFlag> flags;
    try {
      flags =
          QuestionnaireLoader.load(
                  Path.of("questionnaires/posterior-thigh.yaml"), "posterior-thigh.yaml")
              .questionnaire()
              .redFlags();
    } catch (QuestionnaireException e) {
      throw new IllegalStateException(
          "the bundled questionnaire does not load: " + e.getMessage(), e);
    }
    Set<String> followUps =
        flags.stream()
            .flatMap(f -> f.followUps().stream())
            .map(Ref::id)
            .collect(Collectors.toSet());
    List<String> lines = new ArrayList<>();
    flags.stream()
        .filter(f -> !followUps.contains(f.id()))
        .forEach(f -> lines.add(f.id() + ": no"));
    lines.addAll(List.of(rest));
    lines.add("");
    return String.join("\n", lines);
  }
}
