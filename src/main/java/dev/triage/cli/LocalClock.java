package dev.triage.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the local time zone. Looking the zone up reads the JDK's time-zone database, several
 * milliseconds of a short run, so a background thread starts on it at once while the command line is parsed; a
 * command that asks for the zone first simply waits for it.
 */
final class LocalClock extends Clock {
  /** Looks the zone up off the main thread; the JDK keeps the answer, so asking again later costs nothing. */
  private static final class ZonePreload implements Runnable {
    @Override
    public void run() {
      ZoneId.systemDefault();
    }
  }

  LocalClock() {
    Thread preload = new Thread(new ZonePreload(), "triage-zone-preload");
    preload.setDaemon(true);
    preload.start();
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.systemDefault();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }
}
