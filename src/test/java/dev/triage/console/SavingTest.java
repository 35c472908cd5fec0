package dev.triage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.triage.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The offer to save the report at the end, and -o. */
@Timeout(600) // guards against a session that waits for keys that never come
class SavingTest {
  private static final String[] TO_SIT_BONE = {"2", "2", "2", "1", "2", "2", "1", ""};

  @TempDir Path dir;

  @Test
  void savesUnderTheDatedDefaultNameWhenAccepted() throws IOException {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing(TO_SIT_BONE).line("").line(""));
    assertTrue(t.failure().isEmpty(), t.screen());
    assertTrue(
        t.screen()
            .endsWith(
                """
        Save a report of your answers and this result? [Y/n]\s
        File name [triage-report-2026-11-21.md] (Esc to cancel):\s
        Report saved to triage-report-2026-11-21.md.
        """),
        t.screen());
    String md = Files.readString(dir.resolve(Requests.DEFAULT_REPORT));
    Node doc =
        Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
            .build()
            .parse(md);
    YamlFrontMatterVisitor front = new YamlFrontMatterVisitor();
    doc.accept(front);
    assertEquals(List.of("sit-bone"), front.getData().get("outcome"));
    assertEquals("Triage report: Back-of-thigh pain (short example)", firstHeading(doc));
    List<List<String>> rows = tableRows(doc);
    assertEquals(List.of("#", "Question", "Answer"), rows.get(0));
    assertEquals(
        List.of(
            "4",
            "Is the pain worst when you sit, especially on hard seats, felt deep at the bone you sit"
                + " on?",
            "Yes, at the sit bone when sitting"),
        rows.get(4));
    assertEquals(
        List.of("7", "Is sitting the main thing that brings the pain on?", "Yes"), rows.get(7));
    assertEquals(8, rows.size());

    // The saved report replays to the same result.
    Cli.Result replay = Cli.run(dir, "", "run", "--answers", Requests.DEFAULT_REPORT);
    assertEquals(0, replay.exitCode(), replay.err());
    assertTrue(
        replay
            .out()
            .startsWith(
                "SELF-CARE: look after it yourself; see a professional if it does not improve\n\n"
                    + "Likely source - the hamstring tendon at the sit bone\n"),
        replay.out());
  }

  @Test
  void aNameEndingInJsonSavesJson() throws IOException {
    Driver.run(Requests.in(dir), Keys.typing(TO_SIT_BONE).line("y").line("mine.json"));
    JsonObject report =
        JsonParser.parseString(Files.readString(dir.resolve("mine.json"))).getAsJsonObject();
    assertEquals("sit-bone", report.getAsJsonObject("result").get("outcome").getAsString());
  }

  @Test
  void escAtTheFileNameSavesNothing() throws IOException {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing(TO_SIT_BONE).line("y").esc());
    assertTrue(t.failure().isEmpty(), t.screen());
    assertTrue(t.screen().endsWith("(Esc to cancel): \nNot saved.\n"), t.screen());
    assertEquals(List.of(), files());
  }

  @Test
  void decliningToReplaceAsksForAnotherNameAndEnterThenSavesNothing() throws IOException {
    Files.writeString(dir.resolve(Requests.DEFAULT_REPORT), "keep me");
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir), Keys.typing(TO_SIT_BONE).line("y").line("").line("n").line(""));
    assertTrue(
        t.screen()
            .endsWith(
                "Replace it? [y/N] n\nAnother file name (Enter or Esc to cancel): \nNot saved.\n"),
        t.screen());
    assertEquals(List.of(dir.resolve(Requests.DEFAULT_REPORT)), files());
    assertEquals("keep me", Files.readString(dir.resolve(Requests.DEFAULT_REPORT)));
  }

  @Test
  void qIsTakenForStoppingUnlessConfirmedAsAName() throws IOException {
    Driver.Transcript t =
        Driver.run(Requests.in(dir), Keys.typing(TO_SIT_BONE).line("y").line("q").line(""));
    assertTrue(
        t.screen()
            .endsWith(
                "(Esc to cancel): q\nSave the report in a file named 'q'? [y/N] \nNot saved.\n"),
        t.screen());
    assertEquals(List.of(), files());
    Driver.run(Requests.in(dir), Keys.typing(TO_SIT_BONE).line("y").line("q").line("y"));
    assertTrue(Files.readString(dir.resolve("q")).contains("# Triage report"));
  }

  @Test
  void tildeIsTheHomeDirectory() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.createDirectories(home.resolve("reports"));
    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).home(home).build(),
            Keys.typing(TO_SIT_BONE).line("y").line("~/reports/mine.md"));
    assertTrue(t.screen().endsWith("Report saved to ~/reports/mine.md.\n"), t.screen());
    assertTrue(Files.readString(home.resolve("reports/mine.md")).contains("# Triage report"));
    t =
        Driver.run(
            Requests.builder(dir).home(home).build(), Keys.typing(TO_SIT_BONE).line("y").line("~"));
    assertTrue(
        t.screen().endsWith("Report saved to ~/" + Requests.DEFAULT_REPORT + ".\n"), t.screen());
    assertTrue(Files.exists(home.resolve(Requests.DEFAULT_REPORT)));
  }

  @Test
  void aNameEndingInASlashThatIsNoDirectoryIsRefusedAndAnotherNameAsked() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).home(home).build(),
            Keys.typing(TO_SIT_BONE).line("y").line("~/sub/").line("ok.md"));
    assertTrue(
        t.screen()
            .replace("\n'", " '")
            .contains(
                "File name [triage-report-2026-11-21.md] (Esc to cancel): ~/sub/\n"
                    + "Not saved: there is no directory '~/sub/'; create it first, or name a"
                    + " file.\n"
                    + "Another file name (Enter or Esc to cancel): ok.md\nReport saved to ok.md.\n"),
        t.screen());
    assertFalse(Files.exists(home.resolve("sub")));
    assertEquals(List.of(dir.resolve("home"), dir.resolve("ok.md")), files());
  }

  @Test
  void declinedSavesNothing() throws IOException {
    Driver.Transcript t = Driver.run(Requests.in(dir), Keys.typing(TO_SIT_BONE).line("n"));
    assertTrue(
        t.screen().endsWith("Save a report of your answers and this result? [Y/n] n\nNot saved.\n"),
        t.screen());
    assertEquals(List.of(), files());
  }

  @Test
  void neverReplacesAnExistingFileWithoutAsking() throws IOException {
    Files.writeString(dir.resolve(Requests.DEFAULT_REPORT), "keep me");
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir), Keys.typing(TO_SIT_BONE).line("y").line("").line("").line("mine.md"));
    assertTrue(
        t.screen()
            .endsWith(
                """
        File name [triage-report-2026-11-21.md] (Esc to cancel):\s
        'triage-report-2026-11-21.md' already exists. Replace it? [y/N]\s
        Another file name (Enter or Esc to cancel): mine.md
        Report saved to mine.md.
        """),
        t.screen());
    assertEquals("keep me", Files.readString(dir.resolve(Requests.DEFAULT_REPORT)));
    assertTrue(Files.readString(dir.resolve("mine.md")).contains("# Triage report"));
  }

  @Test
  void replacesAnExistingFileWhenTheAnswerIsYes() throws IOException {
    Files.writeString(dir.resolve(Requests.DEFAULT_REPORT), "old");
    Driver.run(Requests.in(dir), Keys.typing(TO_SIT_BONE).line("y").line("").line("y"));
    assertTrue(Files.readString(dir.resolve(Requests.DEFAULT_REPORT)).contains("# Triage report"));
  }

  @Test
  void aFileThatCannotBeWrittenIsExplainedAndAnotherNameAsked() throws IOException {
    Driver.Transcript t =
        Driver.run(
            Requests.in(dir),
            Keys.typing(TO_SIT_BONE).line("y").line("no/such/dir.md").line("ok.md"));
    assertTrue(
        t.screen()
            .replace("\n'", " '")
            .contains(
                "File name [triage-report-2026-11-21.md] (Esc to cancel): no/such/dir.md\n"
                    + "Not saved: cannot write 'no/such/dir.md': the directory '"
                    + dir.resolve("no/such")
                    + "' does not exist; create it first.\n"
                    + "Another file name (Enter or Esc to cancel): ok.md\nReport saved to ok.md.\n"),
        t.screen());
    assertEquals(List.of(dir.resolve("ok.md")), files());
  }

  @Test
  void outputGivenUpFrontSavesWithoutAsking() throws IOException {
    Driver.Transcript t =
        Driver.run(Requests.builder(dir).output("out.md").build(), Keys.typing(TO_SIT_BONE));
    assertTrue(t.failure().isEmpty(), t.screen());
    assertFalse(t.screen().contains("Save a report"), t.screen());
    assertTrue(t.screen().endsWith("Report saved to out.md.\n"), t.screen());
    assertEquals(List.of(dir.resolve("out.md")), files());
  }

  @Test
  void outputGivenUpFrontIsNotReplacedWithoutAsking() throws IOException {
    Files.writeString(dir.resolve("out.md"), "keep me");
    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).output("out.md").build(),
            Keys.typing(TO_SIT_BONE).line("n").line("other.md"));
    assertTrue(
        t.screen()
            .contains(
                "'out.md' already exists. Replace it? [y/N] n\nAnother file name (Enter or Esc to cancel): other.md\n"
                    + "Report saved to other.md.\n"),
        t.screen());
    assertEquals("keep me", Files.readString(dir.resolve("out.md")));
  }

  @Test
  void outputWithForceIsReplacedWithoutAsking() throws IOException {
    Files.writeString(dir.resolve("out.md"), "old");
    Driver.Transcript t =
        Driver.run(
            Requests.builder(dir).output("out.md").force().build(), Keys.typing(TO_SIT_BONE));
    assertTrue(t.screen().endsWith("Report saved to out.md.\n"), t.screen());
    assertTrue(Files.readString(dir.resolve("out.md")).contains("# Triage report"));
  }

  @Test
  void outputDashPrintsTheReportAsItIsAndSavesNothing() throws IOException {
    Driver.Transcript t =
        Driver.run(Requests.builder(dir).output("-").build(), Keys.typing(TO_SIT_BONE));
    assertTrue(t.failure().isEmpty(), t.screen());
    String report = t.after("---\ntriage-report: 1\n");
    assertTrue(
        report.contains(
            "\n| 4 | Is the pain worst when you sit, especially on hard seats, felt deep at the bone you"
                + " sit on? | Yes, at the sit bone when sitting |\n"),
        report);
    assertEquals(List.of(), files());
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  /** The cells of every row of every table, header row first, as plain text. */
  private static List<List<String>> tableRows(Node doc) {
    List<List<String>> rows = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomNode node) {
            if (node instanceof TableRow) {
              List<String> cells = new ArrayList<>();
              for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(text(cell));
              }
              rows.add(cells);
            } else {
              visitChildren(node);
            }
          }

          @Override
          public void visit(CustomBlock block) {
            visitChildren(block);
          }
        });
    return rows;
  }

  private static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }
        });
    return text.toString();
  }

  private static String firstHeading(Node doc) {
    StringBuilder text = new StringBuilder();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            if (text.isEmpty()) {
              heading.accept(
                  new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                      text.append(t.getLiteral());
                    }
                  });
            }
          }
        });
    return text.toString();
  }
}
