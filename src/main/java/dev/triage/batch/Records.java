package dev.triage.batch;

import dev.triage.engine.Result;
import dev.triage.model.Source;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * How a batch writes its records: JSON Lines or CSV, with the same fields in the same order, every
 * field in every record (empty where it does not apply), so a reader never has to guess which shape
 * a line has.
 */
interface Records {
  /** The fields of a record, in order; also the CSV header. */
  List<String> FIELDS =
      List.of(
          "line",
          "id",
          "status",
          "outcome",
          "tier",
          "red-flag",
          "source",
          "also-consider",
          "reasons",
          "needed",
          "unused",
          "errors");

  /** What comes before the first record: the CSV header row, nothing for JSON Lines. */
  void begin(StringBuilder out) throws IOException;

  /** One record, ending with a line break. */
  void write(Triaged triaged, StringBuilder out) throws IOException;

  /** The result's fields, each empty when the walk did not reach an outcome. */
  record Fields(
      Optional<String> outcome,
      Optional<String> tier,
      Optional<String> redFlag,
      Optional<String> source,
      List<String> alsoConsider,
      List<String> reasons,
      List<String> needed,
      List<String> unused,
      List<String> errors) {
    static Fields of(Triaged t) {
      if (t instanceof Triaged.Complete c) {
        Result r = c.result();
        return new Fields(
            Optional.of(r.outcome().id()),
            Optional.of(r.outcome().tier().key()),
            r.redFlag().map(f -> f.id()),
            r.source().map(Source::id),
            r.alsoConsider().stream().map(Source::id).toList(),
            r.reasons().stream().map(String::strip).toList(),
            List.of(),
            c.unused(),
            c.errors());
      }
      List<String> needed = t instanceof Triaged.Incomplete i ? i.needed() : List.of();
      List<String> errors = t instanceof Triaged.Rejected r ? r.errors() : List.of();
      return new Fields(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(),
          needed,
          List.of(),
          errors);
    }
  }
}
