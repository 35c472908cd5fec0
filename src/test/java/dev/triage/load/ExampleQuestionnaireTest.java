package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.model.Choice;
import dev.triage.model.NotSure;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Tier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** questionnaires/example.yaml loads to the model its text describes, with positions. */
class ExampleQuestionnaireTest {
  private static final Path EXAMPLE = Path.of("questionnaires/example.yaml");
  private static Loaded loaded;
  private static Questionnaire q;

  @BeforeAll
  static void load() throws Exception {
    loaded = QuestionnaireLoader.load(EXAMPLE, "questionnaires/example.yaml");
    q = loaded.questionnaire();
  }

  @Test
  void metadataIsTheTextWritten() {
    assertEquals(1, q.format());
    assertEquals("example", q.id());
    assertEquals("Back-of-thigh pain (short example)", q.title());
    assertEquals("1.0.0", q.version());
    assertEquals("en", q.language());
    assertTrue(
        q.description()
            .orElseThrow()
            .startsWith("A short example that exercises every part of the format"));
    assertTrue(q.disclaimer().endsWith("see a doctor or physiotherapist.\n"), q.disclaimer());
    assertEquals(new Ref("sitting-pain", new Pos(66, 8)), q.start());
    assertEquals("saddle-numbness", q.entry());
  }

  @Test
  void referencesAndSourcesKeepOrderPositionsAndOptionalUrls() {
    assertEquals(
        List.of("nice-ng59", "nhs-dvt", "subbu-2015", "goom-2016", "nhs-hamstring"),
        q.references().stream().map(r -> r.key()).toList());
    assertEquals(new Pos(16, 5), q.references().get(0).pos());
    assertEquals(Optional.of("https://www.nice.org.uk/guidance/ng59"), q.references().get(0).url());
    assertEquals(Optional.empty(), q.references().get(2).url());
    assertEquals(
        List.of("hamstring", "ischial-tuberosity", "sciatic-nerve"),
        q.sources().stream().map(s -> s.id()).toList());
    assertEquals("Sit bone (ischial tuberosity)", q.sources().get(1).name());
  }

  @Test
  void redFlagsChainTheirNoAnswersToTheNextFlagThenToStart() {
    List<RedFlag> flags = q.redFlags();
    assertEquals(3, flags.size());
    RedFlag first = flags.get(0);
    assertEquals("saddle-numbness", first.id());
    assertEquals(new Pos(43, 5), first.pos());
    assertEquals(Tier.EMERGENCY, first.tier());
    assertEquals(new Ref("emergency-now", new Pos(48, 14)), first.onYes());
    assertEquals(new Ref("swollen-calf", first.pos()), first.onNo());
    assertFalse(first.explicitNo());
    assertEquals(List.of(new Ref("nice-ng59", new Pos(51, 12))), first.refs());
    assertEquals(new Ref("pop-and-bruise", flags.get(1).pos()), flags.get(1).onNo());
    assertEquals(Tier.URGENT, flags.get(1).tier());
    RedFlag last = flags.get(2);
    assertEquals(Tier.SOON, last.tier());
    assertEquals(new Ref("sitting-pain", last.pos()), last.onNo());
    assertEquals(new Pos(59, 5), last.pos());
    assertEquals(Optional.empty(), last.help());
    assertEquals(Optional.empty(), last.notSure());
  }

  @Test
  void redFlagNotSureIsTreatedAsYesWithTheDefaultLabel() {
    NotSure notSure = q.redFlags().get(0).notSure().orElseThrow();
    assertEquals(new Pos(50, 7), notSure.pos());
    assertEquals("Not sure", notSure.label());
    assertEquals(Optional.of("yes"), notSure.treatAs());
    assertEquals(Optional.empty(), notSure.next());
    assertEquals(Optional.empty(), notSure.reason());
  }

  @Test
  void questionsKeepChoicesSelfTestAndNotSure() {
    Question sitting = q.questions().get(0);
    assertEquals("sitting-pain", sitting.id());
    assertEquals(new Pos(69, 5), sitting.pos());
    assertEquals("Bent-knee stretch", sitting.selfTest().orElseThrow().name());
    assertEquals(4, sitting.selfTest().orElseThrow().steps().size());
    assertEquals(
        "Lie on your back with both legs straight.",
        sitting.selfTest().orElseThrow().steps().get(0));
    List<Choice> choices = sitting.choices();
    assertEquals(List.of("yes", "no"), choices.stream().map(Choice::id).toList());
    assertEquals(
        new Choice(
            "yes",
            new Pos(80, 9),
            "Yes, at the sit bone when sitting",
            Optional.of("Sitting brings on pain at the sit bone."),
            new Ref("nerve-signs", new Pos(83, 15))),
        choices.get(0));
    assertEquals(Optional.empty(), choices.get(1).reason());
    assertEquals(
        new NotSure(
            new Pos(88, 7), "Not sure", Optional.of("no"), Optional.empty(), Optional.empty()),
        sitting.notSure().orElseThrow());
    assertEquals(List.of(new Ref("goom-2016", new Pos(90, 12))), sitting.refs());
  }

  @Test
  void aNoteIsKeptApartFromHelp() {
    Question nerve = q.questions().get(1);
    assertEquals(Optional.of("Count only what you feel in the painful leg."), nerve.note());
    assertEquals(Optional.empty(), nerve.help());
    assertEquals(Optional.empty(), q.questions().get(0).note());
    assertEquals(Optional.empty(), q.redFlags().get(0).note());
  }

  @Test
  void notSureWithItsOwnBranchKeepsNextAndReason() {
    Question nerve = q.questions().get(1);
    assertEquals(Optional.empty(), nerve.selfTest());
    assertEquals(List.of(), nerve.refs());
    NotSure notSure = nerve.notSure().orElseThrow();
    assertEquals(Optional.empty(), notSure.treatAs());
    assertEquals(Optional.of(new Ref("sudden-onset", new Pos(105, 13))), notSure.next());
    assertEquals(
        Optional.of("You were not sure about nerve symptoms; watch for them."), notSure.reason());
    assertEquals(
        List.of("sitting-pain", "nerve-signs", "sudden-onset", "sit-bone-check"),
        q.questions().stream().map(Question::id).toList());
  }

  @Test
  void outcomesKeepTierSourceAndLists() {
    assertEquals(
        List.of(
            "emergency-now",
            "urgent-today",
            "see-doctor-soon",
            "nerve-pain",
            "hamstring-strain",
            "sit-bone",
            "no-clear-pattern"),
        q.outcomes().stream().map(Outcome::id).toList());
    Outcome nerve = q.outcomes().get(3);
    assertEquals(new Pos(155, 5), nerve.pos());
    assertEquals(Tier.SELF_CARE, nerve.tier());
    assertEquals(Optional.of(new Ref("sciatic-nerve", new Pos(157, 13))), nerve.source());
    assertEquals(List.of(new Ref("hamstring", new Pos(158, 21))), nerve.alsoConsider());
    assertEquals(List.of("Nerve symptoms outrank muscle explanations."), nerve.reasons());
    assertEquals(List.of("Sitting or lying still for long periods."), nerve.avoid());
    assertEquals(1, nerve.nextSteps().size());
    assertEquals(1, nerve.seekCare().size());
    Outcome emergency = q.outcomes().get(0);
    assertEquals(Optional.empty(), emergency.source());
    assertEquals(List.of(), emergency.nextSteps());
    assertEquals(List.of("Go to A&E or call emergency services now."), emergency.seekCare());
  }

  @Test
  void fingerprintIsTheSha256OfTheFileBytes() throws Exception {
    byte[] bytes = Files.readAllBytes(EXAMPLE);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(expected, loaded.sha256());
    assertEquals(new String(bytes, StandardCharsets.UTF_8), loaded.source().text());
    assertEquals("questionnaires/example.yaml", loaded.source().name());
  }
}
