package dev.triage.batch;

import dev.triage.diag.TriageException;
import dev.triage.engine.Flow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in (RFC 4180: quoted fields with commas, quotes and line breaks; CRLF or LF; a byte order
 * mark), parsed by commons-csv on the reading thread over a {@link LineReader}. A record the parser
 * or the reader refuses becomes an error record at the line it starts on, and a fresh parser goes
 * on after the line at fault.
 */
final class CsvInput implements Input {
  /**
   * Empty lines are kept as records so the parser's line count stays true; they are skipped here.
   */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private final LineReader text;
  private final Optional<CsvHeader> header;
  private CSVParser parser;
  private Iterator<CSVRecord> records;

  /** Lines consumed before the current parser started: its line numbers count from there. */
  private long base;

  private CsvInput(
      LineReader text, CSVParser parser, Iterator<CSVRecord> records, Optional<CsvHeader> header) {
    this.text = text;
    this.parser = parser;
    this.records = records;
    this.header = header;
  }

  /**
   * Reads the header row.
   *
   * @param name the input as the user named it, for messages
   * @throws TriageException (input) when the header cannot be read or names anything but questions
   *     and {@code id}
   */
  static CsvInput open(InputStream in, String name, Flow flow) throws IOException {
    LineReader text = new LineReader(new Lines(in));
    CSVParser parser = FORMAT.parse(text);
    Iterator<CSVRecord> records = parser.iterator();
    CSVRecord first;
    long line;
    do {
      line = parser.getCurrentLineNumber() + 1;
      try {
        first = next(records);
      } catch (LineReader.Refused | CSVException e) {
        throw TriageException.input(
            name + ":" + line + ": the header row cannot be read: " + problem(e));
      }
    } while (first != null && blank(first));
    if (first == null) {
      return new CsvInput(text, parser, records, Optional.empty());
    }
    text.mark();
    List<String> problems = new ArrayList<>();
    CsvHeader header = CsvHeader.of(first.toList(), flow, problems);
    if (!problems.isEmpty()) {
      List<String> lines = new ArrayList<>();
      long at = line;
      problems.forEach(p -> lines.add(name + ":" + at + ": header: " + p));
      lines.add(
          "the header row names the questions of every row: fix it and run again (the columns are question"
              + " ids of '"
              + flow.questionnaire().id()
              + "', and 'id' for the answer set's id)");
      throw new TriageException(TriageException.Kind.INPUT, lines);
    }
    return new CsvInput(text, parser, records, Optional.of(header));
  }

  @Override
  public List<Item> next(int max) throws IOException {
    List<Item> items = new ArrayList<>(max);
    if (header.isEmpty()) {
      return items;
    }
    long start = text.bytes();
    while (items.size() < max && text.bytes() - start < PIECE_BYTES) {
      long line = base + parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      try {
        record = next(records);
      } catch (LineReader.Refused | CSVException e) {
        items.add(new Item.Refused(line, problem(e)));
        // The reader has consumed the line at fault and the parser holds nothing past it: go on
        // after it.
        base = text.count();
        parser = FORMAT.parse(text);
        records = parser.iterator();
        text.mark();
        continue;
      }
      if (record == null) {
        break;
      }
      text.mark();
      if (!blank(record)) {
        items.add(new Row(line, Arrays.asList(record.values()), header.get()));
      }
    }
    return items;
  }

  /**
   * The next record, or null at the end; the parser's iterator hides its IOExceptions, which are
   * given back here.
   */
  private static CSVRecord next(Iterator<CSVRecord> records) throws IOException {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean blank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  /**
   * The parser's messages carry its own line count, which restarts after a refused line: said here
   * in words.
   */
  private static String problem(IOException e) {
    if (e instanceof LineReader.Refused) {
      return e.getMessage();
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("between encapsulated token and delimiter")) {
      return "not valid CSV: a quoted field goes on after its closing quote; write a quote inside a quoted field as"
          + " two quotes (\"\")";
    }
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "not valid CSV: a quoted field is not closed before the input ends; close it with a quote";
    }
    return "not valid CSV; check its quotes";
  }

  /** A row as parsed, turned into answers when a worker asks. */
  record Row(long line, List<String> cells, CsvHeader header) implements Item {
    @Override
    public Optional<WrittenSet> written() throws Refusal {
      return Optional.of(header.answers(line, cells));
    }
  }
}
