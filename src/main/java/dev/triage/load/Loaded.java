package dev.triage.load;

import dev.triage.diag.SourceText;
import dev.triage.model.Questionnaire;
import java.util.Objects;

/**
 * A questionnaire as loaded, with the text it came from (to quote in later diagnostics) and its fingerprint.
 *
 * @param sha256 lowercase hex SHA-256 of the file's bytes (the UTF-8 encoding of {@code source.text()}), so a report
 *     can name exactly which questionnaire it came from
 */
public record Loaded(Questionnaire questionnaire, SourceText source, String sha256) {
  public Loaded {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sha256, "sha256");
  }
}
