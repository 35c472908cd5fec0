package dev.triage.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's base duties: runs from anywhere, builds when needed, and says what is missing. */
class LauncherIT {
  static final String VERSION_LINE = "triage \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n";

  @TempDir Path tmp;
  LauncherHome project;
  Path elsewhere;
  String home;

  @BeforeEach
  void setUp() throws IOException {
    project = new LauncherHome(tmp, Path.of(System.getProperty("java.home")));
    project.env.put("TRIAGE_NO_CDS", "1");
    elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    home = project.home.toRealPath().toString();
  }

  @Test
  void runsTheJarFromAnotherDirectory() {
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().matches(VERSION_LINE), r.out());
    assertEquals("", r.err());
  }

  @Test
  void runsThroughASymbolicLinkInAnotherDirectory() throws IOException {
    Path link = Files.createSymbolicLink(elsewhere.resolve("triage"), project.home.resolve("triage"));
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
  void doesNotBuildWhenTheJarIsNewerThanEverySource() throws IOException {
    project.installMaven(LauncherHome.REAL_JAR, 0);
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertFalse(Files.exists(project.mavenLog), "Maven ran though nothing changed");
  }

  @Test
  void buildsWhenASourceIsNewerThanTheJar() throws IOException {
    project.installMaven(LauncherHome.REAL_JAR, 0);
    project.touch("src/main/java/A.java");
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("triage: building " + home + "/target/triage.jar (this happens once after each change)...\n",
        r.err());
    assertEquals("-q -B -f " + home + "/pom.xml -DskipTests package\n", Files.readString(project.mavenLog));
    assertTrue(r.out().matches(VERSION_LINE), r.out());
  }

  @Test
  void buildsWhenTheJarIsMissing() throws IOException {
    project.installMaven(LauncherHome.REAL_JAR, 0);
    Files.delete(project.jar);
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("-q -B -f " + home + "/pom.xml -DskipTests package\n", Files.readString(project.mavenLog));
  }

  @Test
  void buildsCleanWhenThePomChanged() throws IOException {
    project.installMaven(LauncherHome.REAL_JAR, 0);
    project.touch("pom.xml");
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("-q -B -f " + home + "/pom.xml -DskipTests clean package\n", Files.readString(project.mavenLog));
  }

  @Test
  void aFailedBuildShowsMavensOutputAndWhatToDo() throws IOException {
    project.installMaven(LauncherHome.REAL_JAR, 1);
    project.touch("src/main/java/A.java");
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(1, r.exitCode());
    assertEquals("triage: building " + home + "/target/triage.jar (this happens once after each change)...\n"
        + "BUILD FAILURE: A.java:1: error: class, interface, enum, or record expected\n"
        + "triage: the build failed (output above); fix it, or run 'mvn -B package' in " + home + " to see more.\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void saysMavenIsMissingWhenItMustBuild() throws IOException {
    Files.delete(project.jar);
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(1, r.exitCode());
    assertEquals("triage: " + home + "/target/triage.jar needs building but Maven is not installed: "
        + "install Maven 3.8 or newer and run ./triage again.\n", r.err());
  }

  @Test
  void saysJavaIsMissing() {
    project.env.remove("JAVA_HOME");
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(1, r.exitCode());
    assertEquals("triage: no Java found: install a JDK 17 or newer and put 'java' on the PATH, or set JAVA_HOME.\n",
        r.err());
  }

  @Test
  void saysWhenJavaHomeHasNoJava() {
    project.env.put("JAVA_HOME", "/nowhere/jdk");
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(1, r.exitCode());
    assertEquals("triage: JAVA_HOME is set to '/nowhere/jdk' but /nowhere/jdk/bin/java is not there; "
        + "point JAVA_HOME at a JDK 17 or newer, or unset it.\n", r.err());
  }

  @Test
  void saysWhenTheJavaIsTooOld() throws IOException {
    Path old = Files.createDirectories(tmp.resolve("jdk-11/bin"));
    Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'should not run'\n");
    old.resolve("java").toFile().setExecutable(true);
    Files.writeString(old.getParent().resolve("release"), "JAVA_VERSION=\"11.0.22\"\nJAVA_RUNTIME_VERSION=\"11.0.22+7\"\n");
    project.env.put("JAVA_HOME", old.getParent().toString());
    LauncherHome.Run r = project.run(elsewhere, "--version");
    assertEquals(1, r.exitCode());
    assertEquals("triage: " + old.resolve("java") + " is Java 11.0.22, but triage needs Java 17 or newer; "
        + "set JAVA_HOME to a JDK 17 or newer.\n", r.err());
    assertEquals("", r.out());
  }
}
