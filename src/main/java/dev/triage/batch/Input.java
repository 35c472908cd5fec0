package dev.triage.batch;

import java.io.IOException;
import java.util.List;

/**
 * A batch input read in order, a piece at a time, so that memory holds only the pieces in flight.
 */
interface Input {
  /**
   * Up to {@code max} more items, and no more than about {@link #PIECE_BYTES} of input, in input
   * order; an empty list at the end of the input. Lines of up to 64 KiB would otherwise make a
   * piece of 256 lines 16 MiB.
   */
  List<Item> next(int max) throws IOException;

  /** The input a piece holds at most, give or take its last line. */
  int PIECE_BYTES = 1 << 20;
}
