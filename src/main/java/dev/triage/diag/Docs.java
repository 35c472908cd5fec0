package dev.triage.diag;

/**
 * Where messages send a reader for more: the documents as named in the source tree, with where a
 * release installs them (the image's share/doc/triage), as a user of a release has no source tree.
 */
public final class Docs {
  /** The questionnaire format, for authors. */
  public static final String QUESTIONNAIRE_FORMAT =
      "docs/questionnaire-format.md (share/doc/triage in a release)";

  /** README.md and the other documents. */
  public static final String ALL = "README.md and docs/ (share/doc/triage in a release)";

  private Docs() {}
}
