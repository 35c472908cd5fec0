package dev.triage.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A yes/no screening question asked before any symptom question, with an optional note always shown
 * under it. "Yes" leads to {@code onYes}: the flag's outcome (of the same tier), where the walk
 * ends and {@code advice} is shown; or, for a flag with {@code followUps}, the first of those red
 * flags, asked only after this "yes" (so that a pattern of two ideas, such as past cancer with new
 * nerve symptoms, is asked as two plain questions). "No" goes on to {@code onNo}: the next red flag
 * in the list that is not a follow-up, or the questionnaire's start question after the last one,
 * unless the author wrote {@code no:}. A follow-up's "no" goes to the next follow-up of the same
 * parent, and after the last to where its parent's "no" goes.
 */
public record RedFlag(
    String id,
    Pos pos,
    String text,
    Optional<String> help,
    Optional<String> note,
    Tier tier,
    Optional<String> advice,
    Optional<String> reason,
    Ref onYes,
    Ref onNo,
    boolean explicitNo,
    List<Ref> followUps,
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
    Objects.requireNonNull(onYes, "onYes");
    Objects.requireNonNull(onNo, "onNo");
    followUps = List.copyOf(followUps);
    Objects.requireNonNull(notSure, "notSure");
    refs = List.copyOf(refs);
  }

  /** A red flag whose "yes" ends at {@code outcome}, with a note. */
  public RedFlag(
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
      List<Ref> refs) {
    this(
        id,
        pos,
        text,
        help,
        note,
        tier,
        Optional.of(advice),
        reason,
        outcome,
        onNo,
        explicitNo,
        List.of(),
        notSure,
        refs);
  }

  /**
   * A red flag whose "yes" ends at {@code outcome}, without a note, as format v1 files before notes
   * were written.
   */
  public RedFlag(
      String id,
      Pos pos,
      String text,
      Optional<String> help,
      Tier tier,
      String advice,
      Optional<String> reason,
      Ref outcome,
      Ref onNo,
      boolean explicitNo,
      Optional<NotSure> notSure,
      List<Ref> refs) {
    this(
        id,
        pos,
        text,
        help,
        Optional.empty(),
        tier,
        advice,
        reason,
        outcome,
        onNo,
        explicitNo,
        notSure,
        refs);
  }

  /** Whether "yes" leads to follow-up red flags rather than ending at an outcome. */
  public boolean hasFollowUps() {
    return !followUps.isEmpty();
  }

  /** Whether {@code flagId} is one of this flag's follow-ups. */
  public boolean leadsTo(String flagId) {
    return followUps.stream().anyMatch(r -> r.id().equals(flagId));
  }

  @Override
  public Optional<SelfTest> selfTest() {
    return Optional.empty();
  }

  /** Always "yes" (to the outcome or the first follow-up) then "no" (onwards). */
  @Override
  public List<Choice> choices() {
    String yesReason = reason.orElse("You answered yes to: " + text);
    return List.of(
        new Choice(YES, pos, "Yes", Optional.of(yesReason), onYes),
        new Choice(NO, pos, "No", Optional.empty(), onNo));
  }
}
