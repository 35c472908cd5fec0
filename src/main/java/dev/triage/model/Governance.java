package dev.triage.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who wrote a questionnaire, its clinical reviews, when the next review is due, and what changed in
 * each version with who approved it. A review is only a sign-off when it says so and names the
 * person who signed; nothing here implies one.
 *
 * @param pos where the {@code governance} block is written
 * @param reviewsPos where its list of reviews is written, for the warning when it is empty
 * @param reviewDuePos where {@code review-due} is written, for the warning when it has passed
 */
public record Governance(
    Pos pos,
    List<Person> authors,
    List<Review> reviews,
    Pos reviewsPos,
    LocalDate reviewDue,
    Pos reviewDuePos,
    List<Change> changes) {
  public Governance {
    Objects.requireNonNull(pos, "pos");
    authors = List.copyOf(authors);
    reviews = List.copyOf(reviews);
    Objects.requireNonNull(reviewsPos, "reviewsPos");
    Objects.requireNonNull(reviewDue, "reviewDue");
    Objects.requireNonNull(reviewDuePos, "reviewDuePos");
    changes = List.copyOf(changes);
  }

  /**
   * The latest clinical review by date (the last written of those on the same day), if any is
   * recorded.
   */
  public Optional<Review> lastReview() {
    return reviews.stream().reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
  }

  /** The latest review that is a sign-off, if any. */
  public Optional<Review> lastSignOff() {
    return reviews.stream().filter(Review::signedOff).max(Comparator.comparing(Review::date));
  }

  /**
   * An author or a reviewer: a role always, a name only where a person put theirs to it.
   *
   * @param role what they are ("independent clinical reviewer (senior MSK physiotherapist), review
   *     1")
   */
  public record Person(Pos pos, Optional<String> name, String role) {
    public Person {
      Objects.requireNonNull(pos, "pos");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(role, "role");
    }
  }

  /**
   * One clinical review of one version.
   *
   * @param versionPos where the version reviewed is written, for the warning when the file's
   *     version is newer
   * @param signedOff whether a clinician signed this version off for use; needs a named reviewer
   *     (the loader checks)
   * @param summary what the review found and decided
   */
  public record Review(
      Pos pos,
      LocalDate date,
      String version,
      Pos versionPos,
      List<Person> reviewers,
      boolean signedOff,
      Optional<String> summary) {
    public Review {
      Objects.requireNonNull(pos, "pos");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(versionPos, "versionPos");
      reviewers = List.copyOf(reviewers);
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * One entry of the change log.
   *
   * @param approvedBy who approved the change for use; absent when no one has
   */
  public record Change(
      Pos pos, String version, LocalDate date, String change, Optional<String> approvedBy) {
    public Change {
      Objects.requireNonNull(pos, "pos");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(approvedBy, "approvedBy");
    }
  }
}
