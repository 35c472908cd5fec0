package dev.triage.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launcher's class-data-sharing cache on every JDK found: made once, used when it matches, and never able to break
 * a run when it is missing, stale, damaged or unusable.
 */
class CacheIT {
  @TempDir Path tmp;

  static List<Jdks.Jdk> jdks() {
    return Jdks.all();
  }

  private LauncherHome project(Jdks.Jdk jdk) throws IOException {
    return new LauncherHome(tmp, jdk.home());
  }

  private static String extension(Jdks.Jdk jdk) {
    return jdk.feature() >= 25 ? "aot" : "jsa";
  }

  private static void assertQuietVersion(LauncherHome.Run r) {
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().matches(LauncherIT.VERSION_LINE), r.out());
    assertEquals("", r.err());
  }

  /** Where the JVM says it loaded the entry point from, with class loading logged. */
  private static String mainSource(LauncherHome project) {
    project.env.put("TRIAGE_JAVA_OPTS", "-Xlog:class+load");
    LauncherHome.Run r = project.run(project.root, "--version");
    project.env.remove("TRIAGE_JAVA_OPTS");
    assertEquals(0, r.exitCode(), r.err());
    return r.out().lines().filter(l -> l.contains(" dev.triage.cli.Main ")).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void firstRunMakesACacheNamedByTheJarAndTheJdkAndLaterRunsUseIt(Jdks.Jdk jdk) throws Exception {
    LauncherHome project = project(jdk);
    assertQuietVersion(project.run(tmp, "--version"));
    List<Path> caches = project.caches();
    assertEquals(1, caches.size(), caches.toString());
    Path cache = caches.get(0);
    String key = sha256(project.home.toRealPath() + "/target/triage.jar\n" + Files.size(project.jar) + " "
        + Files.getLastModifiedTime(project.jar).toMillis() / 1000 + "\n", project.jar).substring(0, 20);
    String name = "triage-" + key + "-" + jdk.version().replaceAll("[^A-Za-z0-9._+]", "_") + "." + extension(jdk);
    assertEquals(name, cache.getFileName().toString());
    assertTrue(mainSource(project).endsWith("source: shared objects file")
        || mainSource(project).endsWith("source: shared objects file (top)"), mainSource(project));
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void turnedOffByTriageNoCds(Jdks.Jdk jdk) throws IOException {
    LauncherHome project = project(jdk);
    project.env.put("TRIAGE_NO_CDS", "1");
    assertQuietVersion(project.run(tmp, "--version"));
    assertTrue(mainSource(project).contains("source: file:"), mainSource(project));
    assertEquals(List.of(), project.caches());
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void aTruncatedCacheIsNeverUsedAndIsMadeAgain(Jdks.Jdk jdk) throws IOException {
    LauncherHome project = project(jdk);
    assertQuietVersion(project.run(tmp, "--version"));
    Path cache = project.caches().get(0);
    try (RandomAccessFile f = new RandomAccessFile(writable(cache).toFile(), "rw")) {
      f.setLength(Files.size(cache) / 2);
    }
    assertQuietVersion(project.run(tmp, "--version"));
    assertOneWholeCache(project);
    assertNoHsErr(project);
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void aCacheOverwrittenInPlaceIsNeverUsedAndIsMadeAgain(Jdks.Jdk jdk) throws IOException {
    LauncherHome project = project(jdk);
    assertQuietVersion(project.run(tmp, "--version"));
    Path cache = project.caches().get(0);
    try (RandomAccessFile f = new RandomAccessFile(writable(cache).toFile(), "rw")) {
      f.seek(Files.size(cache) / 3);
      f.write(randomBytes(40_000));
    }
    assertQuietVersion(project.run(tmp, "--version"));
    assertOneWholeCache(project);
    assertNoHsErr(project);
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void aCacheTheJvmRejectsIsSkippedWithoutAWord(Jdks.Jdk jdk) throws IOException {
    LauncherHome project = project(jdk);
    assertQuietVersion(project.run(tmp, "--version"));
    Path cache = project.caches().get(0);
    // Garbage of the right size and date, so the launcher hands it to the JVM, which must refuse it silently.
    Files.write(writable(cache), randomBytes((int) Files.size(cache)));
    Files.setLastModifiedTime(cache, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    assertQuietVersion(project.run(tmp, "--version"));
    assertTrue(mainSource(project).contains("source: file:"), mainSource(project));
    assertNoHsErr(project);
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void aRebuiltJarGetsItsOwnCacheAndTheStaleOneIsRemoved(Jdks.Jdk jdk) throws IOException {
    LauncherHome project = project(jdk);
    assertQuietVersion(project.run(tmp, "--version"));
    Path before = project.caches().get(0);
    project.installMaven(LauncherHome.otherJar(tmp), 0);
    project.touch("src/main/java/A.java");
    LauncherHome.Run r = project.run(tmp, "--version");
    assertEquals(0, r.exitCode(), r.err());
    List<Path> after = project.caches();
    assertEquals(1, after.size(), after.toString());
    assertNotEquals(before, after.get(0));
    assertTrue(mainSource(project).contains("source: shared objects file"), mainSource(project));
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void aJarTouchedButUnchangedGetsACacheTheJvmAccepts(Jdks.Jdk jdk) throws IOException {
    LauncherHome project = project(jdk);
    assertQuietVersion(project.run(tmp, "--version"));
    Files.setLastModifiedTime(project.jar, FileTime.fromMillis(System.currentTimeMillis()));
    assertQuietVersion(project.run(tmp, "--version"));
    assertTrue(mainSource(project).contains("source: shared objects file"), mainSource(project));
    assertOneWholeCache(project);
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void runsStartedTogetherAllSucceedAndLeaveOneWholeCache(Jdks.Jdk jdk) throws IOException {
    LauncherHome project = project(jdk);
    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(project.start(tmp, project.home.resolve("triage"), "--version"));
    }
    for (Process p : runs) {
      p.getOutputStream().close();
    }
    for (Process p : runs) {
      assertQuietVersion(LauncherHome.finish(p));
    }
    assertOneWholeCache(project);
    try (Stream<Path> left = Files.list(project.cacheDir())) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tmp") || n.endsWith(".lock") || n.endsWith(".config")).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("jdks")
  void makingTheCacheNeverWaitsForStandardInput(Jdks.Jdk jdk) throws IOException {
    LauncherHome project = project(jdk);
    Process p = project.start(tmp, project.home.resolve("triage"), "--version");
    // Standard input stays open and empty: a training run that read it would hang until the timeout in finish().
    assertQuietVersion(LauncherHome.finish(p));
    assertEquals(1, project.caches().size());
    p.getOutputStream().close();
  }

  /** Exactly one cache, not newer than the stamp written after it was made whole. */
  private static void assertOneWholeCache(LauncherHome project) throws IOException {
    List<Path> caches = project.caches();
    assertEquals(1, caches.size(), caches.toString());
    String name = caches.get(0).getFileName().toString();
    Path stamp = caches.get(0).resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".ok");
    assertTrue(Files.getLastModifiedTime(caches.get(0)).compareTo(Files.getLastModifiedTime(stamp)) <= 0, name);
  }

  private static Path writable(Path file) {
    assertTrue(file.toFile().setWritable(true));
    return file;
  }

  private static void assertNoHsErr(LauncherHome project) throws IOException {
    try (Stream<Path> files = Stream.concat(Files.list(project.root), Files.list(project.home))) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith("hs_err")), "the JVM crashed");
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    return b;
  }

  private static String sha256(String prefix, Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    d.update(prefix.getBytes(StandardCharsets.UTF_8));
    d.update(Files.readAllBytes(file));
    return HexFormat.of().formatHex(d.digest());
  }
}
