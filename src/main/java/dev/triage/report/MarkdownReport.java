package dev.triage.report;

import dev.triage.engine.Answer;
import dev.triage.engine.Result;
import dev.triage.graph.Mermaid;
import dev.triage.model.Outcome;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.List;

/**
 * The report as Markdown (CommonMark with GFM tables and task lists). YAML front matter carries the
 * questionnaire's id, version and SHA-256 and the answers, so {@code triage run --answers
 * report.md} can replay it; every piece of questionnaire text in the body goes through {@link
 * Markdown#text} so it cannot break the layout.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(Report report) {
    Questionnaire q = report.questionnaire();
    Result r = report.result();
    Outcome o = r.outcome();
    StringBuilder md = new StringBuilder();
    FrontMatter.write(md, report);
    md.append("\n# Triage report: ").append(Markdown.heading(q.title())).append("\n\n");
    md.append("- Date: ").append(report.date()).append('\n');
    md.append("- Questionnaire: ")
        .append(Markdown.text(q.id()))
        .append(", version ")
        .append(Markdown.text(q.version()))
        .append('\n');
    md.append("- Clinical review: ").append(Markdown.text(ReviewLine.of(q))).append('\n');
    md.append("- SHA-256 of the questionnaire file: ").append(report.sha256()).append("\n\n");

    md.append("## Result: ").append(Markdown.heading(Tiers.headline(o.tier()))).append("\n\n");
    md.append("**").append(Markdown.text(o.title())).append("**\n\n");
    md.append(Markdown.text(o.summary())).append("\n\n");
    r.redFlag()
        .flatMap(RedFlag::advice)
        .ifPresent(a -> md.append("**What to do now:** ").append(Markdown.text(a)).append("\n\n"));
    if (r.source().isPresent() || !r.alsoConsider().isEmpty()) {
      r.source()
          .ifPresent(
              s -> md.append("- ").append(SourceWords.LIKELY).append(sourceText(s)).append('\n'));
      for (Source s : r.alsoConsider()) {
        md.append("- ").append(SourceWords.ALSO).append(sourceText(s)).append('\n');
      }
      md.append('\n');
    }
    list(md, "Why: the answers that led here", r.reasons(), "- ");
    list(md, "Next steps", o.nextSteps(), "- [ ] ");
    list(md, "What to avoid", o.avoid(), "- ");
    list(md, "When and whom to see", o.seekCare(), "- ");

    md.append("## Your route\n\n")
        .append(
            Markdown.codeBlock(
                "mermaid", Mermaid.write(report.route().chart(q.id())).stripTrailing()))
        .append('\n');
    md.append("## Your answers\n\n| # | Question | Answer |\n| ---: | --- | --- |\n");
    int n = 1;
    for (Answer a : r.path()) {
      md.append("| ").append(n++).append(" | ").append(Markdown.text(a.question().text()));
      a.question().note().ifPresent(note -> md.append(" Note: ").append(Markdown.text(note)));
      md.append(" | ").append(Markdown.text(Report.answerText(a))).append(" |\n");
    }
    md.append("\n## Reproduce this result\n\n")
        .append(Markdown.codeBlock("sh", report.command()))
        .append('\n');
    md.append("## Disclaimer\n\n").append(Markdown.text(q.disclaimer())).append("\n");
    if (!r.references().isEmpty()) {
      md.append("\n## References\n\n");
      int i = 1;
      for (Reference ref : r.references()) {
        md.append(i++).append(". ").append(Markdown.text(ref.citation()));
        ref.url().ifPresent(u -> md.append(' ').append(Markdown.text(u)));
        md.append('\n');
      }
    }
    return md.toString();
  }

  private static String sourceText(Source s) {
    return Markdown.text(SourceWords.describe(s));
  }

  private static void list(StringBuilder md, String heading, List<String> items, String bullet) {
    if (items.isEmpty()) {
      return;
    }
    md.append("## ").append(heading).append("\n\n");
    for (String item : items) {
      md.append(bullet).append(Markdown.text(item)).append('\n');
    }
    md.append('\n');
  }
}
