package dev.triage.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A copy of the project as the launcher sees it (the script, a pom, sources, a built image) in a
 * temporary directory, with a stand-in for Maven and a PATH holding only the tools the script may
 * use, so each test controls what exists. The image is a stand-in too, whose bin/triage runs the
 * real image of the build that runs these tests.
 */
final class LauncherHome {
  /**
   * The real runtime image's launcher, from the build that runs these tests, and the script under
   * test.
   */
  static final Path REAL_IMAGE = Path.of("target/image/bin/triage").toAbsolutePath();

  static final Path SCRIPT = Path.of("triage").toAbsolutePath();

  /** What one launcher run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private static final List<String> TOOLS =
      List.of(
          "bash",
          "env",
          "dirname",
          "readlink",
          "flock",
          "sh",
          "mkdir",
          "rmdir",
          "rm",
          "cat",
          "sleep",
          "touch",
          "chmod");

  final Path root;
  final Path home;
  final Path stamp;
  final Path tools;
  final Path mavenLog;
  private final Path mavenDir;
  final Map<String, String> env = new HashMap<>();

  LauncherHome(Path root) throws IOException {
    this.root = root;
    home = Files.createDirectories(root.resolve("project"));
    stamp = home.resolve("target/image/lib/triage.archived");
    tools = Files.createDirectories(root.resolve("tools"));
    mavenDir = Files.createDirectories(root.resolve("maven"));
    mavenLog = root.resolve("maven.log");
    for (String tool : TOOLS) {
      Path found =
          Stream.of("/usr/bin", "/bin")
              .map(d -> Path.of(d, tool))
              .filter(Files::isExecutable)
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("the launcher tests need " + tool));
      Files.createSymbolicLink(tools.resolve(tool), found);
    }
    Files.copy(SCRIPT, home.resolve("triage"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(home.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(home.resolve("src/main/java"));
    Files.writeString(home.resolve("src/main/java/A.java"), "class A {}\n");
    Files.createDirectories(home.resolve("questionnaires"));
    Files.writeString(home.resolve("image.sh"), image(), StandardCharsets.UTF_8);
    run("sh", home.resolve("image.sh").toString());
    // Sources two hours old, the image one: an edit (touch) falls between the image and now, a
    // rebuild after both.
    Files.setLastModifiedTime(stamp, FileTime.from(Instant.now().minusSeconds(3600)));
    for (String source :
        List.of("pom.xml", "src/main/java/A.java", "src/main/java", "src/main", "questionnaires")) {
      Files.setLastModifiedTime(
          home.resolve(source), FileTime.from(Instant.now().minusSeconds(7200)));
    }
    env.put("PATH", tools.toString());
    env.put("HOME", root.toString());
  }

  /**
   * A script that makes the stand-in image, as a build would: its bin/triage, then the stamp, last.
   */
  private String image() {
    Path bin = home.resolve("target/image/bin");
    return String.join(
        "\n",
        "mkdir -p '" + bin + "' '" + stamp.getParent() + "'",
        "printf '#!/bin/sh\\nexec %s \"$@\"\\n' '"
            + REAL_IMAGE
            + "' >'"
            + bin.resolve("triage")
            + "'",
        "chmod +x '" + bin.resolve("triage") + "'",
        "touch '" + stamp + "'",
        "");
  }

  /**
   * Puts a stand-in for Maven on the PATH that logs its arguments and "builds" by making the
   * stand-in image (or fails). A build that starts while another is under way logs "overlap": the
   * launcher must never let that happen.
   */
  void installMaven(int exitCode) throws IOException {
    Path mvn = mavenDir.resolve("mvn");
    Path building = root.resolve("building");
    Files.writeString(
        mvn,
        String.join(
            "\n",
            "#!/bin/sh",
            "mkdir '" + building + "' 2>/dev/null || echo overlap >>'" + mavenLog + "'",
            "echo \"$*\" >>'" + mavenLog + "'",
            "case \" $* \" in *' clean '*) rm -rf '" + home.resolve("target") + "' ;; esac",
            // Long enough for launchers started together to find the build under way; nothing
            // depends on it.
            "sleep 1",
            exitCode == 0
                ? "sh '" + home.resolve("image.sh") + "'"
                : "echo 'BUILD FAILURE: A.java:1: error: class, interface, enum, or record expected'",
            "rmdir '" + building + "'",
            "exit " + exitCode,
            ""));
    mvn.toFile().setExecutable(true);
    env.put("PATH", tools + ":" + mavenDir);
  }

  /**
   * Makes a source file newer than the image (but not than an image built from now on), as an edit
   * would.
   */
  void touch(String source) throws IOException {
    Files.setLastModifiedTime(
        home.resolve(source), FileTime.from(Instant.now().minusSeconds(1800)));
  }

  List<String> mavenRuns() throws IOException {
    return Files.exists(mavenLog) ? Files.readAllLines(mavenLog) : List.of();
  }

  Run run(Path workDir, String... args) {
    return run(workDir, home.resolve("triage"), args);
  }

  Run run(Path workDir, Path script, String... args) {
    try {
      return finish(start(workDir, script, args));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Process start(Path workDir, Path script, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    return p;
  }

  /**
   * Waits for the process to end by itself (however long that takes) and returns what it printed.
   */
  static Run finish(Process p) {
    try (InputStream out = p.getInputStream();
        InputStream err = p.getErrorStream()) {
      // Drain stderr on another thread so neither pipe can fill and block the launcher.
      CompletableFuture<String> errText = CompletableFuture.supplyAsync(() -> readAll(err));
      String outText = readAll(out);
      int code = p.waitFor();
      return new Run(code, outText, errText.get());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    Run r = finish(p);
    assertTrue(r.exitCode() == 0, String.join(" ", command) + ": " + r.out());
  }

  private static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
