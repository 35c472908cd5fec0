package dev.triage.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.FileTrees;
import dev.triage.cli.Cli;
import dev.triage.diag.Docs;
import dev.triage.graph.Tools;
import dev.triage.launch.Training;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release tarball end to end, as a person with no JDK runs it after unpacking: scripted runs,
 * reports, validate, what the image holds, and its class-data archive, which serves the program's
 * classes and which nothing done to it can turn into a failed run. The terminal tests
 * (TerminalSessionIT) run this image too.
 */
class ImageIT {
  private static final PackagedImage IMAGE = PackagedImage.get();
  private static List<String> scripted;
  private static String result;

  @TempDir Path dir;

  @BeforeAll
  static void expectedResult() throws Exception {
    scripted = new ArrayList<>(List.of("run", "--no-input"));
    scripted.addAll(Training.answers(Training.bundled()));
    Cli.Result inProcess = Cli.run(scripted.toArray(String[]::new));
    assertEquals(0, inProcess.exitCode(), inProcess.err());
    result = inProcess.out();
  }

  private static String[] scripted(String... more) {
    List<String> args = new ArrayList<>(scripted);
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static void assertScriptedResult(PackagedImage.Run r) {
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(result, r.out());
    assertEquals("", r.err());
  }

  @Test
  void runsWithNoJavaOnThePath() {
    PackagedImage.Run r = IMAGE.run(dir, "--version");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().matches("triage \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void aScriptedRunPrintsWhatTheProgramPrintsInProcess() {
    assertScriptedResult(IMAGE.run(dir, scripted()));
  }

  @Test
  void writesAReportThatReplaysToTheSameResult() throws IOException {
    PackagedImage.Run saved = IMAGE.run(dir, scripted("-o", "report.md"));
    assertEquals(0, saved.exitCode(), saved.err());
    assertEquals(result, saved.out());
    assertTrue(saved.err().endsWith("Report saved to report.md.\n"), saved.err());
    String report = Files.readString(dir.resolve("report.md"));
    assertTrue(report.startsWith("---\n"), report);
    assertTrue(report.contains("triage run -q posterior-thigh -a "), report);
    assertScriptedResult(IMAGE.run(dir, "run", "--no-input", "--answers", "report.md"));
  }

  /**
   * A batch runs long enough for C2 to pay for itself; every other command is a short run, best
   * with C1 alone.
   */
  @Test
  void aBatchGetsBothJitCompilersAndEveryOtherCommandC1Alone() {
    Map<String, String> flags = Map.of("TRIAGE_JAVA_OPTS", "-XX:+PrintFlagsFinal");
    for (String[] args :
        List.of(new String[] {"batch"}, new String[] {"--stacktrace", "batch", "-q", "example"})) {
      PackagedImage.Run r = IMAGE.run(IMAGE.home, dir, flags, args);
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().matches("(?s).*\\bTieredStopAtLevel\\s+= 4\\b.*"), String.join(" ", args));
      assertEquals("triage: 0 answer sets: 0 complete, 0 incomplete, 0 rejected\n", r.err());
    }
    for (String[] args : List.of(new String[] {"--version"}, new String[] {"run", "batch"})) {
      PackagedImage.Run r = IMAGE.run(IMAGE.home, dir, flags, args);
      assertTrue(r.out().matches("(?s).*\\bTieredStopAtLevel\\s+= 1\\b.*"), String.join(" ", args));
    }
  }

  @Test
  void validatesAndListsTheBundledQuestionnaires() {
    PackagedImage.Run validated = IMAGE.run(dir, "validate", "posterior-thigh");
    assertEquals(0, validated.exitCode(), validated.err());
    // Once its review-due date (2027-03-02) has passed, validate warns that the review is overdue:
    // that one warning
    // is expected then, and no other.
    boolean due = validated.err().startsWith("bundled/posterior-thigh.yaml:");
    assertEquals(
        due
            ? "bundled/posterior-thigh.yaml: ok, 1 warning\n1 file checked: 0 errors, 1 warning\n"
            : "bundled/posterior-thigh.yaml: ok\n1 file checked: 0 errors, 0 warnings\n",
        validated.out());
    assertTrue(
        !due
            || validated
                .err()
                .lines()
                .findFirst()
                .orElseThrow()
                .contains("warning: the clinical review was" + " due on 2027-03-02"),
        validated.err());
    PackagedImage.Run listed = IMAGE.run(dir, "list");
    assertEquals(0, listed.exitCode(), listed.err());
    assertTrue(
        listed.out().contains("\nposterior-thigh  Pain in the back of the thigh"), listed.out());
  }

  @Test
  void itsCompletionScriptCompletesAnswersThroughItsOwnTriageWithNoJavaOnThePath()
      throws Exception {
    Path script = IMAGE.home.resolve("share/bash-completion/completions/triage");
    assertTrue(Files.readString(script).contains("\ncomplete -F _triage triage\n"));
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash",
                "--noprofile",
                "--norc",
                "-c",
                "source \"$1\"; shift;"
                    + " COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); _triage; printf '%s\\n' \"${COMPREPLY[@]}\"",
                "bash",
                script.toString(),
                IMAGE.home.resolve("bin/triage").toString(),
                "run",
                "-a",
                "sit-bone-sitting",
                "=")
            .directory(dir.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", IMAGE.tools.toString());
    pb.environment().put("HOME", dir.toString());
    assertEquals("yes\nno\nnot-sure\n", quietly(pb));
  }

  /** What the process prints, once it has exited 0 with nothing on standard error. */
  private static String quietly(ProcessBuilder pb) throws Exception {
    Process p = pb.start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> err = Tools.readAll(p.getErrorStream());
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String errText = new String(err.get(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), errText);
    assertEquals("", errText);
    return out;
  }

  /**
   * The documents that --help and messages name are in the image where they say, as in the source
   * tree; the example questionnaire there passes the image's own validate and test.
   */
  @Test
  void holdsTheDocumentsItsMessagesPointAt() throws IOException {
    String named = Docs.QUESTIONNAIRE_FORMAT;
    Path doc = IMAGE.home.resolve(named.replaceFirst(".* \\((\\S+) in a release\\)$", "$1"));
    assertEquals(IMAGE.home.resolve("share/doc/triage"), doc, named);
    assertTrue(Files.isRegularFile(doc.resolve(named.substring(0, named.indexOf(' ')))), named);
    List<Path> sources = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(sources::add);
    }
    sources.add(Path.of("questionnaires/example.yaml"));
    sources.add(Path.of("questionnaires/example.cases.yaml"));
    for (Path source : sources) {
      assertEquals(
          Files.readString(source),
          Files.readString(doc.resolve(source.toString())),
          source.toString());
    }
    PackagedImage.Run validated =
        IMAGE.run(dir, "validate", doc.resolve("questionnaires/example.yaml").toString());
    assertEquals(0, validated.exitCode(), validated.err());
    PackagedImage.Run tested =
        IMAGE.run(dir, "test", doc.resolve("questionnaires/example.cases.yaml").toString());
    assertEquals(0, tested.exitCode(), tested.out() + tested.err());
  }

  @Test
  void holdsEveryManPageTheBuildWroteAndManReadsThem() throws Exception {
    Path pages = IMAGE.home.resolve("share/man/man1");
    try (Stream<Path> built = Files.list(Path.of("target/man"))) {
      for (Path page : built.toList()) {
        assertEquals(
            Files.readString(page),
            Files.readString(pages.resolve(page.getFileName())),
            page.toString());
      }
    }
    Tools.require(
        Files.isExecutable(Path.of("/usr/bin/man")),
        "man (man-db)",
        "install it: apt-get install man-db");
    ProcessBuilder pb = new ProcessBuilder("man", "-l", pages.resolve("triage.1").toString());
    pb.environment()
        .putAll(Map.of("MANWIDTH", "80", "MANPAGER", "cat", "PAGER", "cat", "LC_ALL", "C.UTF-8"));
    String out = quietly(pb);
    assertTrue(out.startsWith("TRIAGE(1)"), out);
    assertTrue(
        out.contains("\nSYNOPSIS\n       triage [-hV] [--no-color] [--stacktrace] [COMMAND]\n"),
        out);
  }

  @Test
  void theArchiveMadeAtPackageTimeServesTheProgramsClasses() throws IOException {
    Path log = dir.resolve("classes.log");
    PackagedImage.Run r =
        IMAGE.run(
            IMAGE.home,
            dir,
            Map.of("TRIAGE_JAVA_OPTS", "-Xlog:class+load:file=" + log),
            scripted());
    assertEquals(result, r.out(), r.err());
    String main =
        Files.readAllLines(log).stream()
            .filter(l -> l.contains(" dev.triage.cli.Main "))
            .findFirst()
            .orElseThrow();
    assertTrue(main.endsWith("source: shared objects file"), main);
  }

  /**
   * Every file under {@code dir} with its size and time, to tell whether anything was written
   * there.
   */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.map(f -> f + " " + f.toFile().length() + " " + f.toFile().lastModified())
          .sorted()
          .toList();
    }
  }

  /**
   * Issue 9, items 14 and 7: nothing is trained, locked or written when a person runs triage (the
   * old launcher trained a cache on the first run, and the questionnaire cache left *.tmp files
   * behind).
   */
  @Test
  void runsWriteNothingInTheImageTheWorkingDirectoryOrHome() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path work = Files.createDirectories(dir.resolve("work"));
    List<String> before = new ArrayList<>(files(IMAGE.home));
    before.addAll(files(dir));
    Map<String, String> env = Map.of("HOME", home.toString());
    assertScriptedResult(IMAGE.run(IMAGE.home, work, env, scripted()));
    assertEquals(0, IMAGE.run(IMAGE.home, work, env, "validate", "posterior-thigh").exitCode());
    assertEquals(0, IMAGE.run(IMAGE.home, work, env, "--version").exitCode());
    List<String> after = new ArrayList<>(files(IMAGE.home));
    after.addAll(files(dir));
    assertEquals(before, after);
  }

  /**
   * Issue 9, item 13: a questionnaire cache named in the environment was trusted by CRC-32; none is
   * read or kept.
   */
  @Test
  void aQuestionnaireCacheNamedInTheEnvironmentIsNeitherReadNorWritten() throws IOException {
    Path cache = Files.createDirectories(dir.resolve("cache"));
    Files.writeString(cache.resolve("0-0.questionnaire"), "not a questionnaire");
    List<String> before = files(cache);
    assertScriptedResult(
        IMAGE.run(
            IMAGE.home, dir, Map.of("TRIAGE_QUESTIONNAIRE_CACHE", cache.toString()), scripted()));
    assertEquals(before, files(cache));
  }

  /**
   * The archive bin/triage hands the JVM when not at a terminal: an AOT cache (JDK 25+) or an
   * AppCDS archive.
   */
  private static Path archive(Path image) {
    Path aot = image.resolve("lib/triage.aot");
    return Files.exists(aot) ? aot : image.resolve("lib/triage.jsa");
  }

  /**
   * Damages a copy's archive, runs the scripted run on it and checks it is only as if there were no
   * archive.
   */
  private void assertDamageOnlySlows(Damage damage) throws IOException {
    Path copy = IMAGE.copy(dir);
    Path archive = archive(copy);
    var made = Files.getLastModifiedTime(archive);
    assertTrue(archive.toFile().setWritable(true));
    damage.to(archive);
    if (damage.keepsTime()) {
      Files.setLastModifiedTime(
          archive, made); // as a copy that keeps times (cp -p, tar) would bring it
    }
    assertScriptedResult(IMAGE.run(copy, dir, Map.of(), scripted()));
    for (Path where : List.of(dir, copy)) {
      try (Stream<Path> files = Files.list(where)) {
        assertEquals(
            List.of(), files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList());
      }
    }
  }

  /** Something done to an archive after it was made. */
  private interface Damage {
    void to(Path archive) throws IOException;

    default boolean keepsTime() {
      return true;
    }
  }

  /** Issue 9, item 6: JDK 17 died of SIGBUS on a truncated archive, leaving an hs_err file. */
  @Test
  void aTruncatedArchiveOnlySlowsTheRun() throws IOException {
    assertDamageOnlySlows(
        archive -> {
          try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            f.setLength(f.length() / 2);
          }
        });
  }

  @Test
  void anEmptyArchiveOnlySlowsTheRun() throws IOException {
    assertDamageOnlySlows(archive -> Files.write(archive, new byte[0]));
  }

  @Test
  void anArchiveOverwrittenInTheMiddleOnlySlowsTheRun() throws IOException {
    assertDamageOnlySlows(
        new Damage() {
          @Override
          public void to(Path archive) throws IOException {
            try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
              f.seek(f.length() / 3);
              f.write(new byte[64 * 1024]);
            }
          }

          @Override
          public boolean keepsTime() {
            return false; // the JVM cannot tell such an archive from a good one: bin/triage must,
            // by its time
          }
        });
  }

  @Test
  void anotherRuntimesArchiveOnlySlowsTheRun() throws IOException {
    List<Path> foreign = new ArrayList<>();
    try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
      jdks.map(j -> j.resolve("lib/server/classes.jsa"))
          .filter(Files::isRegularFile)
          .forEach(foreign::add);
    }
    foreign.add(Path.of(System.getProperty("java.home"), "lib/server/classes.jsa"));
    for (Path other : foreign.stream().filter(Files::isRegularFile).distinct().toList()) {
      assertDamageOnlySlows(
          archive -> Files.copy(other, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
      deleteCopy();
    }
  }

  private void deleteCopy() throws IOException {
    FileTrees.delete(dir.resolve("image-copy"));
  }

  @Test
  void theJarHoldsNoBuildTimeCode() throws IOException {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin/jar").toString(),
                "--list",
                "--file",
                "target/triage.jar")
            .start();
    List<String> entries = new String(p.getInputStream().readAllBytes()).lines().toList();
    assertTrue(entries.contains("dev/triage/cli/Main.class"), "no jar listing?");
    for (String buildOnly :
        List.of(
            "dev/triage/cli/SpecGenerator.class",
            "dev/triage/launch/ModelWriter.class",
            "dev/triage/launch/Training.class",
            "dev/triage/launch/PrebuildQuestionnaires.class")) {
      assertFalse(entries.contains(buildOnly), buildOnly + " is in the jar");
    }
  }

  /**
   * The module descriptor (src/image/module-info.java) reads exactly the JDK modules the code
   * refers to, and those reached only by reflection, which jdeps cannot see: without
   * jdk.unsupported JLine cannot catch Ctrl-C.
   */
  @Test
  void theModuleReadsTheJdkModulesJdepsFinds() throws IOException {
    Path jar = Path.of("target/triage.jar");
    Path plain =
        withoutDescriptor(
            jar, dir.resolve("plain.jar")); // jdeps reads a module's descriptor, not its code
    StringWriter out = new StringWriter();
    int code =
        ToolProvider.findFirst("jdeps")
            .orElseThrow()
            .run(
                new PrintWriter(out),
                new PrintWriter(out),
                "--multi-release",
                "17",
                "--list-deps",
                "--ignore-missing-deps",
                plain.toString());
    assertEquals(0, code, out.toString());
    Set<String> found = new TreeSet<>(out.toString().lines().map(String::strip).toList());
    found.remove("java.base");
    found.add("jdk.unsupported");
    ModuleDescriptor module = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
    Set<String> required = new TreeSet<>();
    module.requires().stream()
        .map(ModuleDescriptor.Requires::name)
        .filter(n -> !n.equals("java.base"))
        .forEach(required::add);
    assertEquals(found, required);
    assertEquals("dev.triage", module.name());
  }

  private static Path withoutDescriptor(Path jar, Path copy) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.getName().equals("module-info.class")) {
          out.putNextEntry(new ZipEntry(e.getName()));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
    return copy;
  }
}
