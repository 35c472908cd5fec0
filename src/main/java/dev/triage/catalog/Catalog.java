package dev.triage.catalog;

import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.diag.TriageException;
import dev.triage.load.SourceFiles;
import dev.triage.model.Ids;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a questionnaire from what the user typed after {@code -q}: a path (it has a slash or ends
 * in .yaml), or a name looked up in {@code ./questionnaires/} and then among the bundled ones; and
 * lists those a name can find.
 */
public final class Catalog {
  /** The questionnaire run when no -q is given. */
  public static final String DEFAULT = "posterior-thigh";

  /** Where names are looked up first, relative to the working directory. */
  public static final String LOCAL_DIR = "questionnaires";

  private final Path workDir;

  /**
   * @param workDir the directory relative paths and {@code ./questionnaires/} are resolved against
   */
  public Catalog(Path workDir) {
    this.workDir = workDir;
  }

  /**
   * One questionnaire that can be named: where it is, and whether a local one of the same name
   * hides it.
   */
  public record Entry(String name, String where, Optional<Path> file, boolean hidden) {}

  /** The questionnaires in ./questionnaires/ (sorted), then the bundled ones (sorted). */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    List<String> local = localNames();
    for (String name : local) {
      entries.add(
          new Entry(
              name, "./" + LOCAL_DIR + "/" + name + ".yaml", Optional.of(localFile(name)), false));
    }
    for (String name : Bundled.names()) {
      entries.add(new Entry(name, "bundled", Optional.empty(), local.contains(name)));
    }
    return entries;
  }

  /** Whether the text after -q is a path rather than a name. */
  public static boolean isPath(String given) {
    return given.contains("/")
        || given.contains(File.separator)
        || given.endsWith(".yaml")
        || given.endsWith(".yml");
  }

  /** The text of the questionnaire the user named, relative paths against the working directory. */
  public SourceText find(String given) throws QuestionnaireException {
    if (isPath(given)) {
      return SourceFiles.read(workDir.resolve(given), given);
    }
    return byName(given).orElseThrow(() -> unknown(given));
  }

  /**
   * The text of the questionnaire a replayed report names: by id only, looked up as a name and
   * never read as a path, because the report is someone else's file.
   *
   * @param report the report's file name as the user gave it, for the message when there is no such
   *     questionnaire
   */
  public SourceText findNamedBy(String id, String report) throws QuestionnaireException {
    if (!Ids.isId(id)) {
      throw new IllegalArgumentException(
          "not a questionnaire id: " + id); // AnswerFile checks it as it reads it
    }
    return byName(id)
        .orElseThrow(
            () ->
                TriageException.input(
                    report
                        + " was made with questionnaire '"
                        + id
                        + "', which is neither in ./"
                        + LOCAL_DIR
                        + "/ nor bundled; give it with -q NAME|PATH"));
  }

  /**
   * The text of the questionnaire a case file names: a path relative to the case file's directory,
   * or a name looked up beside the case file first.
   */
  public SourceText findBeside(Path caseDir, String given) throws QuestionnaireException {
    if (isPath(given)) {
      Path p = caseDir.resolve(given);
      return SourceFiles.read(p, display(p));
    }
    Path beside = caseDir.resolve(given + ".yaml");
    if (Ids.isId(given) && Files.isRegularFile(beside)) {
      return SourceFiles.read(beside, display(beside));
    }
    return byName(given).orElseThrow(() -> unknown(given));
  }

  /**
   * Whether a questionnaire in ./questionnaires/ is the bundled one of its name, byte for byte (as
   * in a clone of the source, whose ./questionnaires/ the bundled ones are built from), so a list
   * need not show it twice.
   */
  public boolean sameAsBundled(Entry local) throws QuestionnaireException {
    if (local.file().isEmpty()) {
      return false;
    }
    Optional<SourceText> bundled = Bundled.read(local.name());
    return bundled.isPresent() && bundled.get().text().equals(read(local).text());
  }

  /** The text of a listed questionnaire. */
  public SourceText read(Entry entry) throws QuestionnaireException {
    return entry.file().isPresent()
        ? SourceFiles.read(entry.file().get(), entry.where())
        : Bundled.read(entry.name()).orElseThrow();
  }

  private Optional<SourceText> byName(String name) throws QuestionnaireException {
    if (!Ids.isId(name)) {
      return Optional.empty();
    }
    Path local = localFile(name);
    if (Files.isRegularFile(local)) {
      return Optional.of(SourceFiles.read(local, LOCAL_DIR + "/" + name + ".yaml"));
    }
    return Bundled.read(name);
  }

  private TriageException unknown(String name) {
    List<String> names = entries().stream().map(Entry::name).distinct().sorted().toList();
    String available =
        names.isEmpty() ? "none is available" : "available: " + String.join(", ", names);
    if (name.equals(DEFAULT)) {
      return TriageException.input(
          "the default questionnaire '"
              + DEFAULT
              + "' is not in ./"
              + LOCAL_DIR
              + "/ nor bundled; give one with -q NAME|PATH ("
              + available
              + ")");
    }
    return TriageException.usage(
        "no questionnaire named '"
            + name
            + "'; "
            + available
            + " (see 'triage list'); to use a file, give its path, such as ./"
            + name
            + ".yaml");
  }

  private Path localFile(String name) {
    return workDir.resolve(LOCAL_DIR).resolve(name + ".yaml");
  }

  private List<String> localNames() {
    Path dir = workDir.resolve(LOCAL_DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      // Only regular files: a named pipe planted there would make every command that lists the
      // folder wait forever.
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".yaml") && !f.endsWith(".cases.yaml"))
          .map(f -> f.substring(0, f.length() - ".yaml".length()))
          .filter(Ids::isId)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new TriageException(
          TriageException.Kind.INPUT,
          "cannot list ./" + LOCAL_DIR + "/ (" + e.getMessage() + "); check its permissions",
          e);
    }
  }

  /** A path as short as it can be said: relative to the working directory when it is inside it. */
  private String display(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path work = workDir.toAbsolutePath().normalize();
    return abs.startsWith(work) ? work.relativize(abs).toString() : abs.toString();
  }
}
