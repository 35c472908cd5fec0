package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.process.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triage graph}: what it prints (golden files under src/test/resources/graph/golden,
 * rewritten with {@code -Dgolden.update=true}; review the diff), where it writes, and every usage
 * error with its exit code.
 */
class GraphCommandTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "graph", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path dir;

  private static void golden(String file, String actual) throws IOException {
    Path expected = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, file);
  }

  private static Cli.Result ok(Cli.Result r) {
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    return r;
  }

  @Test
  void theDefaultIsAMermaidFlowchartOfTheWholeQuestionnaire() throws IOException {
    Cli.Result r = ok(Cli.run("graph", "-q", "example"));
    assertEquals("", r.err());
    golden("example.mmd", r.out());
  }

  @Test
  void dotWithAPathHighlightsItAndDimsTheRest() throws IOException {
    Cli.Result r =
        ok(
            Cli.run(
                Workspace.join(
                    new String[] {"graph", "-q", "example", "--format", "DOT"},
                    Workspace.SIT_BONE)));
    assertEquals("", r.err());
    golden("example-sit-bone.dot", r.out());
  }

  @Test
  void expandedRedFlagsAndAFocusAreDrawnAsAsked() throws IOException {
    golden(
        "example-expanded.mmd", ok(Cli.run("graph", "-q", "example", "--expand-red-flags")).out());
    golden(
        "example-focus.mmd",
        ok(Cli.run("graph", "-q", "example", "--focus", "sudden-onset", "--depth", "1")).out());
  }

  @Test
  void aSavedReportGivesThePathAndNamesTheQuestionnaire() throws IOException {
    Workspace ws = new Workspace(dir);
    ok(
        Cli.run(
            dir,
            "",
            Workspace.join(
                new String[] {"run", "-q", "example", "-o", "report.md"}, Workspace.SIT_BONE)));
    Cli.Result fromReport =
        ok(Cli.run(dir, "", "graph", "--answers", "report.md", "--format", "dot"));
    assertEquals(
        ok(Cli.run(
                Workspace.join(
                    new String[] {"graph", "-q", "example", "--format", "dot"},
                    Workspace.SIT_BONE)))
            .out(),
        fromReport.out());
    assertEquals("", fromReport.err());
    assertTrue(ws.dir.resolve("report.md").toFile().isFile());
  }

  @Test
  void answersThatStopShortDrawThePathUpToTheQuestionTheyLeaveOpen() {
    Cli.Result r =
        ok(
            Cli.run(
                "graph",
                "-q",
                "example",
                "-a",
                "saddle-numbness=no",
                "-a",
                "swollen-calf=no",
                "-a",
                "pop-and-bruise=no",
                "-a",
                "sitting-pain=yes",
                "-a",
                "sit-bone-check=yes"));
    assertEquals(
        "triage: warning: -a sit-bone-check=yes is not used: these answers never lead to"
            + " 'sit-bone-check'\ntriage: the answers stop at 'nerve-signs', which they do not answer; the path is drawn"
            + " up to it\n",
        r.err());
    assertTrue(r.out().contains("  class screen,n_sitting_pain,n_nerve_signs path\n"), r.out());
  }

  @Test
  void minusOWritesTheFileAndRefusesToReplaceOneWithoutForce() throws IOException {
    Cli.Result r = ok(Cli.run(dir, "", "graph", "-q", "example", "-o", "tree.mmd"));
    assertEquals("", r.out());
    assertEquals("Graph saved to tree.mmd.\n", r.err());
    assertEquals(
        ok(Cli.run("graph", "-q", "example")).out(), Files.readString(dir.resolve("tree.mmd")));
    Files.writeString(dir.resolve("tree.mmd"), "mine");
    Cli.Result again = Cli.run(dir, "", "graph", "-q", "example", "-o", "tree.mmd");
    assertEquals(ExitCodes.INVALID, again.exitCode());
    assertEquals(
        "triage: 'tree.mmd' already exists; use --force to replace it, or choose another name\n",
        again.err());
    assertEquals("mine", Files.readString(dir.resolve("tree.mmd")));
    ok(Cli.run(dir, "", "graph", "-q", "example", "-o", "tree.mmd", "--force"));
    assertEquals(
        ok(Cli.run("graph", "-q", "example")).out(), Files.readString(dir.resolve("tree.mmd")));
  }

  private static void usage(String firstLine, String... args) {
    Cli.Result r = Cli.run(args);
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertEquals(firstLine, r.err().lines().findFirst().orElse(""));
    assertEquals("", r.out());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    usage(
        "triage: Invalid value for option '--format': 'svg' (expected mermaid or dot)",
        "graph",
        "-q",
        "example",
        "--format",
        "svg");
  }

  @Test
  void depthNeedsAFocusAndAtLeastOneStep() {
    usage("triage: --depth needs --focus ID", "graph", "-q", "example", "--depth", "2");
    usage(
        "triage: --depth 0 is not a number of steps; give 1 or more, such as --depth 2",
        "graph",
        "-q",
        "example",
        "--focus",
        "sit-bone",
        "--depth",
        "0");
  }

  @Test
  void anUnknownFocusSuggestsTheNearestId() {
    usage(
        "triage: --focus 'nerve-sign': no red flag, question or outcome of that id in 'example'; did you mean"
            + " 'nerve-signs'?",
        "graph",
        "-q",
        "example",
        "--focus",
        "nerve-sign");
    usage(
        "triage: --focus 'zzz': no red flag, question or outcome of that id in 'example'; 'triage graph -q"
            + " example' shows every id",
        "graph",
        "-q",
        "example",
        "--focus",
        "zzz");
  }

  @Test
  void badAnswersAreAllReportedAtOnce() {
    Cli.Result r =
        Cli.run("graph", "-q", "example", "-a", "sitting-pain=maybe", "-a", "nosuch=yes");
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: -a sitting-pain=maybe: 'maybe' is not an answer to 'sitting-pain'; valid answers: yes,"
            + " no, not-sure (or 1 to 3)\ntriage: -a nosuch=yes: no question 'nosuch' in 'example'\n",
        r.err());
  }

  @Test
  void anEmptyOutputNameIsAUsageError() {
    usage(
        "triage: -o '' is not a file name; name a file, such as -o graph.mmd",
        "graph",
        "-q",
        "example",
        "-o",
        "");
  }

  @Test
  void theFormatDocumentShowsTheBundledQuestionnaireAsTheCommandDrawsIt() throws IOException {
    String doc = Files.readString(Path.of("docs", "questionnaire-format.md"));
    String graph = ok(Cli.run("graph")).out();
    assertTrue(
        doc.contains("```mermaid\n" + graph + "```\n"),
        "docs/questionnaire-format.md's graph differs from ./triage graph; paste its output there");
  }
}
