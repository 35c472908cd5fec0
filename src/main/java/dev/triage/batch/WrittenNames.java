package dev.triage.batch;

import java.util.Locale;

/**
 * The report names a batch has written, so that an id given twice is an error rather than a report
 * replaced (even with {@code --force}, which is for reports of earlier runs). Each name is kept as
 * a 64-bit hash of its lower-case spelling (names differing only in case are one file on some file
 * systems) in an open-addressing table: 16 bytes a report at most, where a set of strings would
 * take a hundred.
 */
final class WrittenNames {
  private long[] slots = new long[1024];
  private int size;

  /** Whether {@code name} is new; it is remembered either way. */
  synchronized boolean add(String name) {
    long hash = hash(name.toLowerCase(Locale.ROOT));
    if (size * 2 >= slots.length) {
      grow();
    }
    return insert(slots, hash);
  }

  private boolean insert(long[] table, long hash) {
    int mask = table.length - 1;
    for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (table[i] == hash) {
        return false;
      }
      if (table[i] == 0) {
        table[i] = hash;
        if (table == slots) {
          size++;
        }
        return true;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long h : slots) {
      if (h != 0) {
        insert(bigger, h);
      }
    }
    slots = bigger;
  }

  /** FNV-1a over the characters, never 0 (which marks an empty slot). */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }
}
