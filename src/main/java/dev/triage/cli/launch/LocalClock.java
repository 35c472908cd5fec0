package dev.triage.cli.launch;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the local time zone, looked up only when a command asks for the date: looking
 * the zone up reads the JDK's time-zone database, start-up time that {@code --version}, {@code
 * validate} and a plain run never need ({@link Clock#systemDefaultZone()} looks it up at once).
 */
public final class LocalClock extends Clock {
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
