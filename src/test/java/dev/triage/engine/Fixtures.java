package dev.triage.engine;

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
import java.util.Map;
import java.util.Optional;

/**
 * Questionnaires built in code, so engine tests need no loader; {@link #example} mirrors
 * example.yaml.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Answers written as question id to choice id or number, each resolved against {@code flow} as
   * answers given up front are; fails the test on one that does not resolve.
   */
  public static Map<String, Answer> answers(Flow flow, Map<String, String> written) {
    List<WrittenAnswer> all = new ArrayList<>();
    written.forEach((id, choice) -> all.add(new WrittenAnswer(id, choice, id + "=" + choice)));
    AnswerSet set = AnswerSet.resolve(flow, List.of(all));
    if (!set.problems().isEmpty()) {
      throw new AssertionError("answers that do not resolve: " + set.problems());
    }
    return set.answers();
  }

  public static Ref ref(String id) {
    return new Ref(id, Pos.NONE);
  }

  public static Choice choice(String id, String next, String reason) {
    return new Choice(
        id,
        Pos.NONE,
        id.substring(0, 1).toUpperCase() + id.substring(1),
        Optional.ofNullable(reason),
        ref(next));
  }

  public static Question question(String id, Optional<NotSure> notSure, Choice... choices) {
    return new Question(
        id,
        Pos.NONE,
        "Text of " + id + "?",
        Optional.empty(),
        Optional.empty(),
        List.of(choices),
        notSure,
        List.of());
  }

  public static NotSure treatAs(String choice, String reason) {
    return new NotSure(
        Pos.NONE, "Not sure", Optional.of(choice), Optional.empty(), Optional.ofNullable(reason));
  }

  public static NotSure ownBranch(String next, String reason) {
    return new NotSure(
        Pos.NONE,
        "Not sure",
        Optional.empty(),
        Optional.of(ref(next)),
        Optional.ofNullable(reason));
  }

  public static RedFlag flag(
      String id, Tier tier, String outcome, String onNo, Optional<NotSure> notSure, String reason) {
    return new RedFlag(
        id,
        Pos.NONE,
        "Text of " + id + "?",
        Optional.empty(),
        tier,
        "Advice for " + id + ".",
        Optional.ofNullable(reason),
        ref(outcome),
        ref(onNo),
        false,
        notSure,
        List.of(ref("ref-" + id)));
  }

  public static Outcome outcome(
      String id, Tier tier, String source, List<String> also, List<String> reasons) {
    return new Outcome(
        id,
        Pos.NONE,
        tier,
        Optional.ofNullable(source).map(Fixtures::ref),
        also.stream().map(Fixtures::ref).toList(),
        "Title of " + id,
        "Summary of " + id + ".",
        reasons,
        List.of("Step for " + id + "."),
        List.of(),
        List.of("See someone about " + id + "."),
        List.of(ref("ref-" + id), ref("ref-shared")));
  }

  public static Questionnaire of(
      List<RedFlag> flags, String start, List<Question> questions, List<Outcome> outcomes) {
    List<Reference> refs = new java.util.ArrayList<>();
    refs.add(new Reference("ref-shared", Pos.NONE, "Shared citation.", Optional.empty()));
    flags.forEach(
        f ->
            refs.add(
                new Reference("ref-" + f.id(), Pos.NONE, "Citation " + f.id(), Optional.empty())));
    outcomes.forEach(
        o ->
            refs.add(
                new Reference("ref-" + o.id(), Pos.NONE, "Citation " + o.id(), Optional.empty())));
    List<Source> sources =
        List.of(
            new Source("hamstring", Pos.NONE, "Hamstring muscles", "The muscles."),
            new Source("ischial-tuberosity", Pos.NONE, "Sit bone", "The bone."),
            new Source("sciatic-nerve", Pos.NONE, "Sciatic nerve", "The nerve."));
    return new Questionnaire(
        1,
        "fixture",
        "Fixture",
        "1.0.0",
        "en",
        Optional.empty(),
        "Not a diagnosis.",
        refs,
        sources,
        flags,
        ref(start),
        questions,
        outcomes);
  }

  /** The shape of questionnaires/example.yaml: three red flags, four questions, six outcomes. */
  public static Questionnaire example() {
    return of(
        List.of(
            flag(
                "saddle-numbness",
                Tier.EMERGENCY,
                "emergency-now",
                "swollen-calf",
                Optional.of(treatAs("yes", null)),
                null),
            flag(
                "swollen-calf",
                Tier.URGENT,
                "urgent-today",
                "pop-and-bruise",
                Optional.empty(),
                "Calf is swollen."),
            flag(
                "pop-and-bruise",
                Tier.SOON,
                "see-doctor-soon",
                "sitting-pain",
                Optional.empty(),
                null)),
        "sitting-pain",
        List.of(
            question(
                "sitting-pain",
                Optional.of(treatAs("no", "Unsure about sitting pain.")),
                choice("yes", "nerve-signs", "Sitting hurts."),
                choice("no", "nerve-signs", null)),
            question(
                "nerve-signs",
                Optional.of(ownBranch("sudden-onset", "Unsure about nerves.")),
                choice("yes", "nerve-pain", "Nerve signs."),
                choice("no", "sudden-onset", null)),
            question(
                "sudden-onset",
                Optional.empty(),
                choice("yes", "hamstring-strain", "Sudden start."),
                choice("no", "sit-bone-check", null)),
            question(
                "sit-bone-check",
                Optional.empty(),
                choice("yes", "sit-bone", "Sitting is the trigger."),
                choice("no", "hamstring-strain", null))),
        List.of(
            outcome("emergency-now", Tier.EMERGENCY, null, List.of(), List.of()),
            outcome("urgent-today", Tier.URGENT, null, List.of(), List.of()),
            outcome("see-doctor-soon", Tier.SOON, null, List.of(), List.of()),
            outcome(
                "nerve-pain",
                Tier.SELF_CARE,
                "sciatic-nerve",
                List.of("hamstring"),
                List.of("Nerve symptoms outrank muscle explanations.")),
            outcome("hamstring-strain", Tier.SELF_CARE, "hamstring", List.of(), List.of()),
            outcome(
                "sit-bone",
                Tier.SELF_CARE,
                "ischial-tuberosity",
                List.of(),
                List.of("Sitting hurts."))));
  }
}
