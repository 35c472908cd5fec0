package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.Cli;
import dev.triage.engine.Fixtures;
import dev.triage.engine.Result;
import dev.triage.engine.Walk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The campaign's low findings, one test each, named after the finding. */
@Tag("hostile")
class LowFindingsTest {
  @TempDir Path dir;

  @Test
  void crOnlyLineEndingsAreLineBreaksNotOnlyComments() {
    Hostile.write(dir, "mac.yaml", Hostile.example().replace("\n", "\r"));
    Cli.Result r = Hostile.run(dir, "validate", "--strict", "mac.yaml");
    // The example's one warning (it has no clinical review) is on line 213, as with line feeds.
    assertEquals(
        "mac.yaml:213:12: warning: no clinical review is recorded: have a clinician who did not write it"
            + " review this questionnaire, and record the review under 'reviews' (date, version, reviewers)",
        r.err().lines().findFirst().orElseThrow());
    assertEquals(
        "mac.yaml: invalid, 1 warning\n1 file checked: 0 errors, 1 warning (--strict: warnings fail)\n",
        r.out());
    assertEquals(1, r.exitCode());
  }

  @Test
  void crOnlyLineEndingsQuoteTheRightLineInADiagnostic() {
    Hostile.write(
        dir,
        "mac.yaml",
        Hostile.example().replace("\n", "\r").replace("version: 1.0.0", "version: [1"));
    Cli.Result r = Hostile.run(dir, "validate", "mac.yaml");
    assertEquals(1, r.exitCode());
    List<String> err = r.err().lines().toList();
    assertTrue(
        err.get(0).startsWith("mac.yaml:7:9: error: the list opened with '[' at line 6, column 10"),
        r.err());
    assertEquals(List.of("language: en", "        ^"), err.subList(1, 3));
  }

  @Test
  void aNextLineOrLineSeparatorIsNamedAtTheLineAnEditorShows() {
    for (String separator : new String[] {"\u2028", "\u2029", "\u0085"}) {
      Hostile.write(
          dir,
          "sep.yaml",
          Hostile.example().replace("version: 1.0.0", "version: 1.0" + separator + ".0"));
      Cli.Result r = Hostile.run(dir, "validate", "sep.yaml");
      String name =
          separator.equals("\u0085")
              ? "U+0085 (next line)"
              : separator.equals("\u2028")
                  ? "U+2028 (line separator)"
                  : "U+2029 (paragraph separator)";
      assertEquals(
          "sep.yaml:6:13: error: the character "
              + name
              + " is a line break to YAML but not to most"
              + " editors; replace it with a line break or a space\nversion: 1.0?.0\n            ^\n",
          r.err());
      assertEquals(1, r.exitCode());
      Hostile.assertClean(r);
    }
  }

  @Test
  void aDoubleByteOrderMarkIsNamedAsSuchNotAsADirective() {
    Hostile.write(dir, "bom.yaml", "\uFEFF\uFEFF" + Hostile.example());
    Cli.Result r = Hostile.run(dir, "validate", "bom.yaml");
    assertEquals(
        "bom.yaml:1:1: error: a second byte order mark (U+FEFF); remove it: only the very start of a file"
            + " may hold one\n?# A small but complete questionnaire in format v1, used in tests and in"
            + " docs/questionnaire-format.md.\n^\n",
        r.err().replace("\uFEFF", "?"));
    assertEquals(1, r.exitCode());
  }

  @Test
  @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void triageListHangsOnAFifoInTheQuestionnairesFolder() throws Exception {
    Files.createDirectories(dir.resolve("questionnaires"));
    Fifo.make(dir.resolve("questionnaires/fifo.yaml"));
    Cli.Result r = Hostile.run(dir, "list");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().lines().noneMatch(l -> l.startsWith("fifo")), r.out());
    Cli.Result byName = Hostile.run(dir, "run", "-q", "fifo");
    assertEquals(2, byName.exitCode(), byName.err());
    assertTrue(
        byName
            .err()
            .startsWith(
                "triage: no questionnaire named 'fifo'; available: example, posterior-thigh"),
        byName.err());
  }

  @Test
  void triageListPadsEveryRowForAHugeTitle() {
    String title = "Very long title ".repeat(4_000).strip();
    Hostile.write(
        dir,
        "questionnaires/wide.yaml",
        Hostile.example()
            .replace("id: example\n", "id: wide\n")
            .replace("title: Back-of-thigh pain (short example)", "title: " + title));
    Cli.Result r = Hostile.run(dir, "list");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().lines().allMatch(l -> l.length() < 120), r.out());
    assertTrue(
        r.out()
            .contains(
                "\nwide             "
                    + title.substring(0, 60)
                    + "...  1.0.0    "
                    + "./questionnaires/wide.yaml\n"),
        r.out());
  }

  @Test
  void anEmptyFileNameIsNotADirectory() {
    Cli.Result output = Hostile.run(dir, "run", "-q", "example", "-a", Hostile.SIT_BONE, "-o", "");
    assertEquals(2, output.exitCode());
    assertEquals(
        "triage: -o '' is not a file name; name a file, such as -o report.md",
        output.err().lines().findFirst().orElse(""));
    Cli.Result answers = Hostile.run(dir, "run", "-q", "example", "--answers", "");
    assertEquals(2, answers.exitCode());
    assertEquals(
        "triage: --answers '' is not a file name; name a file, such as --answers answers.yaml",
        answers.err().lines().findFirst().orElse(""));
    assertEquals(List.of(), Hostile.files(dir));
  }

  @Test
  void commasAloneRepeatOneErrorFourTimes() {
    Cli.Result r = Hostile.run(dir, "run", "-q", "example", "-a", ",,,");
    Hostile.assertRefused(
        r, 2, "triage: -a ',,,': expected ID=CHOICE, such as -a sitting-pain=yes\n");
  }

  @Test
  void anArgumentStartingWithAtIsNotReadAsAFile() {
    Hostile.write(dir, "secret.txt", "a private line\n");
    String at = "@" + dir.resolve("secret.txt");
    Cli.Result r = Hostile.run(dir, "run", at);
    assertEquals(2, r.exitCode());
    assertFalse(r.err().contains("private"), r.err());
    assertEquals(
        "triage: Unmatched argument at index 1: '" + at + "'",
        r.err().lines().findFirst().orElse(""));
  }

  @Test
  void answerFileErrorsAreCapped() {
    StringBuilder unknown = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      unknown.append("question-").append(i).append(": yes\n");
    }
    Hostile.write(dir, "unknown.yaml", unknown.toString());
    Cli.Result r = Hostile.run(dir, "run", "-q", "example", "--answers", "unknown.yaml");
    assertEquals(2, r.exitCode());
    List<String> lines = r.err().lines().toList();
    assertEquals(20 * 3 + 1, lines.size(), r.err());
    assertEquals("unknown.yaml:1:13: error: no question 'question-0' in 'example'", lines.get(0));
    assertEquals(
        "triage: ... and 99,980 more problems like these; fix the ones above first", lines.get(60));

    StringBuilder lists = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      lists.append("question-").append(i).append(": [yes]\n");
    }
    Hostile.write(dir, "lists.yaml", lists.toString());
    r = Hostile.run(dir, "run", "-q", "example", "--answers", "lists.yaml");
    assertEquals(1, r.exitCode());
    lines = r.err().lines().toList();
    assertEquals(20 * 3 + 1, lines.size(), r.err());
    assertEquals(
        "lists.yaml:1:13: error: the answer to 'question-0' should be a choice id or number, but is a list",
        lines.get(0));
    assertEquals(
        "triage: lists.yaml: 99,980 more answers have problems like these; fix the ones above first",
        lines.get(60));
  }

  @Test
  void aReportOfAnUnknownLayoutIsRefused() {
    Cli.Result made =
        Hostile.run(dir, "run", "-q", "example", "-a", Hostile.SIT_BONE, "-o", "report.md");
    assertEquals(0, made.exitCode(), made.err());
    Hostile.write(
        dir,
        "future.md",
        Hostile.read(dir.resolve("report.md"))
            .replace("triage-report: 1\n", "triage-report: 99\n"));
    Cli.Result r = Hostile.run(dir, "run", "--answers", "future.md");
    Hostile.assertRefused(
        r,
        1,
        "future.md:2:16: error: this report has layout 99, which this version of triage"
            + " cannot read (it reads layout 1); replay it with the version of triage that wrote it\n"
            + "triage-report: 99\n               ^\n");
  }

  @Test
  void bareUrlsInQuestionnaireTextAreNotLinksInTheMarkdownReport() {
    String lure = "Book at www.evil.example, https://evil.example/a|b or help@evil.example now.";
    Hostile.write(
        dir,
        "lure.yaml",
        Hostile.example()
            .replace(
                "summary: Deep pain at the sit bone when sitting often comes from the tendon that attaches there.",
                "summary: \"" + lure + "\"")
            .replace(
                "      - Sit on a cushion and break up sitting every 20 to 30 minutes.",
                "      - \"" + lure + "\""));
    Cli.Result r = Hostile.run(dir, "run", "-q", "./lure.yaml", "-a", Hostile.SIT_BONE, "-o", "-");
    assertEquals(0, r.exitCode(), r.err());
    Node doc =
        Parser.builder()
            .extensions(
                List.of(
                    AutolinkExtension.create(),
                    TablesExtension.create(),
                    TaskListItemsExtension.create()))
            .build()
            .parse(r.out());
    List<String> links = new ArrayList<>();
    List<String> code = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            links.add(link.getDestination());
          }

          @Override
          public void visit(Code c) {
            code.add(c.getLiteral());
          }
        });
    assertEquals(List.of(), links);
    assertEquals(
        List.of("www.evil.example,", "https://evil.example/a", "help@evil.example"),
        code.subList(0, 3));
  }

  @Test
  void aSixtyThousandQuestionWalkIsLinear() {
    Chain chain = Chain.of(60_000);
    Allocation.Measured<Result> m =
        Allocation.measure(
            () ->
                Walk.start(chain.flow())
                    .replay(Fixtures.answers(chain.flow(), chain.answers()))
                    .result()
                    .orElseThrow());
    System.out.println(m.figure("60,000-question walk"));
    assertEquals(60_001, m.value().path().size());
    assertEquals("end", m.value().outcome().id());
    // Linear work allocates tens of megabytes; copying the answers at every step allocated tens of
    // gigabytes.
    assertTrue(m.bytes() < 512L * 1024 * 1024, m.figure("60,000-question walk"));
  }
}
