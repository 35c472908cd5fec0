package dev.triage.batch;

import java.io.IOException;
import java.util.List;

/** A batch input read in order, a piece at a time, so that memory holds only the pieces in flight. */
interface Input {
  /** Up to {@code max} more items, in input order; an empty list at the end of the input. */
  List<Item> next(int max) throws IOException;
}
