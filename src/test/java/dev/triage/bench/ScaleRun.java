package dev.triage.bench;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.Severity;
import dev.triage.load.Loaded;
import dev.triage.load.ParseFloor;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.load.SafeYaml;
import dev.triage.load.SourceFiles;
import dev.triage.load.YamlNode;
import dev.triage.validate.Validator;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One measurement of the scale benchmark, in the fresh JVM that {@link ScaleBenchmark} starts for
 * it. Prints {@code ok} and its figures on one line, or what went wrong.
 */
final class ScaleRun {
  /** What a run measures. */
  enum Mode {
    /**
     * Read the file and run SnakeYAML's parser over it, building nothing: the floor under loading.
     */
    FLOOR,
    /** Read the file and parse it into the loader's YAML tree. */
    PARSE,
    /** Load the questionnaire and validate it, as {@code triage validate} does. */
    LOAD
  }

  private ScaleRun() {}

  static String measure(Mode mode, Path file) throws Exception {
    String name = file.getFileName().toString();
    long t0 = System.nanoTime();
    switch (mode) {
      case FLOOR -> {
        long events = ParseFloor.events(SourceFiles.read(file, name));
        return String.format(Locale.ROOT, "ok %.1f %d", ms(t0), events);
      }
      case PARSE -> {
        YamlNode tree = SafeYaml.parse(SourceFiles.read(file, name));
        return String.format(Locale.ROOT, "ok %.1f %d", ms(t0), tree.pos().line());
      }
      default -> {
        return loadAndValidate(file, name, t0);
      }
    }
  }

  /**
   * Prints {@code ok LOAD_MS VALIDATE_MS HEAP_MIB RSS_MIB GC_MS CPU_MS}, where CPU is the whole
   * process's processor time so far (every thread, JVM start-up included).
   */
  private static String loadAndValidate(Path file, String name, long t0) throws Exception {
    Loaded loaded = QuestionnaireLoader.load(file, name);
    double load = ms(t0);
    long t1 = System.nanoTime();
    List<Diagnostic> found = Validator.validate(loaded.questionnaire(), name);
    double validate = ms(t1);
    if (!found.isEmpty()) {
      return "the generated questionnaire is not clean: "
          + found.get(0).headline()
          + " ("
          + found.size()
          + " diagnostics, "
          + found.stream().filter(d -> d.severity() == Severity.ERROR).count()
          + " errors)";
    }
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    long gc = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, collector.getCollectionTime());
    }
    return String.format(
        Locale.ROOT,
        "ok %.1f %.1f %.1f %.1f %d %.1f",
        load,
        validate,
        heap / 1048576.0,
        Machine.peakResidentBytes() / 1048576.0,
        gc,
        Machine.processCpuNanos() / 1e6);
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }
}
