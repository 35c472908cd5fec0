package dev.triage.load;

import dev.triage.diag.Findings;
import dev.triage.model.Governance;
import dev.triage.model.Governance.Change;
import dev.triage.model.Governance.Person;
import dev.triage.model.Governance.Review;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a questionnaire's {@code governance} block (docs/questionnaire-format.md, "governance"):
 * authors, clinical reviews, when the next review is due and the change log. Whether a review is
 * overdue or the file's version newer than the one reviewed depends on the day, so the validator
 * checks that; this checks the shape, the dates, and that a sign-off names who signed.
 */
final class GovernanceMapper {
  static final List<String> GOVERNANCE = List.of("authors", "reviews", "review-due", "changes");
  static final List<String> PERSON = List.of("name", "role");
  static final List<String> REVIEW =
      List.of("date", "version", "reviewers", "signed-off", "summary");
  static final List<String> CHANGE = List.of("version", "date", "change", "approved-by");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private final Findings problems;

  GovernanceMapper(Findings problems) {
    this.problems = problems;
  }

  Optional<Governance> governance(MappingReader top) {
    Optional<YamlMap> block = top.mapping("governance", false);
    if (block.isEmpty()) {
      return Optional.empty();
    }
    MappingReader f = new MappingReader(block.get(), () -> "in 'governance'", GOVERNANCE, problems);
    List<Person> authors = people(f, "authors", "author", "in 'governance'");
    List<Review> reviews = new ArrayList<>();
    Optional<YamlList> reviewList = f.list("reviews", true);
    List<YamlMap> maps =
        ListItems.mappings(reviewList, "reviews", "date, version, reviewers, ...", problems);
    for (int i = 0; i < maps.size(); i++) {
      reviews.add(review(maps.get(i), i));
    }
    Optional<YamlScalar> due = f.scalar("review-due", true);
    LocalDate reviewDue = due.flatMap(this::date).orElse(LocalDate.MIN);
    List<Change> changes = new ArrayList<>();
    maps =
        ListItems.mappings(
            f.list("changes", true), "changes", "version, date, change, approved-by", problems);
    for (int i = 0; i < maps.size(); i++) {
      changes.add(change(maps.get(i), i));
    }
    atLeastOne(
        f,
        "changes",
        "in 'governance'",
        changes.size(),
        "the changes of each version, newest last");
    return Optional.of(
        new Governance(
            block.get().pos(),
            authors,
            reviews,
            reviewList.map(YamlList::pos).orElse(block.get().pos()),
            reviewDue,
            due.map(YamlScalar::pos).orElse(block.get().pos()),
            changes));
  }

  private List<Person> people(MappingReader f, String key, String what, String where) {
    List<YamlMap> maps =
        ListItems.mappings(
            f.list(key, true), key, "role, and name where a person signed", problems);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      YamlMap map = maps.get(i);
      int index = i;
      MappingReader p =
          new MappingReader(map, () -> "in " + what + " " + (index + 1), PERSON, problems);
      people.add(new Person(map.pos(), p.text("name", false), p.text("role")));
    }
    atLeastOne(
        f,
        key,
        where,
        people.size(),
        "each with a role, and a name only where a person put theirs to it");
    return people;
  }

  private void atLeastOne(MappingReader f, String key, String where, int size, String what) {
    if (size == 0 && f.has(key)) {
      f.value(key, false)
          .ifPresent(
              v -> {
                if (v instanceof YamlList l && l.items().isEmpty()) {
                  problems.error(v.pos(), "'" + key + "' is empty " + where + "; list " + what);
                }
              });
    }
  }

  private Review review(YamlMap map, int index) {
    MappingReader f = new MappingReader(map, () -> "in review " + (index + 1), REVIEW, problems);
    LocalDate date = f.scalar("date", true).flatMap(this::date).orElse(LocalDate.MIN);
    Optional<YamlScalar> version = f.scalar("version", true);
    List<Person> reviewers = people(f, "reviewers", "reviewer", "in review " + (index + 1));
    Optional<YamlScalar> signed = f.scalar("signed-off", false);
    signed
        .filter(s -> !s.value().equals("yes") && !s.value().equals("no"))
        .ifPresent(
            s ->
                problems.error(s.pos(), "'signed-off' must be yes or no, not '" + s.value() + "'"));
    boolean signedOff = signed.filter(s -> s.value().equals("yes")).isPresent();
    if (signedOff && reviewers.stream().allMatch(r -> r.name().isEmpty())) {
      problems.error(
          signed.get().pos(),
          "'signed-off: yes' needs a reviewer with a name: a sign-off is a named"
              + " clinician's; write the name of who signed under 'reviewers', or write signed-off: no");
    }
    return new Review(
        map.pos(),
        date,
        version.map(YamlScalar::value).orElse(""),
        version.map(YamlScalar::pos).orElse(map.pos()),
        reviewers,
        signedOff,
        f.text("summary", false));
  }

  private Change change(YamlMap map, int index) {
    MappingReader f = new MappingReader(map, () -> "in change " + (index + 1), CHANGE, problems);
    String version = f.text("version");
    LocalDate date = f.scalar("date", true).flatMap(this::date).orElse(LocalDate.MIN);
    return new Change(map.pos(), version, date, f.text("change"), f.text("approved-by", false));
  }

  /** A calendar date written as YYYY-MM-DD; anything else is reported. */
  private Optional<LocalDate> date(YamlScalar s) {
    Matcher m = DATE.matcher(s.value());
    try {
      if (m.matches()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      }
    } catch (DateTimeException e) {
      // not a day of the calendar, such as 2026-02-30: reported below
    }
    problems.error(
        s.pos(), "'" + s.value() + "' is not a date; write it as YYYY-MM-DD, such as 2026-12-01");
    return Optional.empty();
  }
}
