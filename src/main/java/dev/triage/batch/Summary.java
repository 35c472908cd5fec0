package dev.triage.batch;

import java.util.Locale;

/**
 * How many answer sets ended complete, incomplete or rejected, and how many reports could not be
 * written.
 */
public final class Summary {
  private long complete;
  private long incomplete;
  private long rejected;
  private long firstRejected;
  private long reportsFailed;
  private long firstReportFailed;
  private String firstReportError = "";

  void add(Triaged t) {
    if (t instanceof Triaged.Complete c) {
      complete++;
      if (!c.errors().isEmpty()) {
        reportsFailed++;
        if (firstReportFailed == 0) {
          firstReportFailed = t.line();
          firstReportError = c.errors().get(0).replaceFirst("^" + ReportDir.NOT_WRITTEN, "");
        }
      }
    } else if (t instanceof Triaged.Incomplete) {
      incomplete++;
    } else {
      rejected++;
      firstRejected = firstRejected == 0 ? t.line() : firstRejected;
    }
  }

  /** Adds a later part of the input's counts to these. */
  void add(Summary later) {
    complete += later.complete;
    incomplete += later.incomplete;
    rejected += later.rejected;
    reportsFailed += later.reportsFailed;
    firstRejected = firstRejected == 0 ? later.firstRejected : firstRejected;
    if (firstReportFailed == 0) {
      firstReportFailed = later.firstReportFailed;
      firstReportError = later.firstReportError;
    }
  }

  public long total() {
    return complete + incomplete + rejected;
  }

  /** Whether every line was read and every report written: exit 0 rather than 1. */
  public boolean clean() {
    return rejected == 0 && reportsFailed == 0;
  }

  /**
   * For example {@code 10 answer sets: 6 complete, 3 incomplete, 1 rejected (the first at line 4)},
   * and when reports were not written, how many and why the first was not: the reason is the same
   * for most (a report that exists, a full disk), so the user need not search the records for it.
   */
  public String line() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%,d answer set%s: %,d complete, %,d incomplete," + " %,d rejected",
                total(),
                total() == 1 ? "" : "s",
                complete,
                incomplete,
                rejected));
    if (rejected > 0) {
      s.append(String.format(Locale.ROOT, " (the first at line %,d)", firstRejected));
    }
    if (reportsFailed > 0) {
      s.append(
          String.format(
              Locale.ROOT,
              "; %,d report%s not written (the first for line %,d: %s)",
              reportsFailed,
              reportsFailed == 1 ? "" : "s",
              firstReportFailed,
              firstReportError));
    }
    return s.toString();
  }
}
