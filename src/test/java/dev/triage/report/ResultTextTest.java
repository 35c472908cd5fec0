package dev.triage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.engine.Fixtures;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Questionnaire;
import dev.triage.model.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultTextTest {
  private static Report report(Questionnaire q, Map<String, String> answers) {
    Flow flow = Flow.of(q);
    Walk walk = Walk.start(flow).replay(Fixtures.answers(flow, answers));
    return new Report(
        q,
        "0".repeat(64),
        LocalDate.of(2026, 11, 21),
        walk.result().orElseThrow(),
        List.of("triage"));
  }

  private static List<String> of(List<ResultText.Line> lines, ResultText.Kind kind) {
    return lines.stream().filter(l -> l.kind() == kind).map(ResultText.Line::text).toList();
  }

  @Test
  void eachLineSaysWhatItIsSoAScreenNeedNotParseTheText() {
    Report r = report(Fixtures.example(), Map.of("saddle-numbness", "yes"));
    List<ResultText.Line> lines = ResultText.lines(r, 80);
    String bar = "!".repeat(57);
    String headline = "EMERGENCY: act now - call emergency services or go to A&E";
    assertEquals(List.of(bar, headline, bar, headline), of(lines, ResultText.Kind.TIER));
    assertEquals(
        List.of("What to do now:", "Why:", "Next steps:", "When to seek care:"),
        of(lines, ResultText.Kind.HEADING));
    StringBuilder joined = new StringBuilder();
    lines.forEach(l -> joined.append(l.text()).append('\n'));
    assertEquals(ResultText.render(r, 80), joined.toString());
  }

  /**
   * The console styled every line ending in a colon as a heading, when it parsed the plain text.
   */
  @Test
  void aTitleEndingInAColonIsTextNotAHeading() {
    Questionnaire example = Fixtures.example();
    Outcome strain =
        example.outcomes().stream()
            .filter(o -> o.id().equals("hamstring-strain"))
            .findFirst()
            .orElseThrow();
    Outcome colon =
        new Outcome(
            strain.id(),
            Pos.NONE,
            Tier.SELF_CARE,
            strain.source(),
            List.of(),
            "Likely source:",
            "The hamstring muscles, strained.",
            List.of(),
            List.of("Rest."),
            List.of(),
            List.of("See a physiotherapist if it does not improve."),
            strain.refs());
    List<Outcome> outcomes = example.outcomes().stream().map(o -> o == strain ? colon : o).toList();
    Questionnaire q =
        new Questionnaire(
            example.format(),
            example.id(),
            example.title(),
            example.version(),
            example.language(),
            Optional.empty(),
            example.disclaimer(),
            example.references(),
            example.sources(),
            example.redFlags(),
            example.start(),
            example.questions(),
            outcomes);
    List<ResultText.Line> lines =
        ResultText.lines(
            report(
                q,
                Map.of(
                    "saddle-numbness",
                    "no",
                    "swollen-calf",
                    "no",
                    "pop-and-bruise",
                    "no",
                    "sitting-pain",
                    "no",
                    "nerve-signs",
                    "no",
                    "sudden-onset",
                    "yes")),
            80);
    assertEquals(
        List.of("Why:", "Next steps:", "When to seek care:"), of(lines, ResultText.Kind.HEADING));
    assertEquals(
        ResultText.Kind.TEXT,
        lines.stream()
            .filter(l -> l.text().equals("Likely source:"))
            .findFirst()
            .orElseThrow()
            .kind());
  }
}
