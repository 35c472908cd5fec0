package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class EnvironmentTest {
  @Test
  void noConsoleIsNoTerminal() {
    assertFalse(Environment.isTerminal(null));
  }

  @Test
  void testRunsWithRedirectedStreamsAreNotATerminalOnThisJdk() {
    // Surefire redirects stdin and stdout: on JDK 22-24 System.console() can still be non-null here.
    assertFalse(Environment.isTerminal(System.console()));
  }
}
