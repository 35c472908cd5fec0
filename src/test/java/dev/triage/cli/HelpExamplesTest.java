package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.cli.process.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command line in the Examples of every command's help runs as shown: none names a question
 * or choice the questionnaire does not have. Each runs in a directory of its own, holding the input
 * files and directories it names; without a terminal, "more answers are needed" (exit 2) is what an
 * example that leaves answers to the terminal ends with.
 */
class HelpExamplesTest {
  /** The commands whose help has Examples; the test fails if one of them lists none. */
  private static final Map<String, Integer> EXAMPLES =
      Map.of("", 3, "run", 3, "graph", 3, "batch", 2);

  private static final Pattern MORE_NEEDED =
      Pattern.compile("triage: \\d+ more answers? (is|are) needed; .*", Pattern.DOTALL);

  @TempDir Path tmp;

  /** The lines after "Examples:" that start with "triage ", as arguments split at spaces. */
  static List<List<String>> examples(String help) {
    List<List<String>> found = new ArrayList<>();
    boolean inExamples = false;
    for (String line : help.split("\n")) {
      if (!line.startsWith(" ")) {
        inExamples = line.equals("Examples:");
      } else if (inExamples
          && (line.strip().equals("triage") || line.strip().startsWith("triage "))) {
        List<String> args = new ArrayList<>(List.of(line.strip().split(" +")));
        args.remove(0);
        found.add(args);
      }
    }
    return found;
  }

  @Test
  void everyExampleInEveryCommandsHelpRuns() throws IOException {
    int n = 0;
    for (Map.Entry<String, Integer> command : EXAMPLES.entrySet()) {
      Cli.Result help =
          command.getKey().isEmpty() ? Cli.run("--help") : Cli.run(command.getKey(), "--help");
      assertEquals(ExitCodes.OK, help.exitCode(), help.err());
      List<List<String>> examples = examples(help.out());
      assertEquals(command.getValue(), examples.size(), help.out());
      for (List<String> args : examples) {
        Path dir = Files.createDirectory(tmp.resolve("example-" + n++));
        prepare(dir, args);
        Cli.Result r = Cli.run(dir, "", args.toArray(String[]::new));
        String shown = "triage " + String.join(" ", args) + "\n" + r.err();
        assertTrue(
            r.exitCode() == ExitCodes.OK
                || (r.exitCode() == ExitCodes.USAGE && MORE_NEEDED.matcher(r.err()).matches()),
            shown);
        assertFalse(r.err().contains("no question"), shown);
        assertFalse(r.err().contains("is not an answer"), shown);
        if (r.exitCode() == ExitCodes.OK) {
          for (String output : valuesOf(args, "-o", "--output")) {
            assertTrue(Files.isRegularFile(dir.resolve(output)), shown);
          }
        }
      }
    }
  }

  /** Creates the answer files, answer sets and report directories the example names. */
  private static void prepare(Path dir, List<String> args) throws IOException {
    for (String answers : valuesOf(args, "--answers")) {
      Files.writeString(dir.resolve(answers), "{}\n", StandardCharsets.UTF_8);
    }
    for (String input : valuesOf(args, "--input")) {
      String sets =
          input.endsWith(".csv")
              ? "id,cancer-history\na,no\n"
              : "{\"id\": \"a\", \"answers\": {\"cancer-history\": \"no\"}}\n";
      Files.writeString(dir.resolve(input), sets, StandardCharsets.UTF_8);
    }
    for (String reports : valuesOf(args, "--report-dir")) {
      Files.createDirectories(dir.resolve(reports));
    }
  }

  private static List<String> valuesOf(List<String> args, String... options) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (List.of(options).contains(args.get(i)) && !args.get(i + 1).equals("-")) {
        values.add(args.get(i + 1));
      }
    }
    return values;
  }
}
