package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalSettingsTest {
  @Test
  void theKernelsSettingsAreReadOnlyWhereTheIoctlNumbersAreLinuxsGenericOnes() {
    assertTrue(TerminalSettings.supported("Linux", "amd64"));
    assertTrue(TerminalSettings.supported("Linux", "aarch64"));
    assertFalse(TerminalSettings.supported("Linux", "ppc64le"), "TCGETS is 0x402c7413 there");
    assertFalse(TerminalSettings.supported("Linux", "mips64"));
    assertFalse(
        TerminalSettings.supported("Mac OS X", "aarch64"), "macOS reads them with TIOCGETA");
  }

  @Test
  void withoutATerminalOnStandardInputThereAreNoSettingsToKeep() {
    // The build's standard input is a pipe or /dev/null, never a terminal.
    assertFalse(TerminalSettings.read().isPresent());
  }
}
