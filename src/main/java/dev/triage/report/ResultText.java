package dev.triage.report;

import dev.triage.engine.Result;
import dev.triage.model.Outcome;
import dev.triage.model.RedFlag;
import dev.triage.model.Source;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result as plain text for a terminal or a pipe: the tier first (emergency and urgent inside a banner of capitals),
 * then where it likely comes from, also consider, reasons, next steps, avoid, when to seek care and the disclaimer.
 */
public final class ResultText {
  /** The width used when the terminal's is unknown. */
  public static final int DEFAULT_WIDTH = 80;

  private ResultText() {}

  public static String render(Report report, int width) {
    Result r = report.result();
    Outcome o = r.outcome();
    StringBuilder out = new StringBuilder();
    String headline = Tiers.headline(o.tier());
    if (Tiers.alarming(o.tier())) {
      String bar = "!".repeat(Math.min(width, Math.max(headline.length(), 20)));
      out.append(bar).append('\n');
      out.append(Wrap.block(headline, width, "", "")).append(bar).append('\n');
    } else {
      out.append(Wrap.block(headline, width, "", ""));
    }
    out.append('\n').append(Wrap.block(o.title(), width, "", ""));
    out.append(Wrap.block(o.summary(), width, "", ""));
    r.redFlag().flatMap(RedFlag::advice).ifPresent(a -> section(out, "What to do now", List.of(a), width));
    r.source().ifPresent(s -> out.append('\n').append(Wrap.block(SourceWords.describe(s), width,
        SourceWords.LIKELY, "  ")));
    if (!r.alsoConsider().isEmpty()) {
      String also = r.alsoConsider().stream().map(Source::name).collect(Collectors.joining("; "));
      out.append(r.source().isPresent() ? "" : "\n").append(Wrap.block(also, width, SourceWords.ALSO, "  "));
    }
    section(out, "Why", r.reasons(), width);
    section(out, "Next steps", o.nextSteps(), width);
    section(out, "Avoid", o.avoid(), width);
    section(out, "When to seek care", o.seekCare(), width);
    out.append('\n').append(Wrap.block(report.questionnaire().disclaimer(), width, "", ""));
    return out.toString();
  }

  private static void section(StringBuilder out, String heading, List<String> items, int width) {
    if (items.isEmpty()) {
      return;
    }
    out.append('\n').append(heading).append(":\n");
    for (String item : items) {
      out.append(Wrap.block(item, width, "  - ", "    "));
    }
  }
}
