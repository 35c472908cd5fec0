package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.catalog.Bundled;
import dev.triage.cli.process.ExitCodes;
import dev.triage.diag.SourceText;
import dev.triage.load.QuestionnaireLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which questionnaire a run uses: -q NAME (./questionnaires/, then bundled), -q PATH, the default;
 * and list.
 */
class QuestionnaireChoiceTest {
  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void setUp() {
    ws = new Workspace(tmp);
  }

  private static List<String> repoQuestionnaires() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("questionnaires"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".yaml") && !f.endsWith(".cases.yaml"))
          .map(f -> f.substring(0, f.length() - 5))
          .sorted()
          .toList();
    }
  }

  @Test
  void theBundledListIsReadFromTheBuildSoItCannotGoStale() throws IOException {
    assertEquals(repoQuestionnaires(), Bundled.names());
    for (String name : Bundled.names()) {
      SourceText text = Bundled.read(name).orElseThrow();
      assertEquals(Files.readString(Path.of("questionnaires", name + ".yaml")), text.text());
      assertEquals("bundled/" + name + ".yaml", text.name());
    }
  }

  @Test
  void aNameIsLookedUpInLocalQuestionnairesFirst() {
    ws.write(
        "questionnaires/example.yaml",
        ws.read(ws.example("orig.yaml").getFileName().toString())
            .replace(
                "title: Likely source - the hamstring tendon at the sit bone",
                "title: Local sit bone"));
    Cli.Result r =
        ws.run(Workspace.join(new String[] {"run", "-q", "example"}, Workspace.SIT_BONE));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\nLocal sit bone\n"), r.out());
  }

  @Test
  void aNameFallsBackToTheBundledQuestionnaire() {
    Cli.Result r =
        ws.run(Workspace.join(new String[] {"run", "-q", "example"}, Workspace.SIT_BONE));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out().contains("\nLikely source - the hamstring tendon at the sit bone\n"), r.out());
  }

  @Test
  void theDefaultQuestionnaireIsPosteriorThighStartingWithItsRedFlags() throws Exception {
    Cli.Result byDefault = ws.run("run");
    assertEquals(ws.run("run", "-q", "posterior-thigh"), byDefault);
    assertEquals(ExitCodes.USAGE, byDefault.exitCode());
    String firstRedFlag =
        QuestionnaireLoader.load(Path.of("questionnaires/posterior-thigh.yaml"), "p")
            .questionnaire()
            .redFlags()
            .get(0)
            .id();
    List<String> lines = byDefault.err().lines().toList();
    assertTrue(lines.get(2).startsWith("  " + firstRedFlag + ": "), byDefault.err());
    assertTrue(byDefault.err().contains("\n    -a " + firstRedFlag + "=yes "), byDefault.err());
  }

  @Test
  void anUnknownNameListsTheAvailableOnes() {
    ws.example("questionnaires/mine.yaml");
    Cli.Result r = ws.run("run", "-q", "exmaple");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: no questionnaire named 'exmaple'; available: example, mine, posterior-thigh"
            + " (see 'triage list'); to use a file, give its path, such as ./exmaple.yaml\n",
        r.err());
  }

  @Test
  void aMissingPathIsOneLineAndExit1() {
    Cli.Result r = ws.run("run", "-q", "nope.yaml");
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertEquals("triage: nope.yaml: no such file; check the path and the file name\n", r.err());
  }

  @Test
  void aQuestionnaireWithValidationErrorsIsRefused() {
    ws.write(
        "broken.yaml",
        ws.read(ws.example("orig.yaml").getFileName().toString())
            .replace("        next: sit-bone\n", "        next: sit-bones\n"));
    Cli.Result r =
        ws.run(Workspace.join(new String[] {"run", "-q", "broken.yaml"}, Workspace.SIT_BONE));
    assertEquals(ExitCodes.INVALID, r.exitCode());
    assertTrue(
        r.err()
            .matches(
                "(?s)broken\\.yaml:\\d+:\\d+: error: [^\\n]*'sit-bones'[^\\n]*\\n"
                    + "        next: sit-bones\\n +\\^\\n.*"),
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void listShowsLocalQuestionnairesThenBundledOnesMarkingThoseHidden() {
    ws.example("questionnaires/example.yaml");
    ws.write(
        "questionnaires/example.yaml", ws.read("questionnaires/example.yaml") + "# changed here\n");
    ws.write("questionnaires/broken.yaml", "format: 1\nid: [oops\n");
    ws.write("questionnaires/example.cases.yaml", "cases: []\n");
    Cli.Result r = ws.run("list");
    assertEquals(0, r.exitCode(), r.err());
    List<List<String>> rows = r.out().lines().map(l -> List.of(l.split(" {2,}"))).toList();
    assertEquals(List.of("NAME", "TITLE", "VERSION", "WHERE"), rows.get(0));
    assertEquals(
        List.of(
            "broken",
            "(cannot be loaded; run: triage validate ./questionnaires/broken.yaml)",
            "-",
            "./questionnaires/broken.yaml"),
        rows.get(1));
    assertEquals(
        List.of(
            "example",
            "Back-of-thigh pain (short example)",
            "1.0.0",
            "./questionnaires/example.yaml"),
        rows.get(2));
    List<String> bundled = rows.subList(3, rows.size()).stream().map(row -> row.get(0)).toList();
    assertEquals(List.of("example", "posterior-thigh"), bundled);
    assertEquals(
        List.of(
            "example",
            "Back-of-thigh pain (short example)",
            "1.0.0",
            "bundled (hidden by ./questionnaires/example.yaml)"),
        rows.get(3 + bundled.indexOf("example")));
    assertEquals("bundled", rows.get(3 + bundled.indexOf("posterior-thigh")).get(3));
  }

  @Test
  void listShowsACopyOfABundledQuestionnaireOnceMarkedAsTheSame() {
    ws.example("questionnaires/example.yaml");
    Cli.Result r = ws.run("list");
    assertEquals(0, r.exitCode(), r.err());
    List<List<String>> rows = r.out().lines().map(l -> List.of(l.split(" {2,}"))).toList();
    assertEquals(3, rows.size(), r.out());
    assertEquals(
        List.of(
            "example",
            "Back-of-thigh pain (short example)",
            "1.0.0",
            "./questionnaires/example.yaml (same as bundled)"),
        rows.get(1));
    assertEquals(
        List.of("posterior-thigh", "bundled"), List.of(rows.get(2).get(0), rows.get(2).get(3)));
  }
}
