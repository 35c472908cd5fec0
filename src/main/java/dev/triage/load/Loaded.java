package dev.triage.load;

import dev.triage.diag.SourceText;
import dev.triage.model.Questionnaire;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A questionnaire as loaded, with the text it came from (to quote in later diagnostics) and its
 * fingerprint.
 *
 * <p>Not a record because the fingerprint is computed only when first asked for: {@code triage
 * validate} never needs it, and hashing a large file takes a while (docs/performance.md).
 */
public final class Loaded {
  private final Questionnaire questionnaire;
  private final SourceText source;
  private volatile String sha256;

  /** A questionnaire whose fingerprint is already known (read back from a cache, say). */
  public Loaded(Questionnaire questionnaire, SourceText source, String sha256) {
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.source = Objects.requireNonNull(source, "source");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
  }

  /** A questionnaire whose fingerprint is computed from {@code source} when first asked for. */
  Loaded(Questionnaire questionnaire, SourceText source) {
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.source = Objects.requireNonNull(source, "source");
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  public SourceText source() {
    return source;
  }

  /**
   * Lowercase hex SHA-256 of the file's bytes (the UTF-8 encoding of {@code source.text()}), so a
   * report can name exactly which questionnaire it came from.
   */
  public String sha256() {
    String known = sha256;
    if (known == null) {
      // Two threads racing here compute the same value; either result may be kept.
      known = sha256(source.text());
      sha256 = known;
    }
    return known;
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Loaded l
        && l.questionnaire.equals(questionnaire)
        && l.source.equals(source)
        && l.sha256().equals(sha256());
  }

  @Override
  public int hashCode() {
    return Objects.hash(questionnaire, source);
  }

  @Override
  public String toString() {
    return "Loaded[questionnaire=" + questionnaire.id() + ", source=" + source.name() + "]";
  }
}
