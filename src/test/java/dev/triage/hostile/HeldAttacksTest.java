package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.Cli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks of the campaign that held before the fixes and must keep holding: tampered reports and
 * concurrent writes of one report. (Alias bombs, tags, nesting, encodings and special files are in
 * load.HostileInputTest, cli.ValidateHostileInputTest and load.SafeYamlTest; Markdown injection in
 * report.MarkdownTest and the golden "escaping" report; all tagged hostile.)
 */
@Tag("hostile")
class HeldAttacksTest {
  private static final int WRITERS = 8;

  @TempDir Path dir;
  private String report;

  @BeforeEach
  void aGenuineReport() {
    Cli.Result made =
        Hostile.run(dir, "run", "-q", "example", "-a", Hostile.SIT_BONE, "-o", "report.md");
    assertEquals(0, made.exitCode(), made.err());
    report = Hostile.read(dir.resolve("report.md"));
  }

  private Cli.Result replay(String tampered) {
    Hostile.write(dir, "tampered.md", tampered);
    return Hostile.run(dir, "run", "--no-input", "--answers", "tampered.md");
  }

  @Test
  void aTamperedAnswerIsCheckedLikeAnyOther() {
    Cli.Result r =
        replay(report.replace("  sitting-pain: \"yes\"", "  sitting-pain: \"; rm -rf ~\""));
    Hostile.assertRefused(
        r,
        2,
        "tampered.md:14:17: error: '; rm -rf ~' is not an answer to 'sitting-pain'; valid"
            + " answers: yes, no, not-sure (or 1 to 3)\n  sitting-pain: \"; rm -rf ~\"\n                ^\n");
  }

  @Test
  void aTamperedFingerprintIsReportedAsAChangedQuestionnaire() {
    Cli.Result r =
        replay(
            report.replaceFirst(
                "  sha256: \"[0-9a-f]{64}\"", "  sha256: \"" + "0".repeat(64) + "\""));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "triage: warning: tampered.md was made with example 1.0.0 (sha256 000000000000...),"
                    + " but the questionnaire has changed since"),
        r.err());
  }

  @Test
  void anAliasBombInTheFrontMatterIsRefused() {
    String bomb =
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
            + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
            + "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
            + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
            + "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n";
    Cli.Result r = replay(report.replace("triage-report: 1\n", "triage-report: 1\n" + bomb));
    assertEquals(1, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("tampered.md:10:8: "), r.err());
    assertTrue(r.err().contains("error: aliases repeat too much content"), r.err());
    Hostile.assertClean(r);
  }

  @Test
  void aReportWhoseBodyWasRewrittenReplaysItsFrontMatterOnly() {
    String front = report.substring(0, report.indexOf("\n---\n") + 5);
    Cli.Result r =
        replay(front + "# Triage report\n\n`!!java.lang.Runtime` <script>alert(1)</script>\n");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void eightConcurrentWritersOfOneReportLeaveOneCompleteFileAndNothingElse() throws Exception {
    List<Cli.Result> results = concurrently("--no-input");
    assertEquals(1, results.stream().filter(r -> r.exitCode() == 0).count(), results.toString());
    assertTrue(
        results.stream()
            .filter(r -> r.exitCode() != 0)
            .allMatch(
                r ->
                    r.err()
                        .equals(
                            "triage: 'same.md' already exists; use --force to replace it, or choose another name\n")),
        results.toString());
    assertEquals(List.of("report.md", "same.md"), Hostile.files(dir));
    assertEquals(report, Hostile.read(dir.resolve("same.md")));
  }

  @Test
  void eightConcurrentWritersWithForceLeaveOneCompleteFileAndNothingElse() throws Exception {
    List<Cli.Result> results = concurrently("--force");
    assertTrue(results.stream().allMatch(r -> r.exitCode() == 0), results.toString());
    assertEquals(List.of("report.md", "same.md"), Hostile.files(dir));
    assertEquals(report, Hostile.read(dir.resolve("same.md")));
  }

  private List<Cli.Result> concurrently(String flag) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<Cli.Result>> runs = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        runs.add(
            pool.submit(
                () ->
                    Hostile.run(
                        dir,
                        "run",
                        "-q",
                        "example",
                        "-a",
                        Hostile.SIT_BONE,
                        "-o",
                        "same.md",
                        flag)));
      }
      List<Cli.Result> results = new ArrayList<>();
      for (Future<Cli.Result> run : runs) {
        results.add(run.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
