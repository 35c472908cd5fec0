package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `triage validate`: problems on stderr in file and line order, a summary on stdout, and the exit
 * code.
 */
class ValidateCommandTest {
  /** The rule fixtures, so file names stay short. */
  private static final Path FIXTURES = Path.of("src/test/resources/validate").toAbsolutePath();

  private static Cli.Result validate(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "validate";
    System.arraycopy(args, 0, all, 1, args.length);
    return Cli.run(FIXTURES, "", all);
  }

  /** The example has never been clinically reviewed, and says so: that is its only warning. */
  @Test
  void theExampleQuestionnaireWarnsOnlyThatItHasNoClinicalReview() {
    Cli.Result r = Cli.run("validate", "--strict", "questionnaires/example.yaml");
    assertEquals(
        """
        questionnaires/example.yaml:213:12: warning: no clinical review is recorded: have a clinician who did not \
        write it review this questionnaire, and record the review under 'reviews' (date, version, reviewers)
          reviews: []
                   ^
        """,
        r.err());
    assertEquals(
        "questionnaires/example.yaml: invalid, 1 warning\n1 file checked: 0 errors, 1 warning (--strict:"
            + " warnings fail)\n",
        r.out());
    assertEquals(ExitCodes.INVALID, r.exitCode());
  }

  @Test
  void theBundledQuestionnaireIsCleanEvenWithStrict() {
    Cli.Result r = Cli.run("validate", "--strict", "questionnaires/posterior-thigh.yaml");
    assertEquals("", r.err());
    assertEquals(
        "questionnaires/posterior-thigh.yaml: ok\n1 file checked: 0 errors, 0 warnings\n", r.out());
    assertEquals(ExitCodes.OK, r.exitCode());
  }

  @Test
  void aCleanFileExitsZero() {
    Cli.Result r = validate("valid.yaml");
    assertEquals("", r.err());
    assertEquals("valid.yaml: ok\n1 file checked: 0 errors, 0 warnings\n", r.out());
    assertEquals(ExitCodes.OK, r.exitCode());
  }

  @Test
  void warningsAloneExitZero() {
    Cli.Result r = validate("unused-source.yaml");
    assertEquals(
        """
        unused-source.yaml:15:5: warning: source 'glutes' is not named by any outcome
          - id: glutes
            ^
        """,
        r.err());
    assertEquals(
        "unused-source.yaml: ok, 1 warning\n1 file checked: 0 errors, 1 warning\n", r.out());
    assertEquals(ExitCodes.OK, r.exitCode());
  }

  @Test
  void strictMakesWarningsFail() {
    Cli.Result r = validate("--strict", "unused-source.yaml");
    assertEquals(
        "unused-source.yaml: invalid, 1 warning\n1 file checked: 0 errors, 1 warning (--strict: warnings fail)\n",
        r.out());
    assertEquals(ExitCodes.INVALID, r.exitCode());
  }

  @Test
  void anErrorExitsOne() {
    Cli.Result r = validate("cycle.yaml");
    assertEquals(
        """
        cycle.yaml:40:15: error: cycle: sitting-pain -> shooting -> sitting-pain; every route must end at an outcome
                next: sitting-pain
                      ^
        """,
        r.err());
    assertEquals("cycle.yaml: invalid, 1 error\n1 file checked: 1 error, 0 warnings\n", r.out());
    assertEquals(ExitCodes.INVALID, r.exitCode());
  }

  @Test
  void filesAreReportedInTheOrderGivenAndEachInLineOrder() {
    Cli.Result r = validate("unknown-source.yaml", "valid.yaml", "red-flag-outcome-question.yaml");
    assertEquals(
        """
        unknown-source.yaml:12:5: warning: source 'hamstring' is not named by any outcome
          - id: hamstring
            ^
        unknown-source.yaml:44:13: error: source 'hamstrung' is not the id of any source (did you mean 'hamstring'?)
            source: hamstrung
                    ^
        unknown-source.yaml:45:21: error: also-consider 'sciatic-nerve' is not the id of any source
            also-consider: [sciatic-nerve]
                            ^
        red-flag-outcome-question.yaml:20:14: error: outcome 'sitting-pain' is a question, not an outcome: a red \
        flag's "yes" must end the walk at an outcome
            outcome: sitting-pain
                     ^
        red-flag-outcome-question.yaml:36:5: warning: outcome 'emergency-now' is never reached: no route from \
        'saddle-numbness' leads to it
          - id: emergency-now
            ^
        """,
        r.err());
    assertEquals(
        """
        unknown-source.yaml: invalid, 2 errors, 1 warning
        valid.yaml: ok
        red-flag-outcome-question.yaml: invalid, 1 error, 1 warning
        3 files checked: 3 errors, 2 warnings
        """,
        r.out());
    assertEquals(ExitCodes.INVALID, r.exitCode());
  }

  @Test
  void aFileThatDoesNotLoadIsReportedAndTheNextIsStillChecked() {
    Cli.Result r = validate("missing.yaml", "valid.yaml");
    assertEquals("triage: missing.yaml: no such file; check the path and the file name\n", r.err());
    assertEquals(
        "missing.yaml: invalid, 1 error\nvalid.yaml: ok\n2 files checked: 1 error, 0 warnings\n",
        r.out());
    assertEquals(ExitCodes.INVALID, r.exitCode());
  }

  @Test
  void aNameIsLookedUpInQuestionnairesThenAmongTheBundledOnes(@TempDir Path dir)
      throws IOException {
    Files.createDirectory(dir.resolve("questionnaires"));
    Files.copy(FIXTURES.resolve("unused-source.yaml"), dir.resolve("questionnaires/example.yaml"));
    Cli.Result r = Cli.run(dir, "", "validate", "example", "posterior-thigh");
    assertEquals(
        """
        questionnaires/example.yaml:15:5: warning: source 'glutes' is not named by any outcome
          - id: glutes
            ^
        """,
        r.err());
    assertEquals(
        """
        questionnaires/example.yaml: ok, 1 warning
        bundled/posterior-thigh.yaml: ok
        2 files checked: 0 errors, 1 warning
        """,
        r.out());
    assertEquals(ExitCodes.OK, r.exitCode());
  }

  @Test
  void anUnknownNameIsReportedAndTheNextIsStillChecked(@TempDir Path dir) {
    Cli.Result r = Cli.run(dir, "", "validate", "nosuch", "example");
    assertEquals(
        "triage: no questionnaire named 'nosuch'; available: example, posterior-thigh (see 'triage list'); to use a"
            + " file, give its path, such as ./nosuch.yaml\n",
        r.err().lines().findFirst().orElseThrow() + "\n");
    assertEquals(
        "nosuch: not found\nbundled/example.yaml: ok, 1 warning\n2 files checked: 1 error, 1 warning\n",
        r.out());
    assertEquals(ExitCodes.INVALID, r.exitCode());
  }

  @Test
  void noFileIsAUsageError() {
    Cli.Result r = validate();
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertEquals(
        "triage: Missing required parameter: 'FILE'", r.err().lines().findFirst().orElseThrow());
    assertEquals("", r.out());
  }

  @Test
  void strictMakesAnOverdueReviewFailAgainstTheCommandsClock() {
    Cli.Result r =
        Cli.run(
            new Environment(
                java.io.InputStream.nullInputStream(),
                false,
                FIXTURES,
                java.util.Map.of(),
                java.time.Clock.fixed(
                    java.time.Instant.parse("2027-05-04T08:00:00Z"), java.time.ZoneOffset.UTC)),
            "validate",
            "--strict",
            "valid.yaml");
    assertEquals(
        "valid.yaml:58:15: warning: the clinical review was due on 2027-05-01, 3 days ago (today is"
            + " 2027-05-04); have it reviewed, record the review under 'reviews' and set a new 'review-due'",
        r.err().lines().findFirst().orElseThrow());
    assertEquals(
        "valid.yaml: invalid, 1 warning\n1 file checked: 0 errors, 1 warning (--strict: warnings fail)\n",
        r.out());
    assertEquals(ExitCodes.INVALID, r.exitCode());
  }
}
