package dev.triage.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The release tarball of this build ({@code target/triage-VERSION-linux-x64.tar.gz}) unpacked in a
 * temporary directory, run as a person who installed it would: by its {@code bin/triage}, with no
 * JAVA_HOME and a PATH that holds every tool of /usr/bin and /bin but those of a JDK.
 */
public final class PackagedImage {
  /** What one run printed and returned. */
  public record Run(int exitCode, String out, String err) {}

  private static PackagedImage unpacked;

  /** The unpacked image's home directory, {@code triage-VERSION}. */
  public final Path home;

  /** A directory holding only the tools bin/triage uses: the PATH its runs get. */
  public final Path tools;

  private PackagedImage(Path home, Path tools) {
    this.home = home;
    this.tools = tools;
  }

  /**
   * The tarball, unpacked once for all tests in this JVM (into a directory removed when the JVM
   * exits).
   */
  public static synchronized PackagedImage get() {
    if (unpacked == null) {
      try {
        Path dir = Files.createTempDirectory("triage-image-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Path tarball = tarball();
        run(List.of("tar", "-xzf", tarball.toString(), "-C", dir.toString()));
        Path home;
        try (Stream<Path> entries = Files.list(dir)) {
          home = entries.findFirst().orElseThrow();
        }
        unpacked =
            new PackagedImage(
                home, toolsWithoutJava(Files.createDirectories(dir.resolve("tools"))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return unpacked;
  }

  /** Links in {@code tools} to each command of /usr/bin and /bin that is not part of a JDK. */
  private static Path toolsWithoutJava(Path tools) throws IOException {
    for (String dir : List.of("/usr/bin", "/bin")) {
      try (Stream<Path> commands = Files.list(Path.of(dir))) {
        for (Path command : commands.toList()) {
          Path link = tools.resolve(command.getFileName());
          if (Files.isExecutable(command)
              && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)
              && !command.toRealPath().startsWith("/usr/lib/jvm")) {
            Files.createSymbolicLink(link, command);
          }
        }
      }
    }
    return tools;
  }

  /** The one tarball the build made. */
  static Path tarball() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      List<Path> found =
          files
              .filter(f -> f.getFileName().toString().matches("triage-.*-linux-x64\\.tar\\.gz"))
              .toList();
      assertEquals(
          1, found.size(), "the build made no single release tarball in target/: " + found);
      return found.get(0).toAbsolutePath();
    }
  }

  /**
   * A shell command line that runs this image's bin/triage with no Java on the PATH, for a terminal
   * test.
   */
  public String command() {
    return "env -u JAVA_HOME PATH='" + tools + "' '" + home.resolve("bin/triage") + "'";
  }

  /** Runs {@code bin/triage args} in {@code workDir} with nothing on standard input. */
  public Run run(Path workDir, String... args) {
    return run(home, workDir, Map.of(), args);
  }

  /**
   * Runs the bin/triage of the image at {@code image} (a copy, say), with {@code env} added to the
   * plain one.
   */
  public Run run(Path image, Path workDir, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(image.resolve("bin/triage").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", tools.toString());
    pb.environment().put("HOME", workDir.toString());
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      try (InputStream out = p.getInputStream();
          InputStream err = p.getErrorStream()) {
        CompletableFuture<String> errText = CompletableFuture.supplyAsync(() -> readAll(err));
        String outText = readAll(out);
        return new Run(p.waitFor(), outText, errText.get());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A writable copy of the image, times kept (as {@code cp -a}), to damage. */
  public Path copy(Path dir) {
    Path copy = dir.resolve("image-copy");
    run(List.of("cp", "-a", home.toString(), copy.toString()));
    return copy;
  }

  private static void run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = readAll(p.getInputStream());
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) {
    try {
      FileTrees.delete(dir);
    } catch (IOException e) {
      // The JVM is ending; a temporary directory left behind is the system's to clear.
    }
  }

  private static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
