package dev.triage.batch;

import dev.triage.engine.Result;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What became of one answer set: a result, the questions still needed, or why it was refused. */
sealed interface Triaged permits Triaged.Complete, Triaged.Incomplete, Triaged.Rejected {
  long line();

  Optional<String> id();

  /**
   * {@code complete}, {@code incomplete} or {@code rejected}, as records and the summary spell it.
   */
  String status();

  /**
   * The walk reached an outcome.
   *
   * @param unused questions answered that the walk never reached (a scripted run warns about these)
   * @param errors what went wrong after the walk (a report that could not be written)
   */
  record Complete(
      long line, Optional<String> id, Result result, List<String> unused, List<String> errors)
      implements Triaged {
    public Complete {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(result, "result");
      unused = List.copyOf(unused);
      errors = List.copyOf(errors);
    }

    @Override
    public String status() {
      return "complete";
    }

    Complete withError(String error) {
      return new Complete(line, id, result, unused, List.of(error));
    }
  }

  /**
   * The answers stop short of an outcome; {@code needed} are the ids of the questions still to
   * answer on the path.
   */
  record Incomplete(long line, Optional<String> id, List<String> needed) implements Triaged {
    public Incomplete {
      Objects.requireNonNull(id, "id");
      needed = List.copyOf(needed);
    }

    @Override
    public String status() {
      return "incomplete";
    }
  }

  /** The line could not be read, or its answers are not the questionnaire's; nothing was walked. */
  record Rejected(long line, Optional<String> id, List<String> errors) implements Triaged {
    public Rejected {
      Objects.requireNonNull(id, "id");
      errors = List.copyOf(errors);
    }

    @Override
    public String status() {
      return "rejected";
    }
  }
}
