package dev.triage.hostile;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How many bytes the current thread allocates while it does something: a measure of work that a
 * busy machine does not change, so a test can tell linear from quadratic without a deadline. Time
 * is printed as a figure beside it.
 */
final class Allocation {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** What one measured piece of work returned, allocated and took. */
  record Measured<T>(T value, long bytes, long nanos) {
    /** {@code "name: 12 ms, 3.4 MB allocated"}, for the test's output. */
    String figure(String name) {
      return String.format(
          Locale.ROOT, "%s: %,d ms, %,.1f MB allocated", name, nanos / 1_000_000, bytes / 1e6);
    }
  }

  private Allocation() {}

  static <T> Measured<T> measure(Supplier<T> work) {
    long id = Thread.currentThread().getId();
    long before = THREADS.getThreadAllocatedBytes(id);
    long start = System.nanoTime();
    T value = work.get();
    long nanos = System.nanoTime() - start;
    return new Measured<>(value, THREADS.getThreadAllocatedBytes(id) - before, nanos);
  }
}
