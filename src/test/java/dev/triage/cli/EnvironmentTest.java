package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.process.Environment;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
  private static Environment with(Map<String, String> variables) {
    return new Environment(
        InputStream.nullInputStream(), true, Path.of(""), variables, Clock.systemUTC());
  }

  @Test
  void noConsoleIsNoTerminal() {
    assertFalse(Environment.isTerminal(null));
  }

  @Test
  void testRunsWithRedirectedStreamsAreNotATerminalOnThisJdk() {
    // Surefire redirects stdin and stdout: on JDK 22-24 System.console() can still be non-null
    // here.
    assertFalse(Environment.isTerminal(System.console()));
  }

  @Test
  void colourIsAllowedInAColourTerminal() {
    assertTrue(with(Map.of("TERM", "xterm-256color")).colour(false));
  }

  @Test
  void noColourWithTheFlag() {
    assertFalse(with(Map.of("TERM", "xterm-256color")).colour(true));
  }

  @Test
  void noColourWhenNoColorIsSetToAnything() {
    assertFalse(with(Map.of("TERM", "xterm", "NO_COLOR", "1")).colour(false));
  }

  @Test
  void anEmptyNoColorDoesNotCount() {
    assertTrue(with(Map.of("TERM", "xterm", "NO_COLOR", "")).colour(false));
  }

  @Test
  void noColourWithTermDumb() {
    assertFalse(with(Map.of("TERM", "dumb")).colour(false));
  }
}
