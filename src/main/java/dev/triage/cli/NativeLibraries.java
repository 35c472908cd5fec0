package dev.triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Copies the native terminal libraries the jar carries (JLine's, for every platform) into a directory once, so the
 * launcher can point JLine at them ({@code -Dlibrary.jline.path}) instead of JLine extracting one to a temporary file
 * and reading it back on every interactive run. Names no JLine type: only the console may.
 */
final class NativeLibraries {
  static final String PREFIX = "org/jline/nativ/";

  private NativeLibraries() {}

  /** Copies them into {@code target} through a temporary directory renamed into place; does nothing if it exists. */
  static void copy(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      return;
    }
    CodeSource code = NativeLibraries.class.getProtectionDomain().getCodeSource();
    Path jar;
    try {
      jar = Path.of(code.getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return; // not running from a jar on disk: JLine extracts as usual
    }
    if (!Files.isRegularFile(jar)) {
      return;
    }
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempDirectory(target.getParent(), target.getFileName() + ".");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String name = entry.getName();
        if (name.startsWith(PREFIX) && !entry.isDirectory() && !name.endsWith(".class") && !name.contains("..")) {
          Path file = tmp.resolve(name.substring(PREFIX.length()));
          Files.createDirectories(file.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, file);
          }
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target);
      }
    } finally {
      if (Files.exists(tmp)) {
        try (Stream<Path> files = Files.walk(tmp)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
