package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in a real terminal: tmux runs {@code ./triage} (the packaged jar, so this runs after {@code package}),
 * types as a person would and reads the screen. The example questionnaire keeps the full walks stable while the
 * bundled one changes; one smoke test runs the bundled one.
 */
class TerminalSessionIT {
  private static final Path TRIAGE = Path.of("triage").toAbsolutePath();

  @TempDir Path dir;

  @BeforeAll
  static void needsTmux() {
    assumeTrue(Tmux.available(), "tmux is not installed, so the end-to-end terminal tests are skipped;"
        + " install it (apt-get install tmux) or run .ci/run, which does");
    assertTrue(Files.isExecutable(TRIAGE), "no launcher at " + TRIAGE);
  }

  @Test
  void fullWalkToASelfCareResultWithTheReportSaved() throws IOException {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE + " run -q example")) {
      tmux.waitFor("Question 1 of at most 7");
      tmux.waitFor("Is there new numbness");
      tmux.answer("2");
      tmux.waitFor("Is one calf or thigh swollen");
      tmux.answer("no");
      tmux.waitFor("Did you feel a pop");
      tmux.answer("2");
      tmux.waitFor("No warning signs so far");
      tmux.waitFor("Is the pain worst when you sit");
      tmux.press("Escape"); // back to the last safety question
      tmux.waitFor("Did you feel a pop", 2, Duration.ofSeconds(30));
      tmux.answer("2");
      tmux.waitFor("Is the pain worst when you sit", 2, Duration.ofSeconds(30));
      tmux.answer("1");
      tmux.waitFor("Does the pain shoot below the knee");
      tmux.answer("maybe");
      tmux.waitFor("'maybe' is not one of the answers. Valid answers: yes, no, not-sure (or 1 to 3).");
      tmux.answer("no");
      tmux.waitFor("Did the pain start suddenly");
      tmux.answer("2");
      tmux.waitFor("Is sitting the main thing");
      tmux.type("ye");
      tmux.press("Tab", "Enter"); // Tab completes "ye" to "yes"
      tmux.waitFor("Your answers");
      tmux.press("Enter");
      tmux.waitFor("SELF-CARE");
      String screen = tmux.waitFor("Save a report of your answers and this result? [Y/n]");
      assertTrue(screen.contains("Likely source - the hamstring tendon at the sit bone"), screen);
      tmux.press("Enter");
      tmux.waitFor("File name [triage-report-");
      tmux.press("Enter");
      screen = tmux.waitFor("[exit 0]");
      assertTrue(screen.contains("[tty icanon echo"), "terminal left in raw mode:\n" + screen);
    }
    List<Path> saved = reports();
    assertEquals(1, saved.size(), saved.toString());
    assertTrue(saved.get(0).getFileName().toString().matches("triage-report-\\d{4}-\\d{2}-\\d{2}\\.md"));
    String md = Files.readString(saved.get(0));
    assertTrue(md.contains("# Triage report: Back-of-thigh pain (short example)"), md);
    assertTrue(md.contains("sit-bone-check: \"yes\"") || md.contains("sit-bone-check: yes"), md);
  }

  @Test
  void aRedFlagAnsweredYesShowsTheEmergencyAtOnce() {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE + " run -q example")) {
      tmux.waitFor("Is there new numbness");
      tmux.answer("yes");
      String screen = tmux.waitFor("EMERGENCY: act now - call emergency services or go to A&E");
      assertTrue(screen.contains("Go to A&E or call emergency services now"), screen);
      assertFalse(screen.contains("Is one calf"), "asked on after an emergency:\n" + screen);
      tmux.waitFor("If you chose that answer by mistake");
      tmux.press("Enter");
      tmux.waitFor("Save a report of your answers and this result? [Y/n]");
      tmux.answer("n");
      screen = tmux.waitFor("[exit 0]");
      assertTrue(screen.contains("Not saved."), screen);
    }
    assertEquals(List.of(), reports());
  }

  @Test
  void ctrlCCancelsRestoresTheTerminalAndExits130() {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE + " run -q example")) {
      tmux.waitFor("Is there new numbness");
      tmux.answer("2");
      tmux.waitFor("Is one calf");
      tmux.press("C-c");
      String screen = tmux.waitFor("[exit 130]");
      assertTrue(screen.contains("Cancelled. Nothing was saved."), screen);
      assertTrue(screen.contains("[tty icanon echo"), "terminal left in raw mode:\n" + screen);
    }
    assertEquals(List.of(), reports());
  }

  @Test
  void bareTriageStartsTheBundledQuestionnaireWithItsSafetyQuestions() {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE.toString())) {
      tmux.waitFor("First, some safety questions");
      String screen = tmux.waitFor("Question 1 of at most");
      assertTrue(screen.contains("safety check"), screen);
      tmux.press("C-d");
      screen = tmux.waitFor("[exit 130]");
      assertTrue(screen.contains("Cancelled. Nothing was saved."), screen);
    }
  }

  private List<Path> reports() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("triage-report-")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
