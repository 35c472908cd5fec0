package dev.triage.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The report a run was asked for: where ({@code -o FILE}, {@code -} for standard output, or none),
 * in which format, and whether an existing file may be replaced ({@code --force}).
 */
public record ReportOutput(Optional<String> file, ReportFormat format, boolean force) {
  public ReportOutput {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
  }

  /** Whether the report goes to standard output instead of the plain result. */
  public boolean toStandardOutput() {
    return file.filter("-"::equals).isPresent();
  }

  /**
   * The name a report is offered under when no file was given: {@code triage-report-YYYY-MM-DD.md}.
   */
  public String defaultName(LocalDate date) {
    return "triage-report-" + date + "." + format.extension();
  }
}
