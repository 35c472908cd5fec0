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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A copy of the project as the launcher sees it (the script, a pom, sources, the built jar) in a temporary directory,
 * with a stand-in for Maven and a PATH holding only the tools the script may use, so each test controls what exists.
 */
final class LauncherHome {
  /** The packaged jar and the script under test, from the build that runs these tests. */
  static final Path REAL_JAR = Path.of("target/triage.jar").toAbsolutePath();

  static final Path SCRIPT = Path.of("triage").toAbsolutePath();

  /** What one launcher run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  private static final List<String> TOOLS =
      List.of("bash", "env", "dirname", "readlink", "find", "sha256sum", "cut", "cat", "mv", "chmod", "wc", "grep",
          "mkdir", "rm", "rmdir", "timeout", "cksum", "sh", "cp", "stat", "touch", "printf");

  final Path root;
  final Path home;
  final Path jar;
  final Path tools;
  final Path mavenLog;
  private final Path mavenDir;
  final Map<String, String> env = new HashMap<>();

  LauncherHome(Path root, Path javaHome) throws IOException {
    this.root = root;
    home = Files.createDirectories(root.resolve("project"));
    jar = home.resolve("target/triage.jar");
    tools = Files.createDirectories(root.resolve("tools"));
    mavenDir = Files.createDirectories(root.resolve("maven"));
    mavenLog = root.resolve("maven.log");
    for (String tool : TOOLS) {
      Path found = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable).findFirst()
          .orElseThrow(() -> new IllegalStateException("the launcher tests need " + tool));
      Files.createSymbolicLink(tools.resolve(tool), found);
    }
    // Optional for the launcher (it trains without a terminal of its own when it is missing), so tested if present.
    Stream.of("/usr/bin/script", "/bin/script").map(Path::of).filter(Files::isExecutable).findFirst()
        .ifPresent(found -> link(tools.resolve("script"), found));
    Files.copy(SCRIPT, home.resolve("triage"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(home.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(home.resolve("src/main/java"));
    Files.writeString(home.resolve("src/main/java/A.java"), "class A {}\n");
    Files.createDirectories(home.resolve("questionnaires"));
    Files.createDirectories(jar.getParent());
    Files.copy(REAL_JAR, jar);
    // Sources two hours old, the jar one: an edit (touch) falls between the jar and now, a rebuild after both.
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
    for (String source : List.of("pom.xml", "src/main/java/A.java", "src/main/java", "src/main", "questionnaires")) {
      Files.setLastModifiedTime(home.resolve(source), FileTime.from(Instant.now().minusSeconds(7200)));
    }
    env.put("PATH", tools.toString());
    env.put("HOME", root.toString());
    env.put("JAVA_HOME", javaHome.toString());
  }

  private static void link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts a stand-in for Maven on the PATH that logs its arguments and "builds" by copying the given jar. */
  void installMaven(Path builds, int exitCode) throws IOException {
    Path mvn = mavenDir.resolve("mvn");
    Files.writeString(mvn, String.join("\n",
        "#!/bin/sh",
        "echo \"$*\" >>'" + mavenLog + "'",
        "case \" $* \" in *' clean '*) rm -rf '" + jar.getParent() + "' ;; esac",
        exitCode == 0 ? "mkdir -p '" + jar.getParent() + "' && cp '" + builds + "' '" + jar + "'"
            : "echo 'BUILD FAILURE: A.java:1: error: class, interface, enum, or record expected'; exit " + exitCode,
        ""));
    mvn.toFile().setExecutable(true);
    env.put("PATH", tools + ":" + mavenDir);
  }

  /** Makes a source file newer than the jar (but not than a jar built from now on), as an edit would. */
  void touch(String source) throws IOException {
    Files.setLastModifiedTime(home.resolve(source), FileTime.from(Instant.now().minusSeconds(1800)));
  }

  Path cacheDir() {
    return home.resolve("target/cds");
  }

  /** The cache files (not logs or stamps) in the cache directory. */
  List<Path> caches() throws IOException {
    if (!Files.isDirectory(cacheDir())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cacheDir())) {
      return files.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot")).sorted().toList();
    }
  }

  Run run(Path workDir, String... args) {
    return run(workDir, home.resolve("triage"), args);
  }

  Run run(Path workDir, Path script, String... args) {
    try {
      Process p = start(workDir, script, args);
      p.getOutputStream().close();
      return finish(p);
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
    return pb.start();
  }

  static Run finish(Process p) {
    try (InputStream out = p.getInputStream(); InputStream err = p.getErrorStream()) {
      // Drain stderr on another thread so neither pipe can fill and block the launcher.
      var errText = new java.util.concurrent.CompletableFuture<String>();
      new Thread(() -> errText.complete(readAll(err))).start();
      String outText = readAll(out);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish within 120 s");
      return new Run(p.exitValue(), outText, errText.get(120, TimeUnit.SECONDS));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the real jar with one extra entry: a different jar that still runs. */
  static Path otherJar(Path dir) throws IOException {
    Path other = dir.resolve("other.jar");
    try (var in = new ZipInputStream(Files.newInputStream(REAL_JAR));
        var out = new ZipOutputStream(Files.newOutputStream(other))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("rebuilt.txt"));
      out.write("rebuilt\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return other;
  }
}
