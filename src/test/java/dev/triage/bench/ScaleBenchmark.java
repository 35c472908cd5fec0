package dev.triage.bench;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.Severity;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.load.SafeYaml;
import dev.triage.load.SourceFiles;
import dev.triage.load.YamlNode;
import dev.triage.validate.Validator;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scale benchmark (run it with {@code bench/scale.sh}): generates valid questionnaires of 1,000, 10,000 and
 * 100,000 nodes, then for each size starts several fresh JVMs, each loading and validating the file once, as
 * {@code triage validate} does, and prints the median parse, load and validate times, collector time, whole-process
 * time, peak heap and peak resident memory. Fresh JVMs, because a command-line tool always runs cold.
 */
public final class ScaleBenchmark {
  private static final int[] SIZES = {1_000, 10_000, 100_000};
  private static final int RUNS = 5;

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--measure")) {
      System.out.println(measure(Path.of(args[1])));
      return;
    }
    if (args.length == 2 && args[0].equals("--measure-parse")) {
      System.out.println(measureParse(Path.of(args[1])));
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : RUNS;
    System.out.println(Machine.describe());
    System.out.printf(Locale.ROOT, "%-7s %8s %8s %8s %8s %8s %8s %8s %8s %8s%n", "nodes", "file MiB", "parse ms",
        "load ms", "valid ms", "GC ms", "total ms", "CPU ms", "heap MiB", "RSS MiB");
    Path dir = Files.createTempDirectory("triage-scale");
    try {
      for (int nodes : SIZES) {
        Path file = dir.resolve("scale-" + nodes + ".yaml");
        Files.writeString(file, QuestionnaireYaml.write(ScaleQuestionnaire.generate(nodes, 1)), StandardCharsets.UTF_8);
        List<double[]> loads = new ArrayList<>();
        List<double[]> parses = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
          loads.add(child("--measure", file));
          parses.add(child("--measure-parse", file));
        }
        System.out.printf(Locale.ROOT, "%-7d %8.1f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f%n", nodes,
            Files.size(file) / 1048576.0, median(parses, 0), median(loads, 0), median(loads, 1), median(loads, 4),
            median(loads, 6), median(loads, 5), median(loads, 2), median(loads, 3));
        Files.delete(file);
      }
    } finally {
      Files.deleteIfExists(dir);
    }
    System.out.println("Medians of " + runs + " fresh JVMs per size. parse = read and parse the YAML into a tree"
        + " (its own JVMs); load = read, parse and map to the model; GC = collector time during load and validate;"
        + " total = JVM start to exit, as the parent saw it; CPU = the process's processor time, all threads; heap = sum of the heap pools' peaks; RSS = peak resident"
        + " memory (VmHWM).");
  }

  /** Runs one measurement in a fresh JVM; returns its figures followed by the process's wall time in ms. */
  private static double[] child(String mode, Path file) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-X") && !a.startsWith("-Xlog")).toList());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleBenchmark.class.getName(), mode,
        file.toString()));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    int exit = p.waitFor();
    double wall = (System.nanoTime() - start) / 1e6;
    if (exit != 0 || !output.startsWith("ok ")) {
      throw new IllegalStateException("measurement failed (exit " + exit + "): " + output);
    }
    double[] figures = Arrays.stream(output.substring(3).split(" ")).mapToDouble(Double::parseDouble).toArray();
    double[] all = Arrays.copyOf(figures, figures.length + 1);
    all[figures.length] = wall;
    return all;
  }

  /** Reads and parses once into the loader's YAML tree; prints {@code ok PARSE_MS}. */
  private static String measureParse(Path file) throws Exception {
    long t0 = System.nanoTime();
    YamlNode tree = SafeYaml.parse(SourceFiles.read(file, file.getFileName().toString()));
    long t1 = System.nanoTime();
    return String.format(Locale.ROOT, "ok %.1f %d", (t1 - t0) / 1e6, tree.hashCode() & 1);
  }

  /**
   * Loads and validates once in this JVM; prints {@code ok LOAD_MS VALIDATE_MS HEAP_MIB RSS_MIB GC_MS CPU_MS}, where
   * CPU is the whole process's processor time so far (every thread, JVM start-up included).
   */
  private static String measure(Path file) throws Exception {
    long t0 = System.nanoTime();
    Loaded loaded = QuestionnaireLoader.load(file, file.getFileName().toString());
    long t1 = System.nanoTime();
    List<Diagnostic> found = Validator.validate(loaded.questionnaire(), file.getFileName().toString());
    long t2 = System.nanoTime();
    if (!found.isEmpty()) {
      return "the generated questionnaire is not clean: " + found.get(0).headline() + " (" + found.size()
          + " diagnostics, " + found.stream().filter(d -> d.severity() == Severity.ERROR).count() + " errors)";
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
    return String.format(Locale.ROOT, "ok %.1f %.1f %.1f %.1f %d %.1f", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
        heap / 1048576.0, Machine.peakResidentBytes() / 1048576.0, gc, Machine.processCpuNanos() / 1e6);
  }

  private static double median(List<double[]> results, int column) {
    double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
