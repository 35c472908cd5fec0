package dev.triage.report;

import dev.triage.engine.Result;
import dev.triage.model.Outcome;
import dev.triage.model.RedFlag;
import dev.triage.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The result as plain text for a terminal or a pipe: the tier first (emergency and urgent inside a
 * banner of capitals), then where it likely comes from, also consider, reasons, next steps, avoid,
 * when to seek care, the disclaimer, and the tier's headline once more. The console shows the same
 * lines, styled by what each one is.
 */
public final class ResultText {
  /** The width used when the terminal's is unknown. */
  public static final int DEFAULT_WIDTH = 80;

  /** What a line of the result is, for a screen that styles it. */
  public enum Kind {
    /** The tier's headline, and the bars of its banner. */
    TIER,
    /** The heading of a section, such as "Next steps:". */
    HEADING,
    /** Anything else, blank lines included. */
    TEXT
  }

  /** One line of the result, without its line break. */
  public record Line(Kind kind, String text) {
    public Line {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  private final List<Line> lines = new ArrayList<>();
  private final int width;

  private ResultText(int width) {
    this.width = width;
  }

  /** The result as text, each line ending in a line break. */
  public static String render(Report report, int width) {
    StringBuilder out = new StringBuilder();
    for (Line line : lines(report, width)) {
      out.append(line.text()).append('\n');
    }
    return out.toString();
  }

  /** The lines of {@link #render}, each with what it is. */
  public static List<Line> lines(Report report, int width) {
    ResultText text = new ResultText(width);
    text.build(report);
    return List.copyOf(text.lines);
  }

  private void build(Report report) {
    Result r = report.result();
    Outcome o = r.outcome();
    String headline = Tiers.headline(o.tier());
    if (Tiers.alarming(o.tier())) {
      String bar = "!".repeat(Math.min(width, Math.max(headline.length(), 20)));
      add(Kind.TIER, bar);
      wrap(Kind.TIER, headline, "", "");
      add(Kind.TIER, bar);
    } else {
      wrap(Kind.TIER, headline, "", "");
    }
    blank();
    wrap(Kind.TEXT, o.title(), "", "");
    wrap(Kind.TEXT, o.summary(), "", "");
    r.redFlag().flatMap(RedFlag::advice).ifPresent(a -> section("What to do now", List.of(a)));
    r.source()
        .ifPresent(
            s -> {
              blank();
              wrap(Kind.TEXT, SourceWords.describe(s), SourceWords.LIKELY, "  ");
            });
    if (!r.alsoConsider().isEmpty()) {
      if (r.source().isEmpty()) {
        blank();
      }
      String also = r.alsoConsider().stream().map(Source::name).collect(Collectors.joining("; "));
      wrap(Kind.TEXT, also, SourceWords.ALSO, "  ");
    }
    section("Why", r.reasons());
    section("Next steps", o.nextSteps());
    section("Avoid", o.avoid());
    section("When to seek care", o.seekCare());
    blank();
    wrap(Kind.TEXT, report.questionnaire().disclaimer(), "", "");
    // A result is longer than a 24-row screen, whose top scrolls away: the tier again, last, stays
    // in sight.
    blank();
    wrap(Kind.TIER, headline, "", "");
  }

  private void section(String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    blank();
    add(Kind.HEADING, heading + ":");
    for (String item : items) {
      wrap(Kind.TEXT, item, "  - ", "    ");
    }
  }

  private void wrap(Kind kind, String text, String first, String rest) {
    for (String line : Wrap.lines(text, width, first, rest)) {
      add(kind, line);
    }
  }

  private void blank() {
    add(Kind.TEXT, "");
  }

  private void add(Kind kind, String text) {
    lines.add(new Line(kind, text));
  }
}
