package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.triage.cli.Cli;
import dev.triage.cli.process.Environment;
import dev.triage.image.PackagedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end in a real terminal: tmux runs {@code bin/triage} of the release tarball unpacked
 * elsewhere, with no Java on the PATH (so this runs after {@code package}), types as a person would
 * and reads the screen. The example questionnaire keeps the full walks stable while the bundled one
 * changes; one smoke test runs the bundled one.
 */
class TerminalSessionIT {
  private static final String TRIAGE = PackagedImage.get().command();
  private static final String ANSWER = "Your answer (";
  private static final String EXAMPLE_TO_SIT_BONE =
      "saddle-numbness=no,swollen-calf=no,pop-and-bruise=no,"
          + "sitting-pain=yes,nerve-signs=no,sudden-onset=no,sit-bone-check=yes";

  @TempDir Path dir;

  /** Each test's tmux server is gone with its socket: a run leaves nothing in /tmp. */
  @AfterEach
  void nothingOfTmuxIsLeft() throws IOException {
    assertEquals(List.of(), Tmux.leftBehind());
  }

  @BeforeAll
  static void needsTmux() {
    assumeTrue(
        Tmux.available(),
        "tmux is not installed, so the end-to-end terminal tests are skipped;"
            + " install it (apt-get install tmux) or run .ci/run, which does");
  }

  @Test
  void fullWalkToASelfCareResultWithTheReportSaved() throws IOException {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE + " run -q example")) {
      answer(tmux, "Is there new numbness", "2");
      assertTrue(tmux.screen().contains("Question 1 of at most 7 - safety check"), tmux.screen());
      answer(tmux, "Is one calf or thigh swollen", "no");
      answer(tmux, "Did you feel a pop", "2");
      tmux.waitFor("No warning signs so far");
      tmux.waitFor("Is the pain worst when you sit");
      tmux.waitForPrompt(ANSWER);
      tmux.press("Escape"); // back to the last safety question
      tmux.waitFor("Did you feel a pop", 2, Tmux.HANG_GUARD);
      answer(tmux, "Did you feel a pop", "2");
      tmux.waitFor("Is the pain worst when you sit", 2, Tmux.HANG_GUARD);
      answer(tmux, "Is the pain worst when you sit", "1");
      answer(tmux, "Does the pain shoot below the knee", "maybe");
      tmux.waitFor("'maybe' is not one of the answers: yes, no, not-sure (or 1 to 3).");
      answer(tmux, "Does the pain shoot below the knee", "no");
      answer(tmux, "Did the pain start suddenly", "2");
      tmux.waitFor("Is sitting the main thing");
      tmux.waitForPrompt(ANSWER);
      tmux.type("ye");
      tmux.press("Tab", "Enter"); // Tab completes "ye" to "yes"
      tmux.waitFor("Your answers");
      tmux.waitForPrompt("Enter for the result");
      tmux.press("Enter");
      tmux.waitFor("SELF-CARE");
      String screen = tmux.waitForPrompt("Save a report of your answers and this result? [Y/n]");
      assertTrue(screen.contains("Likely source - the hamstring tendon at the sit bone"), screen);
      tmux.press("Enter");
      tmux.waitForPrompt("File name [triage-report-");
      tmux.press("Enter");
      screen = tmux.waitFor("[exit 0]");
      assertTrue(screen.contains("[tty same]"), "stty -a differs after the session:\n" + screen);
    }
    List<Path> saved = reports();
    assertEquals(1, saved.size(), saved.toString());
    assertTrue(
        saved.get(0).getFileName().toString().matches("triage-report-\\d{4}-\\d{2}-\\d{2}\\.md"));
    String md = Files.readString(saved.get(0));
    assertTrue(md.contains("\n# Triage report: Back-of-thigh pain (short example)\n"), md);
    assertTrue(md.contains("\n  sit-bone-check: \"yes\"\n"), md);
    assertTrue(
        md.contains("\n| 7 | Is sitting the main thing that brings the pain on? | Yes |\n"), md);
  }

  @Test
  void aRedFlagAnsweredYesShowsTheEmergencyAtOnce() {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE + " run -q example")) {
      answer(tmux, "Is there new numbness", "yes");
      // The prompt comes after the whole result, so the screen read then holds all of it (reading
      // as soon as the
      // banner appears raced the text drawn under it).
      String screen = tmux.waitForPrompt("b to go back, Enter to go on:");
      assertTrue(
          screen.contains("EMERGENCY: act now - call emergency services or go to A&E"), screen);
      assertTrue(screen.contains("Go to A&E or call emergency services now"), screen);
      assertFalse(screen.contains("Is one calf"), "asked on after an emergency:\n" + screen);
      tmux.press("Enter");
      tmux.waitForPrompt("Save a report of your answers and this result? [Y/n]");
      tmux.answer("n");
      screen = tmux.waitFor("[exit 0]");
      assertTrue(screen.contains("Not saved."), screen);
    }
    assertEquals(List.of(), reports());
  }

  @Test
  void aLaterRedFlagEndsTheWalkThereInTheScriptedRunsExactWords() {
    try (Tmux tmux =
        Tmux.start(dir, 100, 60, TRIAGE + " run -a breathless-chest-pain=no -a limb-change=no")) {
      answer(tmux, "Question 3 of at most", "yes");
      String screen = tmux.waitForPrompt("b to go back, Enter to go on:");
      assertFalse(screen.contains("Question 4 of"), "asked on after a red flag:\n" + screen);
      Environment columns =
          new Environment(
              new ByteArrayInputStream(new byte[0]),
              false,
              dir,
              Map.of("COLUMNS", "99"),
              Clock.systemUTC()); // the console wraps one short of the 100-column window
      Cli.Result scripted =
          Cli.run(
              columns,
              "run",
              "-a",
              "breathless-chest-pain=no",
              "-a",
              "limb-change=no",
              "-a",
              "aorta-pain=yes");
      assertEquals(0, scripted.exitCode(), scripted.err());
      assertTrue(scripted.out().startsWith("!!!"), scripted.out());
      assertTrue(
          screen.contains(scripted.out() + "\nIf you chose that answer by mistake"),
          "console:\n" + screen + "\nscripted:\n" + scripted.out());
      tmux.press("C-c");
      tmux.waitFor("[exit 130]");
    }
  }

  @Test
  void ctrlCCancelsRestoresTheTerminalAndExits130() {
    cancelMidAnswer(tmux -> tmux.press("C-c"));
  }

  @Test
  void quittingWithQRestoresTheTerminalAndExits130() {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE + " run -q example")) {
      answer(tmux, "Is there new numbness", "q");
      tmux.waitForPrompt("Quit now? Nothing will be saved. [y/N]");
      tmux.answer("y");
      String screen = tmux.waitFor("[exit 130]");
      assertTrue(screen.contains("[tty same]"), "stty -a differs after the session:\n" + screen);
    }
    assertEquals(List.of(), reports());
  }

  /**
   * Issue 9 (low, hostile suite): SIGTERM during a session ends it and restores the terminal as
   * Ctrl-C does.
   */
  @Test
  @Tag("hostile")
  void sigtermDuringASessionRestoresTheTerminal() {
    cancelMidAnswer(tmux -> tmux.signal("TERM"));
  }

  /**
   * Answers the first question, types half an answer to the second, then {@code cancel}s: the
   * session says it saved nothing, exits 130, and leaves {@code stty -a} as it was.
   */
  private void cancelMidAnswer(java.util.function.Consumer<Tmux> cancel) {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE + " run -q example")) {
      answer(tmux, "Is there new numbness", "2");
      tmux.waitFor("Is one calf");
      tmux.waitForPrompt(ANSWER);
      tmux.type("ye");
      cancel.accept(tmux);
      String screen = tmux.waitFor("[exit 130]");
      assertTrue(screen.contains("triage: Cancelled. Nothing was saved."), screen);
      assertTrue(screen.contains("[tty same]"), "stty -a differs after the session:\n" + screen);
    }
    assertEquals(List.of(), reports());
  }

  /**
   * A session reads and sets the terminal's settings in-process and starts no helper process:
   * JLine's exec provider ran {@code test -t} for each standard stream, then {@code tty} and {@code
   * stty}, before the first question (docs/performance.md). Wrappers of those three first on
   * triage's PATH log every run; the terminal still comes back exactly as {@code stty -a} showed
   * it.
   */
  @Test
  void aSessionStartsNoTerminalHelperProcessAndRestoresTheTerminalExactly() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("logging-bin"));
    Path log = dir.resolve("helpers.log");
    for (String helper : List.of("test", "tty", "stty")) {
      Path wrapper = bin.resolve(helper);
      Files.writeString(
          wrapper,
          "#!/bin/sh\necho \""
              + helper
              + " $*\" >>'"
              + log
              + "'\nexec /usr/bin/"
              + helper
              + " \"$@\"\n");
      assertTrue(wrapper.toFile().setExecutable(true));
    }
    PackagedImage image = PackagedImage.get();
    String command =
        "env -u JAVA_HOME PATH='"
            + bin
            + ":"
            + image.tools
            + "' '"
            + image.home.resolve("bin/triage")
            + "' run -q example";
    try (Tmux tmux = Tmux.start(dir, 100, 40, command)) {
      answer(tmux, "Is there new numbness", "2");
      tmux.waitFor("Is one calf");
      tmux.waitForPrompt(ANSWER);
      tmux.press("C-d");
      String screen = tmux.waitFor("[exit 130]");
      assertTrue(screen.contains("[tty same]"), "stty -a differs after the session:\n" + screen);
    }
    assertEquals(
        "", Files.exists(log) ? Files.readString(log) : "", "helper processes the session started");
  }

  @Test
  void bareTriageStartsTheBundledQuestionnaireWithItsSafetyQuestions() {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE)) {
      tmux.waitFor("First, some safety questions");
      String screen = tmux.waitForPrompt("Your answer (1-3, ? help, b back, q quit):");
      assertTrue(screen.contains("Question 1 of at most"), screen);
      assertTrue(screen.contains("safety check"), screen);
      tmux.answer("1"); // yes to the first safety question: its result comes at once
      screen = tmux.waitForPrompt("b to go back, Enter to go on:");
      assertTrue(
          screen.contains("EMERGENCY: act now") || screen.contains("URGENT: get checked"), screen);
      assertFalse(screen.contains("Question 2 of"), screen);
      tmux.press("C-d");
      screen = tmux.waitFor("[exit 130]");
      assertTrue(screen.contains("Cancelled. Nothing was saved."), screen);
    }
  }

  /**
   * Issue 10: with standard output a file, the session asks on the terminal and the file holds the
   * result only.
   */
  @Test
  void withStandardOutputAFileTheQuestionsAreAskedAtTheTerminalAndTheFileHoldsTheResult()
      throws IOException {
    try (Tmux tmux = Tmux.start(dir, 100, 40, TRIAGE + " run -q example > out.txt")) {
      for (String[] qa :
          new String[][] {
            {"Is there new numbness", "2"},
            {"Is one calf", "2"},
            {"Did you feel a pop", "2"},
            {"Is the pain worst when you sit", "1"},
            {"Does the pain shoot", "2"},
            {"Did the pain start suddenly", "2"},
            {"Is sitting the main thing", "1"}
          }) {
        answer(tmux, qa[0], qa[1]);
      }
      tmux.waitForPrompt("Enter for the result");
      tmux.press("Enter");
      tmux.waitForPrompt("Save a report of your answers and this result? [Y/n]");
      tmux.answer("n");
      String screen = tmux.waitFor("[exit 0]");
      assertTrue(screen.contains("SELF-CARE: look after it yourself"), screen);
      assertTrue(screen.contains("[tty same]"), "stty -a differs after the session:\n" + screen);
    }
    Cli.Result scripted = Cli.run(dir, "", "run", "-q", "example", "-a", EXAMPLE_TO_SIT_BONE);
    assertEquals(0, scripted.exitCode(), scripted.err());
    assertEquals(scripted.out(), Files.readString(dir.resolve("out.txt")));
    assertEquals(List.of(), reports());
  }

  /**
   * Issue 10: under TERM=dumb, Esc goes back at once, is not echoed as ^[, and what follows starts
   * a new line.
   */
  @Test
  void escUnderTermDumbGoesBackAtOnceWithoutEcho() {
    try (Tmux tmux = Tmux.start(dir, 100, 40, "env TERM=dumb " + TRIAGE + " run -q example")) {
      answer(tmux, "Is there new numbness", "2");
      tmux.waitFor("Is one calf");
      tmux.waitForPrompt(ANSWER);
      tmux.press("Escape");
      String screen = tmux.waitFor("Press Enter to keep your earlier answer: 2 No.");
      assertFalse(screen.contains("^["), screen);
      assertTrue(
          screen.matches(
              "(?s).*\\Q(1-2, ? help, b back, q quit):\\E ?\n\n?First, some safety questions.*"),
          "the text after Esc does not start on a line of its own:\n" + screen);
      tmux.press("C-d");
      screen = tmux.waitFor("[exit 130]");
      assertTrue(screen.contains("[tty same]"), "stty -a differs after the session:\n" + screen);
    }
  }

  /**
   * Issue 10: a scripted result at a terminal is paged as git pages (less -FRX), so a 24-row window
   * shows its top until the person is done; the tier comes again on its last line.
   */
  @Test
  void aLongResultAtATerminalIsPagedAndEndsWithItsTier() {
    try (Tmux tmux =
        Tmux.start(
            dir,
            100,
            24,
            "env -u PAGER -u LESS " + TRIAGE + " run -q example -a " + EXAMPLE_TO_SIT_BONE)) {
      String screen = tmux.waitFor("Likely source - the hamstring tendon at the sit bone");
      assertTrue(screen.startsWith("SELF-CARE: look after it yourself"), screen);
      assertFalse(screen.contains("[exit"), "not paged:\n" + screen);
      tmux.press("G"); // to the end, as a reader would
      screen = tmux.waitFor("(END)");
      assertTrue(
          screen.contains(
              "\n\nSELF-CARE: look after it yourself; see a professional if it does not improve\n"),
          screen);
      tmux.press("q");
      screen = tmux.waitFor("[exit 0]");
      assertTrue(screen.contains("[tty same]"), "stty -a differs after paging:\n" + screen);
    }
  }

  /** Waits for a question and its prompt, then answers it. */
  private static void answer(Tmux tmux, String question, String answer) {
    tmux.waitFor(question);
    tmux.waitForPrompt(ANSWER);
    tmux.answer(answer);
  }

  private List<Path> reports() {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("triage-report-")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
