package dev.triage.report;

import java.util.Locale;
import java.util.Optional;

/** The formats a report is written in ({@code --format}), each with its file name extension. */
public enum ReportFormat {
  MARKDOWN("md"),
  JSON("json");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without its dot. */
  public String extension() {
    return extension;
  }

  /**
   * The report in this format. Only a report asked for is rendered: the writers load Gson, which a
   * plain result never needs.
   */
  public String render(Report report) {
    return this == JSON ? JsonReport.render(report) : MarkdownReport.render(report);
  }

  /**
   * The format {@code --format} names ({@code markdown}, {@code md} or {@code json}, in any letter
   * case).
   */
  public static Optional<ReportFormat> named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "markdown", "md" -> Optional.of(MARKDOWN);
      case "json" -> Optional.of(JSON);
      default -> Optional.empty();
    };
  }

  /**
   * The format for a file of this name when none is given: JSON for a name ending in .json, else
   * Markdown.
   */
  public static ReportFormat forFile(Optional<String> file) {
    return file.filter(f -> f.toLowerCase(Locale.ROOT).endsWith(".json")).isPresent()
        ? JSON
        : MARKDOWN;
  }
}
