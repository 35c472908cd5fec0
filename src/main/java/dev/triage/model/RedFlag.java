package dev.triage.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A yes/no screening question asked before any symptom question, with an optional note always shown under it. "Yes"
 * ends the walk at {@code outcome} (an outcome of the same tier) and shows {@code advice}; "no" goes on to
 * {@code onNo}: the next red flag in the list, or the questionnaire's start question after the last one, unless the
 * author wrote {@code no:} explicitly.
 */
public record RedFlag(
    String id,
    Pos pos,
    String text,
    Optional<String> help,
    Optional<String> note,
    Tier tier,
    String advice,
    Optional<String> reason,
    Ref outcome,
    Ref onNo,
    boolean explicitNo,
    Optional<NotSure> notSure,
    List<Ref> refs)
    implements Asked {
  public static final String YES = "yes";
  public static final String NO = "no";

  public RedFlag {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(onNo, "onNo");
    Objects.requireNonNull(notSure, "notSure");
    refs = List.copyOf(refs);
  }

  /** A red flag without a note, as format v1 files before notes were written. */
  public RedFlag(String id, Pos pos, String text, Optional<String> help, Tier tier, String advice,
      Optional<String> reason, Ref outcome, Ref onNo, boolean explicitNo, Optional<NotSure> notSure, List<Ref> refs) {
    this(id, pos, text, help, Optional.empty(), tier, advice, reason, outcome, onNo, explicitNo, notSure, refs);
  }

  @Override
  public Optional<SelfTest> selfTest() {
    return Optional.empty();
  }

  /** Always "yes" (to the red-flag outcome) then "no" (onwards). */
  @Override
  public List<Choice> choices() {
    String yesReason = reason.orElse("You answered yes to: " + text);
    return List.of(
        new Choice(YES, pos, "Yes", Optional.of(yesReason), outcome),
        new Choice(NO, pos, "No", Optional.empty(), onNo));
  }
}
