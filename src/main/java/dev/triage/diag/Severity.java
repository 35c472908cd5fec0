package dev.triage.diag;

/**
 * How serious a diagnostic is: errors make a questionnaire unusable; warnings fail only with
 * --strict.
 */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
