package dev.triage.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The JDKs on this machine the launcher can run on: the one running the tests, and each other one in /usr/lib/jvm. */
final class Jdks {
  /** One JDK: its home and its exact runtime version, as its release file states them. */
  record Jdk(Path home, String version, int feature) {
    @Override
    public String toString() {
      return "JDK " + version;
    }
  }

  private Jdks() {}

  static List<Jdk> all() {
    Map<Path, Jdk> found = new LinkedHashMap<>();
    Stream.Builder<Path> homes = Stream.builder();
    homes.add(Path.of(System.getProperty("java.home")));
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> dirs = Files.list(jvms)) {
        dirs.sorted().forEach(homes::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    homes.build().forEach(home -> read(home).ifPresent(jdk -> found.putIfAbsent(real(home), jdk)));
    return List.copyOf(found.values());
  }

  private static Optional<Jdk> read(Path home) {
    Path release = home.resolve("release");
    if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
      return Optional.empty();
    }
    try {
      String version = null;
      String runtime = null;
      for (String line : Files.readAllLines(release)) {
        if (line.startsWith("JAVA_VERSION=")) {
          version = line.substring(line.indexOf('=') + 1).replace("\"", "");
        } else if (line.startsWith("JAVA_RUNTIME_VERSION=")) {
          runtime = line.substring(line.indexOf('=') + 1).replace("\"", "");
        }
      }
      if (version == null || runtime == null) {
        return Optional.empty();
      }
      int feature = Integer.parseInt(version.split("[.+-]")[0]);
      return feature >= 17 ? Optional.of(new Jdk(home, runtime, feature)) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }
}
