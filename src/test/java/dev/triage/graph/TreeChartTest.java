package dev.triage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.triage.engine.Fixtures;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.graph.Chart.Arrow;
import dev.triage.graph.Chart.Box;
import dev.triage.graph.Chart.Mark;
import dev.triage.load.QuestionnaireLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@link TreeChart} draws of the example questionnaire in each view. */
class TreeChartTest {
  private static Flow flow;

  @BeforeAll
  static void load() throws Exception {
    flow =
        Flow.of(
            QuestionnaireLoader.load(Path.of("questionnaires/example.yaml"), "example.yaml")
                .questionnaire());
  }

  private static List<String> keys(Chart chart) {
    return chart.boxes().stream()
        .map(b -> b.key() + (b.mark() == Mark.NONE ? "" : " " + b.mark()))
        .toList();
  }

  private static List<String> arrows(Chart chart) {
    return chart.arrows().stream()
        .map(
            a ->
                a.from()
                    + " -> "
                    + a.to()
                    + " : "
                    + a.label()
                    + (a.mark() == Mark.NONE ? "" : " " + a.mark()))
        .toList();
  }

  private static Walk walk(String... answers) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String a : answers) {
      given.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    return Walk.start(flow).replay(Fixtures.answers(flow, given));
  }

  @Test
  void theWholeTreeShowsTheScreenAsOneBoxAndFoldsTheOutcomesOnlyRedFlagsReach() {
    Chart chart = TreeChart.of(flow, View.whole());
    assertEquals(
        List.of(
            Chart.SCREEN,
            "sitting-pain",
            "nerve-signs",
            "sudden-onset",
            "sit-bone-check",
            "nerve-pain",
            "hamstring-strain",
            "sit-bone",
            "no-clear-pattern"),
        keys(chart));
    assertEquals(
        List.of(
            "RED-FLAG SCREEN",
            "3 red flags asked of everyone before",
            "anything else (1 emergency, 1",
            "urgent, 1 soon). A yes ends the walk",
            "at 3 outcomes (1 emergency, 1",
            "urgent, 1 soon)"),
        chart.boxes().get(0).lines());
    assertEquals(
        List.of(
            Chart.SCREEN + " -> sitting-pain : no red flag",
            "sitting-pain -> nerve-signs : yes / no / not-sure (as no)",
            "nerve-signs -> nerve-pain : yes",
            "nerve-signs -> sudden-onset : no / not-sure",
            "sudden-onset -> hamstring-strain : yes",
            "sudden-onset -> sit-bone-check : no",
            "sit-bone-check -> sit-bone : yes",
            "sit-bone-check -> no-clear-pattern : no"),
        arrows(chart));
  }

  @Test
  void outcomesCarryTheirTierInTheLabelAsWellAsInTheStyle() {
    Box box =
        TreeChart.of(flow, View.whole()).boxes().stream()
            .filter(b -> b.key().equals("no-clear-pattern"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("SOON: no-clear-pattern", "No clear pattern - see a", "physiotherapist"),
        box.lines());
    assertEquals(Optional.of(dev.triage.model.Tier.SOON), box.tier());
  }

  @Test
  void expandingShowsEveryRedFlagAndWhereItsYesAndNotSureLead() {
    Chart chart = TreeChart.of(flow, new View(true, Optional.empty(), Optional.empty()));
    assertEquals(
        List.of(
            "saddle-numbness",
            "swollen-calf",
            "pop-and-bruise",
            "sitting-pain",
            "nerve-signs",
            "sudden-onset",
            "sit-bone-check",
            "emergency-now",
            "urgent-today",
            "see-doctor-soon",
            "nerve-pain",
            "hamstring-strain",
            "sit-bone",
            "no-clear-pattern"),
        keys(chart));
    assertEquals(
        List.of(
            "saddle-numbness -> emergency-now : yes / not-sure (as yes)",
            "saddle-numbness -> swollen-calf : no",
            "swollen-calf -> urgent-today : yes",
            "swollen-calf -> pop-and-bruise : no"),
        arrows(chart).subList(0, 4));
    assertEquals(
        List.of(
            "EMERGENCY RED FLAG: saddle-numbness",
            "Is there new numbness or tingling",
            "between your legs or around your",
            "back passage, or new trouble passing",
            "or\u2026"),
        chart.boxes().get(0).lines());
  }

  @Test
  void aPathThatEndsAtARedFlagShowsItsOutcomeFromTheScreenAndDimsTheRest() {
    Chart chart =
        TreeChart.of(
            flow,
            new View(
                false,
                Optional.empty(),
                Optional.of(walk("saddle-numbness=no", "swollen-calf=yes"))));
    assertEquals(
        List.of(
            Chart.SCREEN + " ON",
            "sitting-pain OFF",
            "nerve-signs OFF",
            "sudden-onset OFF",
            "sit-bone-check OFF",
            "urgent-today ON",
            "nerve-pain OFF",
            "hamstring-strain OFF",
            "sit-bone OFF",
            "no-clear-pattern OFF"),
        keys(chart));
    assertEquals(
        List.of(
            Chart.SCREEN + " -> urgent-today : step 2: swollen-calf yes ON",
            Chart.SCREEN + " -> sitting-pain : no red flag OFF"),
        arrows(chart).subList(0, 2));
  }

  @Test
  void aPathThroughTheQuestionsNumbersItsStepsAndNamesOnlyTheAnswerGiven() {
    Chart chart =
        TreeChart.of(
            flow,
            new View(
                false,
                Optional.empty(),
                Optional.of(
                    walk(
                        "saddle-numbness=no",
                        "swollen-calf=no",
                        "pop-and-bruise=no",
                        "sitting-pain=not-sure",
                        "nerve-signs=no",
                        "sudden-onset=yes"))));
    assertEquals(
        List.of(
            Chart.SCREEN + " -> sitting-pain : steps 1 to 3: no red flag ON",
            "sitting-pain -> nerve-signs : step 4: not-sure (as no) ON",
            "nerve-signs -> nerve-pain : yes OFF",
            "nerve-signs -> sudden-onset : step 5: no ON",
            "sudden-onset -> hamstring-strain : step 6: yes ON",
            "sudden-onset -> sit-bone-check : no OFF",
            "sit-bone-check -> sit-bone : yes OFF",
            "sit-bone-check -> no-clear-pattern : no OFF"),
        arrows(chart));
  }

  @Test
  void aPathThatStopsAtAQuestionEndsThere() {
    Chart chart =
        TreeChart.of(
            flow,
            new View(
                false,
                Optional.empty(),
                Optional.of(
                    walk(
                        "saddle-numbness=no",
                        "swollen-calf=no",
                        "pop-and-bruise=no",
                        "sitting-pain=yes"))));
    assertEquals(
        List.of(
            Chart.SCREEN + " ON",
            "sitting-pain ON",
            "nerve-signs ON",
            "sudden-onset OFF",
            "sit-bone-check OFF",
            "nerve-pain OFF",
            "hamstring-strain OFF",
            "sit-bone OFF",
            "no-clear-pattern OFF"),
        keys(chart));
  }

  @Test
  void aFocusKeepsWhatLeadsToAndFromTheNodeNotItsSiblings() {
    Chart one =
        TreeChart.of(
            flow,
            new View(false, Optional.of(new View.Focus("sudden-onset", 1)), Optional.empty()));
    assertEquals(
        List.of("nerve-signs", "sudden-onset", "sit-bone-check", "hamstring-strain"), keys(one));
    Chart two =
        TreeChart.of(
            flow,
            new View(false, Optional.of(new View.Focus("sudden-onset", 2)), Optional.empty()));
    assertEquals(
        List.of(
            "sitting-pain",
            "nerve-signs",
            "sudden-onset",
            "sit-bone-check",
            "hamstring-strain",
            "sit-bone",
            "no-clear-pattern"),
        keys(two));
    assertEquals(
        List.of(Chart.SCREEN, "sitting-pain", "nerve-signs"),
        keys(
            TreeChart.of(
                flow,
                new View(
                    false, Optional.of(new View.Focus("sitting-pain", 1)), Optional.empty()))));
  }

  @Test
  void aFocusOnARedFlagOrAnOutcomeOnlyRedFlagsReachShowsTheRedFlags() {
    assertEquals(
        List.of("saddle-numbness", "swollen-calf", "pop-and-bruise", "urgent-today"),
        keys(
            TreeChart.of(
                flow,
                new View(
                    false, Optional.of(new View.Focus("swollen-calf", 1)), Optional.empty()))));
    assertEquals(
        List.of("saddle-numbness", "emergency-now"),
        keys(
            TreeChart.of(
                flow,
                new View(
                    false, Optional.of(new View.Focus("emergency-now", 3)), Optional.empty()))));
  }

  @Test
  void aFocusOnAnUnknownIdIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                TreeChart.of(
                    flow,
                    new View(false, Optional.of(new View.Focus("nosuch", 1)), Optional.empty())));
    assertEquals("no red flag, question or outcome 'nosuch'", e.getMessage());
  }

  @Test
  void arrowsNameBoxesThatAreDrawn() {
    for (Chart chart :
        List.of(
            TreeChart.of(flow, View.whole()),
            TreeChart.of(
                flow,
                new View(
                    false, Optional.of(new View.Focus("nerve-signs", 1)), Optional.empty())))) {
      List<String> keys = chart.boxes().stream().map(Box::key).toList();
      for (Arrow a : chart.arrows()) {
        assertEquals(true, keys.contains(a.from()) && keys.contains(a.to()), a.toString());
      }
    }
  }
}
