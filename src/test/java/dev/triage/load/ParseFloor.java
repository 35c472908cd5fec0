package dev.triage.load;

import dev.triage.diag.SourceText;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * What SnakeYAML's parser alone costs on a text, with the loader's options and nothing built from
 * its events: the floor under {@link SafeYaml#parse}, for the scale benchmark. Here because only
 * this package touches SnakeYAML.
 */
public final class ParseFloor {
  private ParseFloor() {}

  /** Reads every parser event of {@code source} and returns how many there were. */
  public static long events(SourceText source) {
    Parser parser = SafeYaml.parser(source.text());
    long count = 0;
    while (parser.getEvent().getEventId() != Event.ID.StreamEnd) {
      count++;
    }
    return count;
  }
}
