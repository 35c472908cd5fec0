package dev.triage.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's duties: runs the image from anywhere, builds it once when needed, and says what is
 * missing.
 */
class LauncherIT {
  static final String VERSION_LINE = "triage \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n";

  @TempDir Path tmp;
  LauncherHome project;
  Path elsewhere;
  String building;

  @BeforeEach
  void setUp() throws IOException {
    project = new LauncherHome(tmp);
    elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    building =
        "triage: building "
            + project.home.toRealPath()
            + "/target/image (this happens once after each change)"
            + "...\n";
  }

  private String mavenLine(String goals) throws IOException {
    return "-q -B -f " + project.home.toRealPath() + "/pom.xml -DskipTests " + goals;
  }

  @Test
  void runsTheImageFromAnotherDirectory() {
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().matches(VERSION_LINE), r.out());
    assertEquals("", r.err());
  }

  @Test
  void runsThroughASymbolicLinkInAnotherDirectory() throws IOException {
    Path link =
        Files.createSymbolicLink(elsewhere.resolve("triage"), project.home.resolve("triage"));
    LauncherHome.Run r = project.run(tmp, link, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().matches(VERSION_LINE), r.out());
  }

  @Test
  void passesArgumentsAndExitCodeThrough() {
    LauncherHome.Run r = project.run(elsewhere, "--frobnicate");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("triage: Unknown option: '--frobnicate'\n"), r.err());
  }

  @Test
  void doesNotBuildWhenTheImageIsNewerThanEverySource() throws IOException {
    project.installMaven(0);
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of(), project.mavenRuns(), "Maven ran though nothing changed");
  }

  @Test
  void buildsWhenASourceIsNewerThanTheImage() throws IOException {
    project.installMaven(0);
    project.touch("src/main/java/A.java");
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(building, r.err());
    assertEquals(List.of(mavenLine("package")), project.mavenRuns());
    assertTrue(r.out().matches(VERSION_LINE), r.out());
  }

  @Test
  void buildsWhenTheImageIsMissing() throws IOException {
    project.installMaven(0);
    Files.delete(project.stamp);
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of(mavenLine("package")), project.mavenRuns());
  }

  /**
   * A Tab in the shell runs {@code triage __complete}: it must not start a minute-long build, or
   * print anything.
   */
  @Test
  void completionOffersNothingAndBuildsNothingWhileTheImageIsStale() throws IOException {
    project.installMaven(0);
    project.touch("src/main/java/A.java");
    LauncherHome.Run r = project.run(elsewhere, "__complete", "questionnaires", "");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
    assertEquals(List.of(), project.mavenRuns(), "a completion started a build");
  }

  @Test
  void buildsCleanWhenThePomChanged() throws IOException {
    project.installMaven(0);
    project.touch("pom.xml");
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of(mavenLine("clean package")), project.mavenRuns());
  }

  /**
   * Issue 9, item 5: launchers started together after a change all ran Maven at once, and all
   * failed.
   */
  @ParameterizedTest(name = "{0} launchers")
  @ValueSource(ints = {2, 8})
  void launchersStartedTogetherAfterAChangeBuildOnceAndAllSucceed(int launchers) throws Exception {
    project.installMaven(0);
    project.touch("src/main/java/A.java");
    List<Process> started = new ArrayList<>();
    for (int i = 0; i < launchers; i++) {
      started.add(project.start(elsewhere, project.home.resolve("triage"), "--version"));
    }
    for (Process p : started) {
      LauncherHome.Run r = LauncherHome.finish(p);
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().matches(VERSION_LINE), r.out());
      assertTrue(r.err().equals("") || r.err().equals(building), r.err());
    }
    assertEquals(List.of(mavenLine("package")), project.mavenRuns());
  }

  @Test
  void aFailedBuildShowsMavensOutputAndWhatToDo() throws IOException {
    project.installMaven(1);
    project.touch("src/main/java/A.java");
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(1, r.exitCode());
    assertEquals(
        building
            + "BUILD FAILURE: A.java:1: error: class, interface, enum, or record expected\n"
            + "triage: the build failed (output above); fix it, or run 'mvn -B package' in "
            + project.home.toRealPath()
            + " to see more.\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void saysMavenIsMissingWhenItMustBuild() throws IOException {
    Files.delete(project.stamp);
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(1, r.exitCode());
    assertEquals(
        "triage: "
            + project.home.toRealPath()
            + "/target/image needs building but Maven is not installed:"
            + " install Maven 3.8 or newer and a JDK 17 or newer, and run ./triage again.\n",
        r.err());
  }
}
