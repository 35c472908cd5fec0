package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.FileTrees;
import dev.triage.cli.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Seeded random inputs through the loader ({@code validate}) and the answer and report readers
 * ({@code run --answers}): mutations of a valid questionnaire, answer file, Markdown report and
 * JSON report with the characters YAML, Markdown and terminals give meaning to, long runs, and
 * lines cut and repeated. Every input must end in exit 0, 1 or 2 with no stack trace and nothing
 * raw a terminal would obey. The seed is fixed, so CI runs the same inputs each time; how many
 * comes from {@code jqwik.tries.default} (src/test/resources/junit-platform.properties), and a run
 * stops checking after {@code triage.fuzz.seconds} (60 by default), a time budget rather than a
 * deadline. The slowest input and the work it took are printed, not asserted: the one bound is on
 * bytes allocated, far above what any linear reading of these inputs needs.
 */
@Tag("hostile")
class ReadersFuzzTest {
  private static final String SEED = "20261202";
  private static final String ALPHABET =
      ":-[]{},&*!|>'\"%@`#?~\\\t\n\r \u00e9\u0000\u0007\u001b\u009b\u2028\u202e" + "\uFEFFaZ09";
  private static final Set<Integer> EXIT_CODES = Set.of(0, 1, 2, 130);

  /** A linear reading of the largest input here allocates tens of megabytes. */
  private static final long ALLOCATION_BOUND = 2L * 1024 * 1024 * 1024;

  private static final long BUDGET_NANOS = Long.getLong("triage.fuzz.seconds", 60) * 1_000_000_000L;

  private static Path dir;
  private static long started;
  private static int checked;
  private static long slowestNanos;
  private static long slowestBytes;
  private static String slowest = "";

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("triage-fuzz");
    Cli.Result report =
        Cli.run(dir, "", "run", "-q", "example", "-a", Hostile.SIT_BONE, "-o", "report.md");
    Cli.Result json =
        Cli.run(dir, "", "run", "-q", "example", "-a", Hostile.SIT_BONE, "-o", "report.json");
    assertTrue(report.exitCode() == 0 && json.exitCode() == 0, report.err() + json.err());
    started = System.nanoTime();
  }

  @AfterContainer
  static void figures() throws IOException {
    System.out.printf(
        Locale.ROOT,
        "fuzz: %,d inputs checked in %,d ms; slowest %,d ms and %,.1f MB allocated (%s)%n",
        checked,
        (System.nanoTime() - started) / 1_000_000,
        slowestNanos / 1_000_000,
        slowestBytes / 1e6,
        slowest);
    FileTrees.delete(dir);
  }

  @Property(seed = SEED)
  void everyMutatedQuestionnaireIsLoadedOrRefusedCleanly(@ForAll("questionnaires") String text) {
    check("validate", text, "mutant.yaml", "validate", "mutant.yaml");
  }

  @Property(seed = SEED)
  void everyMutatedAnswerFileIsReadOrRefusedCleanly(@ForAll("answerFiles") String text) {
    check(
        "answers",
        text,
        "answers.yaml",
        "run",
        "-q",
        "example",
        "--no-input",
        "--answers",
        "answers.yaml");
  }

  @Property(seed = SEED)
  void everyMutatedMarkdownReportIsReplayedOrRefusedCleanly(
      @ForAll("markdownReports") String text) {
    check("report.md", text, "mutant.md", "run", "--no-input", "--answers", "mutant.md");
  }

  @Property(seed = SEED)
  void everyMutatedJsonReportIsReplayedOrRefusedCleanly(@ForAll("jsonReports") String text) {
    check("report.json", text, "mutant.json", "run", "--no-input", "--answers", "mutant.json");
  }

  @Provide
  Arbitrary<String> questionnaires() {
    return mutationsOf(Hostile.example());
  }

  @Provide
  Arbitrary<String> answerFiles() {
    return mutationsOf(
        "saddle-numbness: no\nswollen-calf: no\npop-and-bruise: \"no\"\nsitting-pain: yes\n"
            + "nerve-signs: 2\nsudden-onset: no\nsit-bone-check: YES\n");
  }

  @Provide
  Arbitrary<String> markdownReports() {
    return mutationsOf(Hostile.read(dir.resolve("report.md")));
  }

  @Provide
  Arbitrary<String> jsonReports() {
    return mutationsOf(Hostile.read(dir.resolve("report.json")));
  }

  private static Arbitrary<String> mutationsOf(String valid) {
    return Arbitraries.randomValue(random -> mutate(valid, random));
  }

  private static void check(String what, String text, String file, String... args) {
    if (System.nanoTime() - started > BUDGET_NANOS) {
      return; // the time budget is spent: the rest of the seeded inputs are generated but not
      // checked
    }
    write(file, text);
    Allocation.Measured<Cli.Result> m = Allocation.measure(() -> Cli.run(dir, "", args));
    checked++;
    if (m.nanos() > slowestNanos) {
      slowestNanos = m.nanos();
      slowestBytes = m.bytes();
      slowest = what + ", " + text.length() + " characters";
    }
    Cli.Result r = m.value();
    assertTrue(EXIT_CODES.contains(r.exitCode()), "exit " + r.exitCode() + "\n" + r.err());
    for (String printed : new String[] {r.out(), r.err()}) {
      assertFalse(printed.contains("\tat ") || printed.contains("Exception"), printed);
      assertTrue(
          printed
              .chars()
              .allMatch(
                  c ->
                      c == '\n'
                          || c == '\t'
                          || (c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F) && c != 0x1B)),
          "a control character was printed raw:\n" + printed);
    }
    assertTrue(m.bytes() < ALLOCATION_BOUND, m.figure(what + ", " + text.length() + " characters"));
  }

  private static void write(String file, String text) {
    try {
      Files.writeString(dir.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One to eight edits: a character inserted, deleted or replaced, a line repeated or dropped, or a
   * long run.
   */
  static String mutate(String text, Random random) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits && b.length() > 0; e++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(10)) {
        case 0, 1, 2 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 3, 4 -> b.deleteCharAt(at);
        case 5, 6 -> b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 7 -> {
          int start = b.lastIndexOf("\n", at) + 1;
          int end = b.indexOf("\n", at);
          String line = b.substring(start, end < 0 ? b.length() : end + 1);
          b.insert(start, line.repeat(1 + random.nextInt(3)));
        }
        case 8 -> {
          int end = b.indexOf("\n", at);
          b.delete(at, end < 0 ? b.length() : end);
        }
        default -> {
          int[] lengths = {10, 1_000, 70_000, 300_000};
          b.insert(
              at,
              String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length())))
                  .repeat(lengths[random.nextInt(lengths.length)]));
        }
      }
    }
    return b.toString();
  }
}
