package dev.triage.batch;

import dev.triage.diag.Printable;
import dev.triage.engine.AnswerSet;
import dev.triage.engine.Flow;
import dev.triage.engine.WrittenAnswer;
import dev.triage.model.Asked;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a CSV input: a question id per column, and optionally an {@code id} column. It
 * names the questions of every row, so a header that names anything else stops the batch before any
 * row is read, rather than refusing or misreading every row after it.
 */
final class CsvHeader {
  static final String ID = "id";

  private final String[] questions;
  private final String[] origins;
  private final int idColumn;

  private CsvHeader(String[] questions, String[] origins, int idColumn) {
    this.questions = questions;
    this.origins = origins;
    this.idColumn = idColumn;
  }

  /** The header, or the problems with it, one line each. */
  static CsvHeader of(List<String> cells, Flow flow, List<String> problems) {
    String[] questions = new String[cells.size()];
    String[] origins = new String[cells.size()];
    int idColumn = -1;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      String column = "column " + (i + 1);
      // Names in any letter case, as run takes question ids (ids are lower case): two spellings of
      // one repeat it.
      boolean isId = name.equalsIgnoreCase(ID);
      Optional<Asked> question =
          isId
              ? Optional.empty()
              : flow.asked(name).or(() -> flow.asked(name.toLowerCase(Locale.ROOT)));
      Integer before = seen.putIfAbsent(isId ? ID : question.map(Asked::id).orElse(name), i + 1);
      if (name.isEmpty()) {
        problems.add(column + " has no name; name a question id, or 'id' for the answer set's id");
      } else if (before != null) {
        problems.add(
            column
                + " repeats "
                + Printable.quote(name)
                + " (column "
                + before
                + "); give each question one"
                + " column");
      } else if (isId) {
        idColumn = i;
      } else if (question.isEmpty()) {
        problems.add(column + ": " + AnswerSet.unknown(flow, name));
      } else {
        questions[i] = question.get().id();
        origins[i] = column;
      }
    }
    return new CsvHeader(questions, origins, idColumn);
  }

  /** The answer set of one row; an empty or blank cell is a question not answered. */
  WrittenSet answers(long line, List<String> cells) throws Refusal {
    if (cells.size() != questions.length) {
      throw new Refusal(
          String.format(
              Locale.ROOT,
              "the row has %,d fields, but the header has %,d; quote a field that"
                  + " holds a comma or a line break",
              cells.size(),
              questions.length));
    }
    Optional<String> id = Optional.empty();
    List<WrittenAnswer> answers = new ArrayList<>(cells.size());
    for (int i = 0; i < questions.length; i++) {
      String cell = cells.get(i);
      if (i == idColumn) {
        id = cell.isBlank() ? Optional.empty() : Optional.of(SetIds.check(cell.strip()));
      } else if (!cell.isBlank()) {
        answers.add(new WrittenAnswer(questions[i], cell, origins[i]));
      }
    }
    return new WrittenSet(line, id, answers);
  }
}
