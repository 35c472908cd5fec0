package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script {@code triage generate-completion} prints, sourced in a real bash and called as bash
 * calls it on Tab: COMP_WORDS as bash splits the line (at '=' too), COMP_CWORD, then COMPREPLY read
 * back. The command on the line is this build's triage (a script running its classes), so the
 * candidates the script asks it for are the real ones.
 */
class CompletionScriptTest {
  @TempDir Path dir;
  private Path script;

  @BeforeEach
  void setUp() throws IOException {
    Cli.Result generated = Cli.run("generate-completion");
    assertEquals(0, generated.exitCode(), generated.err());
    script = Files.writeString(dir.resolve("triage.bash"), generated.out());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path tool = dir.resolve("work/triage");
    Files.createDirectories(tool.getParent());
    Files.writeString(
        tool,
        "#!/bin/sh\nexec '"
            + java
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' dev.triage.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
    Workspace w = new Workspace(dir.resolve("work"));
    w.write("report.md", "");
    w.write("results/a.json", "");
    w.write("mine.yaml", "");
    w.example("questionnaires/local-one.yaml");
  }

  /**
   * COMPREPLY, one a line, after completing the last of {@code words} (the line as bash splits it).
   */
  private String complete(String... words) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "bash",
                "--noprofile",
                "--norc",
                "-c",
                "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); _triage;"
                    + " printf '%s\\n' \"${COMPREPLY[@]}\"",
                "bash",
                script.toString(),
                "./triage"));
    command.addAll(List.of(words));
    Process p = new ProcessBuilder(command).directory(dir.resolve("work").toFile()).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertEquals("", err, "nothing may be printed into the shell");
    assertEquals(0, p.exitValue());
    return out.equals("\n") ? "" : out;
  }

  /** File names come in the directory's order; bash sorts them before showing them. */
  private static String sorted(String lines) {
    return String.join("\n", lines.lines().sorted().toList()) + "\n";
  }

  @Test
  void subcommandsThenOptionsOfTheOneOnTheLine() throws Exception {
    assertEquals(
        "run\nlist\nvalidate\ntest\ngraph\nbatch\nhelp\ngenerate-completion\n", complete(""));
    assertEquals("validate\n", complete("va"));
    assertEquals("--no-input\n--no-pager\n--no-color\n", complete("run", "--no"));
    assertEquals("--stacktrace\n", complete("--st"));
  }

  @Test
  void fileNamesAfterFileOptionsAndForCaseFiles() throws Exception {
    assertEquals("report.md\nresults\n", sorted(complete("run", "-o", "re")));
    assertEquals("results/a.json\n", complete("run", "--answers", "results/"));
    assertEquals("results/a.json\n", complete("graph", "--output", "results/a"));
    assertEquals("report.md\nresults\n", sorted(complete("test", "re")));
  }

  @Test
  void questionnaireNamesAndYamlFilesForMinusQAndValidate() throws Exception {
    assertEquals("local-one\n", complete("run", "-q", "lo"));
    assertEquals("mine.yaml\n", complete("graph", "--questionnaire", "mi"));
    assertEquals("posterior-thigh\n", complete("validate", "--strict", "po"));
  }

  @Test
  void formatsOfEachCommand() throws Exception {
    assertEquals("markdown\njson\n", complete("run", "--format", ""));
    assertEquals("mermaid\ndot\n", complete("graph", "--format", ""));
    assertEquals("jsonl\ncsv\n", complete("batch", "--input-format", ""));
    assertEquals("csv\n", complete("batch", "--output-format", "c"));
    // --format=j: bash splits the word at '=', and replaces only what follows it.
    assertEquals("json\n", complete("run", "--format", "=", "j"));
    assertEquals("mermaid\ndot\n", complete("graph", "--format", "="));
  }

  @Test
  void answerIdsThenTheirChoicesOfTheDefaultQuestionnaire() throws Exception {
    assertEquals("sit-bone-sitting=\n", complete("run", "-a", "sit-bone-s"));
    assertEquals("yes\nno\nnot-sure\n", complete("run", "-a", "sit-bone-sitting", "="));
    assertEquals("no\nnot-sure\n", complete("run", "-a", "sit-bone-sitting", "=", "n"));
    assertEquals("not-sure\n", complete("run", "--answer", "=", "sit-bone-sitting", "=", "not"));
  }

  @Test
  void answerIdsOfTheQuestionnaireGivenWithMinusQ() throws Exception {
    assertEquals("sitting-pain=\n", complete("run", "-q", "local-one", "-a", "sitting-p"));
    assertEquals(
        "yes\nno\nnot-sure\n",
        complete("graph", "--questionnaire", "=", "local-one", "-a", "sitting-pain", "="));
  }

  @Test
  void nothingFromAQuestionnaireFileReachesTheShell() throws Exception {
    Workspace w = new Workspace(dir.resolve("work"));
    String hostile =
        new String(Files.readAllBytes(Workspace.EXAMPLE), StandardCharsets.UTF_8)
            .replace("id: sitting-pain", "id: \"$(touch pwned)\"");
    w.write("hostile.yaml", hostile);
    w.example("questionnaires/$(touch pwned2).yaml");
    assertEquals("", complete("run", "-q", "hostile.yaml", "-a", ""));
    assertEquals("", complete("run", "-q", "$"));
    assertFalse(Files.exists(dir.resolve("work/pwned")));
    assertFalse(Files.exists(dir.resolve("work/pwned2")));
  }
}
