package dev.triage.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Reading, walking and writing at once: one thread reads the input in pieces of {@link #PIECE}
 * items, workers on every core turn each piece into text, and the calling thread writes the pieces
 * in input order. At most {@link #IN_FLIGHT} pieces exist at a time (a bounded queue of their
 * futures, in order), so memory stays flat whatever the input's size, and a slow writer holds the
 * reader back.
 */
final class Pipeline {
  static final int PIECE = 256;
  static final int IN_FLIGHT = 8;

  /** A piece of the input, done: its records as text, and their counts. */
  record Done(String text, Summary summary) {}

  private static final Done END = new Done("", new Summary());

  private Pipeline() {}

  /**
   * Runs the whole input through {@code work} and writes the results to {@code out}, in input
   * order.
   *
   * @param progress told the number of answer sets written after each piece
   * @return the counts of the whole input
   * @throws IOException when the input cannot be read or the output written
   */
  static Summary run(
      Input input, Function<List<Item>, Done> work, Writer out, int workers, LongConsumer progress)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(workers, r -> daemon(r, "triage-batch-walk"));
    BlockingQueue<Future<Done>> pieces = new ArrayBlockingQueue<>(IN_FLIGHT);
    Thread reader = daemon(() -> read(input, work, pool, pieces), "triage-batch-read");
    Summary summary = new Summary();
    try {
      reader.start();
      while (true) {
        Done done = take(pieces);
        if (done == END) {
          break;
        }
        out.write(done.text());
        summary.add(done.summary());
        progress.accept(summary.total());
      }
      out.flush();
      return summary;
    } finally {
      reader.interrupt();
      pool.shutdownNow();
    }
  }

  /**
   * The reading thread: pieces go to the workers, and their futures into the queue in input order.
   */
  private static void read(
      Input input,
      Function<List<Item>, Done> work,
      ExecutorService pool,
      BlockingQueue<Future<Done>> pieces) {
    try {
      try {
        while (true) {
          List<Item> items = input.next(PIECE);
          if (items.isEmpty()) {
            break;
          }
          pieces.put(pool.submit(() -> work.apply(items)));
        }
        pieces.put(CompletableFuture.completedFuture(END));
      } catch (IOException | RuntimeException | Error e) {
        pieces.put(CompletableFuture.failedFuture(e));
      }
    } catch (InterruptedException e) {
      // The writer has stopped (it failed, or it is done): nobody waits for more.
    }
  }

  private static Done take(BlockingQueue<Future<Done>> pieces) throws IOException {
    try {
      return pieces.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
