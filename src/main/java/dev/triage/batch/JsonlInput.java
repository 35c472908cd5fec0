package dev.triage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JSON Lines in: the reading thread only splits the bytes into lines; decoding and parsing each
 * line is done by the workers ({@link Raw#written}), where it runs on every core.
 */
final class JsonlInput implements Input {
  private final Lines lines;
  private final JsonLine parser;

  JsonlInput(InputStream in, JsonLine parser) {
    this.lines = new Lines(in);
    this.parser = parser;
  }

  @Override
  public List<Item> next(int max) throws IOException {
    List<Item> items = new ArrayList<>(max);
    long bytes = 0;
    while (items.size() < max && bytes < PIECE_BYTES) {
      Lines.Line line = lines.next();
      if (line == null) {
        break;
      }
      bytes += line.bytes().length;
      items.add(
          line.tooLong()
              ? new Item.Refused(line.number(), tooLong(line.length()))
              : new Raw(line, parser));
    }
    return items;
  }

  static String tooLong(long length) {
    return String.format(
        Locale.ROOT,
        "the line is %,d bytes long, over the limit of %,d; an answer set needs far"
            + " fewer, so check that this is the right file",
        length,
        Lines.MAX_BYTES);
  }

  /** A line as read, parsed when a worker asks. */
  record Raw(Lines.Line raw, JsonLine parser) implements Item {
    @Override
    public long line() {
      return raw.number();
    }

    @Override
    public Optional<WrittenSet> written() throws Refusal {
      return parser.parse(raw.number(), LineText.decode(raw.bytes(), "the line"));
    }
  }
}
