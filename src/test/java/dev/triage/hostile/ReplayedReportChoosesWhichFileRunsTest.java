package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.triage.cli.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 1 (critical): a replayed report's {@code questionnaire.id} was used like {@code -q}, so
 * an id that looked like a path chose which file ran. A report may only name a questionnaire by id,
 * looked up as a name.
 */
@Tag("hostile")
class ReplayedReportChoosesWhichFileRunsTest {
  @TempDir Path dir;
  private String report;

  @BeforeEach
  void aGenuineReport() {
    Hostile.write(dir, "questionnaires/example.yaml", Hostile.example());
    Cli.Result made =
        Hostile.run(dir, "run", "-q", "example", "-a", Hostile.SIT_BONE, "-o", "report.md");
    assertEquals(0, made.exitCode(), made.err());
    report = Hostile.read(dir.resolve("report.md"));
  }

  private Cli.Result replay(String id) {
    Hostile.write(dir, "tampered.md", report.replace("  id: \"example\"", "  id: \"" + id + "\""));
    return Hostile.run(dir, "run", "--answers", "tampered.md");
  }

  private static String refusal(String id) {
    String line = "  id: \"" + id + "\"";
    return "tampered.md:4:7: error: 'questionnaire.id' must be the id of a questionnaire (lower-case letters,"
        + " digits and hyphens), not '"
        + id
        + "'; a report names its questionnaire by id only: give the"
        + " questionnaire with -q NAME|PATH\n"
        + line
        + "\n      ^\n";
  }

  @Test
  void anIdThatIsThePathOfAnotherYamlFileIsRefusedNamingTheField() {
    Hostile.write(
        dir, "elsewhere/other.yaml", Hostile.example().replace("id: example\n", "id: other\n"));
    Cli.Result r = replay("elsewhere/other.yaml");
    Hostile.assertRefused(r, 1, refusal("elsewhere/other.yaml"));
  }

  @Test
  void anIdThatClimbsToAnotherFilePrintsNothingOfIt() {
    Hostile.write(dir, "secret.txt", "the first line of a private file\n");
    Cli.Result r = replay("../" + dir.getFileName() + "/secret.txt");
    assertFalse(r.err().contains("private file"), r.err());
    Hostile.assertRefused(r, 1, refusal("../" + dir.getFileName() + "/secret.txt"));
  }

  /**
   * Before the fix this read the test JVM's own standard input and hung; the guard turns a hang
   * into a failure.
   */
  @Test
  @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anIdNamingStandardInputReadsNothing() {
    Hostile.write(dir, "tampered.md", report.replace("  id: \"example\"", "  id: \"/dev/stdin\""));
    Cli.Result r = Cli.run(dir, "format: 1\n", "run", "--answers", "tampered.md");
    Hostile.assertRefused(r, 1, refusal("/dev/stdin"));
  }

  @Test
  void anIdEndingInYamlIsNotAFileName() {
    Hostile.write(dir, "other.yaml", Hostile.example().replace("id: example\n", "id: other\n"));
    Hostile.assertRefused(replay("other.yaml"), 1, refusal("other.yaml"));
  }

  @Test
  void anIdIsLookedUpAsANameInTheQuestionnairesFolderThenBundled() {
    Cli.Result local = replay("example");
    assertEquals(0, local.exitCode(), local.err());
    assertEquals("", local.err());
  }

  @Test
  void anIdThatNamesNoQuestionnaireSaysSoAndHowToGiveOne() {
    Hostile.assertRefused(
        replay("nosuch"),
        1,
        "triage: tampered.md was made with questionnaire 'nosuch', which"
            + " is neither in ./questionnaires/ nor bundled; give it with -q NAME|PATH\n");
  }
}
