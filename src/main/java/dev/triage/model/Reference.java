package dev.triage.model;

import java.util.Objects;
import java.util.Optional;

/** A guideline, paper or other published source that clinical text in a questionnaire rests on. */
public record Reference(String key, Pos pos, String citation, Optional<String> url) {
  public Reference {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(url, "url");
  }
}
