package dev.triage.bench;

import dev.triage.model.Choice;
import dev.triage.model.NotSure;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Generates a valid questionnaire of a given number of nodes with the shape of a real one, for the
 * scale benchmark: a red-flag screen in tier order, questions of two or three choices and "not
 * sure" answers that branch like a tree (question i leads on to 2i+1 and 2i+2) with extra links
 * further down, and outcomes shared by many answers.
 */
public final class ScaleQuestionnaire {
  private static final Tier[] RED_FLAG_TIERS = {Tier.EMERGENCY, Tier.URGENT, Tier.SOON};
  private static final String[] SOURCES = {
    "hamstring", "ischial-tuberosity", "sciatic-nerve", "si-joint", "glutes"
  };
  private static final int REFERENCES = 20;
  private static final String[] CHOICES = {"yes", "no", "sometimes"};
  private static final String[] LABELS = {"Yes", "No", "Sometimes"};
  private static final String OUTCOME = "outcome-";

  /** The soon-tier outcome, where "not sure" goes instead of straight to a likely source. */
  private static final String SEE_SOMEONE = "red-flag-" + Tier.SOON.key();

  private final Random random;
  private final int redFlagCount;
  private final int questionCount;
  private final int outcomeCount;
  private int nextOutcome;

  private ScaleQuestionnaire(int nodes, long seed) {
    if (nodes < 20) {
      throw new IllegalArgumentException("at least 20 nodes, not " + nodes);
    }
    this.random = new Random(seed);
    this.redFlagCount = Math.max(3, Math.min(30, nodes / 200));
    this.outcomeCount = Math.max(RED_FLAG_TIERS.length + 2, nodes / 10);
    this.questionCount = nodes - redFlagCount - outcomeCount;
  }

  /**
   * A valid questionnaire of exactly {@code nodes} red flags, questions and outcomes, the same for
   * the same seed.
   */
  public static Questionnaire generate(int nodes, long seed) {
    return new ScaleQuestionnaire(nodes, seed).build();
  }

  private Questionnaire build() {
    List<Reference> references = new ArrayList<>();
    for (int i = 1; i <= REFERENCES; i++) {
      references.add(
          new Reference(
              "ref-" + i,
              Pos.NONE,
              "Author A, Author B. A study of thigh pain number "
                  + i
                  + ". J Example Med. 2020;"
                  + i
                  + ":1-10.",
              Optional.of("https://example.org/ref-" + i)));
    }
    List<Source> sources = new ArrayList<>();
    for (String id : SOURCES) {
      sources.add(
          new Source(
              id,
              Pos.NONE,
              "The " + id.replace('-', ' '),
              "Where pain can come from: " + id + "."));
    }
    List<RedFlag> redFlags = new ArrayList<>();
    for (int i = 0; i < redFlagCount; i++) {
      Tier tier = RED_FLAG_TIERS[i * RED_FLAG_TIERS.length / redFlagCount];
      Ref onNo = ref(i + 1 < redFlagCount ? "flag-" + (i + 1) : "q0");
      Optional<NotSure> notSure =
          i % 2 == 0
              ? Optional.of(
                  new NotSure(
                      Pos.NONE,
                      "Not sure",
                      Optional.of(RedFlag.YES),
                      Optional.empty(),
                      Optional.empty()))
              : Optional.empty();
      redFlags.add(
          new RedFlag(
              "flag-" + i,
              Pos.NONE,
              "Do you have warning sign number " + i + " today?",
              Optional.of("This sign can mean something that needs care soon."),
              tier,
              "Get care as the tier says, and mention warning sign " + i + ".",
              Optional.empty(),
              ref("red-flag-" + tier.key()),
              onNo,
              false,
              notSure,
              List.of(reference(i))));
    }
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < questionCount; i++) {
      questions.add(question(i));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Tier tier : RED_FLAG_TIERS) {
      outcomes.add(
          new Outcome(
              "red-flag-" + tier.key(),
              Pos.NONE,
              tier,
              Optional.empty(),
              List.of(),
              "Get care: " + tier.when(),
              "Your answers include a warning sign.",
              List.of(),
              List.of(),
              List.of(),
              List.of("See a doctor " + tier.when() + "."),
              List.of(reference(tier.ordinal()))));
    }
    for (int i = 0; i < outcomeCount - RED_FLAG_TIERS.length; i++) {
      String source = SOURCES[i % SOURCES.length];
      String other = SOURCES[(i + 1) % SOURCES.length];
      outcomes.add(
          new Outcome(
              "outcome-" + i,
              Pos.NONE,
              Tier.SELF_CARE,
              Optional.of(ref(source)),
              List.of(ref(other)),
              "Likely source - the " + source.replace('-', ' ') + " (" + i + ")",
              "Pain like yours often comes from the " + source.replace('-', ' ') + ".",
              i % 3 == 0
                  ? List.of("Your answers point to the " + source.replace('-', ' ') + ".")
                  : List.of(),
              List.of("Walk for 10 to 20 minutes twice a day."),
              i % 3 == 1 ? List.of("Long periods of sitting.") : List.of(),
              List.of("See a physiotherapist if it is no better after 6 weeks."),
              List.of(reference(i))));
    }
    return new Questionnaire(
        1,
        "scale",
        "Scale benchmark (" + (redFlagCount + questionCount + outcomeCount) + " nodes)",
        "1.0.0",
        "en",
        Optional.of("Generated for the scale benchmark."),
        "A generated questionnaire. It does not diagnose.",
        references,
        sources,
        redFlags,
        ref("q0"),
        questions,
        outcomes);
  }

  private Question question(int i) {
    int choiceCount = 2 + random.nextInt(2);
    List<Choice> choices = new ArrayList<>();
    for (int c = 0; c < choiceCount; c++) {
      int child = 2 * i + 1 + c;
      String next = c < 2 && child < questionCount ? "q" + child : c == 2 ? later(i) : outcome();
      // An answer that ends at a likely source says why, as the minimum-evidence rule asks of a
      // real questionnaire.
      boolean reason = c == 0 && i % 3 == 0 || next.startsWith(OUTCOME);
      choices.add(
          new Choice(
              CHOICES[c],
              Pos.NONE,
              LABELS[c],
              reason ? Optional.of("It changes with activity " + i + ".") : Optional.empty(),
              ref(next)));
    }
    boolean noEnds = choices.get(1).next().id().startsWith(OUTCOME);
    Optional<NotSure> notSure =
        switch (i % 3) {
          case 0 ->
              Optional.of(
                  noEnds
                      ? new NotSure(
                          Pos.NONE,
                          "Not sure",
                          Optional.empty(),
                          Optional.of(ref(SEE_SOMEONE)),
                          Optional.empty())
                      : new NotSure(
                          Pos.NONE,
                          "Not sure",
                          Optional.of("no"),
                          Optional.empty(),
                          Optional.empty()));
          case 1 ->
              Optional.of(
                  new NotSure(
                      Pos.NONE,
                      "Not sure",
                      Optional.empty(),
                      Optional.of(ref(unsure(later(i)))),
                      Optional.of("Not sure about activity " + i + ".")));
          default -> Optional.empty();
        };
    return new Question(
        "q" + i,
        Pos.NONE,
        "Does activity " + i + " bring the pain on?",
        i % 4 == 0 ? Optional.of("This helps tell the sources apart.") : Optional.empty(),
        Optional.empty(),
        choices,
        notSure,
        i % 4 == 0 ? List.of(reference(i)) : List.of());
  }

  /**
   * Where "not sure" leads: on to a question, but never straight to a likely source; to a doctor
   * instead.
   */
  private static String unsure(String next) {
    return next.startsWith(OUTCOME) ? SEE_SOMEONE : next;
  }

  /** A question further down (never back up, so the graph stays acyclic), or an outcome. */
  private String later(int i) {
    int first = i + 1;
    int last = Math.min(questionCount, i + 1000);
    if (first >= last || random.nextInt(4) == 0) {
      return outcome();
    }
    return "q" + (first + random.nextInt(last - first));
  }

  /** Every self-care outcome in turn, so each is reached, then any of them. */
  private String outcome() {
    int selfCare = outcomeCount - RED_FLAG_TIERS.length;
    int i = nextOutcome < selfCare ? nextOutcome++ : random.nextInt(selfCare);
    return "outcome-" + i;
  }

  private static Ref reference(int i) {
    return ref("ref-" + (1 + i % REFERENCES));
  }

  private static Ref ref(String id) {
    return new Ref(id, Pos.NONE);
  }
}
