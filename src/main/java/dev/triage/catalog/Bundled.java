package dev.triage.catalog;

import dev.triage.diag.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The questionnaires built into the jar under {@code /questionnaires/}. They are listed by reading
 * the jar (or the classes directory in a build) itself rather than an index file, so the list
 * cannot go stale.
 */
public final class Bundled {
  static final String DIR = "questionnaires";
  private static final String SUFFIX = ".yaml";

  private Bundled() {}

  /** The names of the bundled questionnaires (file names without .yaml), sorted. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    CodeSource code = Bundled.class.getProtectionDomain().getCodeSource();
    if (code == null) {
      return List
          .of(); // an unusual class loader with nothing to list: nothing bundled can be found
    }
    try {
      Path home = Path.of(code.getLocation().toURI());
      if (Files.isDirectory(home)) {
        Path dir = home.resolve(DIR);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).forEach(f -> add(names, f));
          }
        }
      } else {
        try (ZipFile jar = new ZipFile(home.toFile())) {
          for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String entry = e.nextElement().getName();
            if (entry.startsWith(DIR + "/") && entry.indexOf('/', DIR.length() + 1) < 0) {
              add(names, entry.substring(DIR.length() + 1));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the bundled questionnaires", e);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return List.of(); // loaded from somewhere that is not a file: nothing bundled can be listed
    }
    names.sort(null);
    return List.copyOf(names);
  }

  private static void add(List<String> names, String file) {
    if (file.endsWith(SUFFIX) && !file.endsWith(".cases" + SUFFIX)) {
      names.add(file.substring(0, file.length() - SUFFIX.length()));
    }
  }

  /** How a bundled questionnaire is named in diagnostics. */
  static String displayName(String name) {
    return "bundled/" + name + SUFFIX;
  }

  /**
   * The text of a bundled questionnaire, if there is one by this name; {@code name} is a checked
   * id.
   */
  public static Optional<SourceText> read(String name) {
    try (InputStream in = Bundled.class.getResourceAsStream("/" + DIR + "/" + name + SUFFIX)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(
          new SourceText(displayName(name), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled questionnaire " + name, e);
    }
  }
}
