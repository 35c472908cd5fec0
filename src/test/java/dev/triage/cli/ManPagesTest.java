package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.launch.SpecSource;
import dev.triage.cli.process.Environment;
import dev.triage.graph.Tools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man pages the build writes, read as a person reads them: each rendered by {@code man -l}, and
 * checked by groff with every warning on. Under CI, which installs man-db and groff, a missing tool
 * fails these tests.
 */
class ManPagesTest {
  @TempDir Path dir;

  private static final Map<String, String> PAGES = ManPages.pages();

  private record Rendered(int exitCode, String out, String err) {}

  private static Rendered render(Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    Process p = builder.start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> err = Tools.readAll(p.getErrorStream());
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Rendered(p.waitFor(), out, new String(err.get(), StandardCharsets.UTF_8));
  }

  private static boolean installed(String tool) {
    return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
        .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }

  private Path write(String page) throws IOException {
    return Files.writeString(dir.resolve(page + ".1"), PAGES.get(page), StandardCharsets.UTF_8);
  }

  /** What {@code man -l} shows for a page, 100 columns wide, as plain text. */
  private String man(String page) throws Exception {
    return manRoff(page, write(page));
  }

  private String manRoff(String page, Path roff) throws Exception {
    Tools.require(installed("man"), "man (man-db)", "install it with: apt-get install man-db");
    Rendered r =
        render(
            Map.of("MANWIDTH", "100", "MANPAGER", "cat", "PAGER", "cat", "LC_ALL", "C.UTF-8"),
            "man",
            "-l",
            roff.toString());
    assertEquals("", r.err(), page);
    assertEquals(0, r.exitCode(), page);
    return r.out();
  }

  @Test
  void thereIsAPageForTriageAndEachCommandItListsButNoneForTheHiddenOne() {
    assertEquals(
        List.of(
            "triage",
            "triage-run",
            "triage-list",
            "triage-validate",
            "triage-test",
            "triage-graph",
            "triage-batch",
            "triage-help",
            "triage-generate-completion"),
        new ArrayList<>(PAGES.keySet()));
  }

  @Test
  void groffReadsEveryPageWithoutAWarning() throws Exception {
    Tools.require(installed("groff"), "groff", "install it with: apt-get install groff-base");
    for (String page : PAGES.keySet()) {
      Rendered r = render(Map.of(), "groff", "-man", "-Tutf8", "-ww", "-z", write(page).toString());
      assertEquals("", r.err(), page);
      assertEquals(0, r.exitCode(), page);
    }
  }

  @Test
  void theRootPageNamesTheToolItsCommandsItsExitCodesAndTheOtherPages() throws Exception {
    String text = man("triage");
    assertTrue(text.startsWith("TRIAGE(1)"), text);
    assertTrue(
        text.contains(
            "\nNAME\n       triage - Suggests the likely source of pain in the back of the thigh"),
        text);
    assertTrue(
        text.contains("\nSYNOPSIS\n       triage [-hV] [--no-color] [--stacktrace] [COMMAND]\n"),
        text);
    assertTrue(text.contains("\n       run    Walks a questionnaire and prints the result."), text);
    assertTrue(text.contains("\nEXIT CODES\n       0      success\n"), text);
    assertTrue(text.contains("\n       130    cancelled by the user\n"), text);
    assertTrue(text.contains("\nSEE ALSO\n       triage-run(1), triage-list(1),"), text);
    assertTrue(text.contains("triage-generate-completion(1)\n"), text);
  }

  @Test
  void eachCommandsPageHoldsEveryOptionOfItsModelAsTypedWithItsLabel() throws Exception {
    for (Class<?> command : TriageCommand.SUBCOMMANDS) {
      CommandSpec spec = command(command);
      if (spec.usageMessage().hidden()) {
        continue;
      }
      String text = man("triage-" + spec.name());
      for (OptionSpec o : spec.options()) {
        // An option as a person types it: the ASCII hyphen-minus, never a Unicode dash, and never
        // hyphenated.
        String names =
            String.join(", ", o.names()) + (o.arity().max() > 0 ? "=" + o.paramLabel() : "");
        assertTrue(
            text.contains("\n       " + names + "\n"), spec.name() + ": " + names + " in\n" + text);
      }
    }
  }

  @Test
  void theRunPageSaysWhatRunDoesAndPointsBackToTriage() throws Exception {
    String text = man("triage-run");
    assertTrue(text.startsWith("TRIAGE-RUN(1)"), text);
    assertTrue(text.contains("\nNAME\n       triage-run - Walks a questionnaire"), text);
    assertTrue(
        text.contains(
            "\n       -a, --answer=ID=CHOICE\n              An answer by choice id or number as shown,"
                + " such as -a sit-bone-sitting=yes"),
        text);
    assertTrue(text.contains("\nSEE ALSO\n       triage(1)\n"), text);
    assertTrue(
        text.contains("triage 0.1.0") || text.matches("(?s).*triage \\d+\\.\\d+\\.\\d+.*"), text);
  }

  /**
   * The case-file example keeps its lines and indentation, so it can be copied into a file; filled,
   * it ran together into one paragraph of prose.
   */
  @Test
  void theCaseFileExampleKeepsItsLinesAndIndentation() throws Exception {
    String text = man("triage-test");
    String[] footer = command(CasesCommand.class).usageMessage().footer();
    StringBuilder block = new StringBuilder("\nA CASE FILE\n");
    for (String line : footer) {
      block.append("       ").append(line).append('\n');
    }
    assertTrue(text.contains(block + "\n"), "expected\n" + block + "in\n" + text);
    assertTrue(
        text.contains(
            "\n               not-asked: [clot-signs]\n"
                + "               reasons-include: [base of the spine]\n"),
        text);
  }

  @Test
  void theRootPagesExamplesKeepOneCommandOrDescriptionALine() throws Exception {
    String text = man("triage");
    assertTrue(
        text.contains(
            "\nEXAMPLES\n         triage\n             Answer the questions at the terminal.\n"
                + "         triage run -a sit-bone-sitting=yes -a nerve-signs=neither -o report.md\n"),
        text);
  }

  @Test
  void noPageShowsAsciiDocMarkup() throws Exception {
    for (String page : PAGES.keySet()) {
      String text = man(page);
      for (String markup : List.of("[%", "`", "xref:", "::", "....", "----")) {
        assertFalse(text.contains(markup), page + " shows " + markup + ":\n" + text);
      }
    }
  }

  /**
   * What the generator does not write today but AsciiDoc means: a hard-breaks paragraph keeps its
   * breaks (and is still wrapped), a delimited literal block keeps its lines.
   */
  @Test
  void hardBreaksAndDelimitedLiteralBlocksKeepTheirLines() throws Exception {
    String asciiDoc =
        "= x(1)\n\n== Name\n\nx - y\n\n== Notes\n\n[%hardbreaks]\nOne *line*.\nAnother.\n\n"
            + "....\n.dot: first\n  two\n\n  after a blank\n....\n\nFilled\nagain.\n";
    Path roff =
        Files.writeString(
            dir.resolve("x.1"),
            ManRoff.convert(asciiDoc, "x 1", List.of()),
            StandardCharsets.UTF_8);
    String text = manRoff("x", roff);
    assertTrue(
        text.contains(
            "\nNOTES\n       One line.\n       Another.\n\n       .dot: first\n         two\n\n"
                + "         after a blank\n\n       Filled again.\n"),
        text);
  }

  private CommandSpec command(Class<?> command) {
    CommandFactory factory =
        new CommandFactory(
            new Environment(
                InputStream.nullInputStream(), false, dir, Map.of(), Clock.systemUTC()));
    return SpecSource.load().commandLine(command, factory).getCommandSpec();
  }
}
