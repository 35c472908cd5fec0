package dev.triage.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scale benchmark (run it with {@code bench/scale.sh}): generates valid questionnaires of
 * 1,000, 10,000 and 100,000 nodes, then for each size and each set of JVM options starts several
 * fresh JVMs, each loading and validating the file once, as {@code triage validate} does, and
 * prints the median times of SnakeYAML's parser alone, of parsing, loading and validating,
 * collector time, whole-process time, peak heap and peak resident memory. Fresh JVMs, because a
 * command-line tool always runs cold.
 *
 * <p>JVM options: "defaults" adds none; "launcher" adds those that {@code ./triage} passes (the
 * system property {@code bench.launcher}, which bench/scale.sh reads from the launcher);
 * "launcher+C2" the same without limiting the JIT to C1, to show what that limit costs a large
 * file. Class-data sharing is left out: it saves start-up time only.
 */
public final class ScaleBenchmark {
  private static final int[] SIZES = {1_000, 10_000, 100_000};
  private static final int RUNS = 5;

  /** A row's JVM options, added to every measuring JVM of the row. */
  private record Jvm(String name, List<String> options) {}

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].startsWith("--measure-")) {
      ScaleRun.Mode mode =
          ScaleRun.Mode.valueOf(args[0].substring("--measure-".length()).toUpperCase(Locale.ROOT));
      System.out.println(ScaleRun.measure(mode, Path.of(args[1])));
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : RUNS;
    List<Jvm> jvms = jvms();
    System.out.println(Machine.describe());
    jvms.forEach(
        j ->
            System.out.println(
                "JVM options "
                    + j.name()
                    + ": "
                    + (j.options().isEmpty() ? "(none)" : String.join(" ", j.options()))));
    System.out.printf(
        Locale.ROOT,
        "%-7s %-11s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s%n",
        "nodes",
        "JVM",
        "file MiB",
        "floor ms",
        "parse ms",
        "load ms",
        "valid ms",
        "GC ms",
        "total ms",
        "CPU ms",
        "heap MiB",
        "RSS MiB");
    Path dir = Files.createTempDirectory("triage-scale");
    try {
      for (int nodes : SIZES) {
        Path file = dir.resolve("scale-" + nodes + ".yaml");
        Files.writeString(
            file,
            QuestionnaireYaml.write(ScaleQuestionnaire.generate(nodes, 1)),
            StandardCharsets.UTF_8);
        for (Jvm jvm : jvms) {
          printRow(nodes, jvm, file, runs);
        }
        Files.delete(file);
      }
    } finally {
      Files.deleteIfExists(dir);
    }
    System.out.println(
        "Medians of "
            + runs
            + " fresh JVMs per row and column. floor = read the file and run"
            + " SnakeYAML's parser over it, building nothing (its own JVMs); parse = read and parse into the loader's tree"
            + " (its own JVMs); load = read, parse and map to the model; GC = collector time during load and validate;"
            + " total = JVM start to exit, as the parent saw it; CPU = the process's processor time, all threads; heap ="
            + " sum of the heap pools' peaks; RSS = peak resident memory (VmHWM).");
  }

  private static void printRow(int nodes, Jvm jvm, Path file, int runs)
      throws IOException, InterruptedException {
    List<double[]> floors = new ArrayList<>();
    List<double[]> parses = new ArrayList<>();
    List<double[]> loads = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      floors.add(child(jvm, "--measure-floor", file));
      parses.add(child(jvm, "--measure-parse", file));
      loads.add(child(jvm, "--measure-load", file));
    }
    System.out.printf(
        Locale.ROOT,
        "%-7d %-11s %8.1f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f%n",
        nodes,
        jvm.name(),
        Files.size(file) / 1048576.0,
        median(floors, 0),
        median(parses, 0),
        median(loads, 0),
        median(loads, 1),
        median(loads, 4),
        median(loads, 6),
        median(loads, 5),
        median(loads, 2),
        median(loads, 3));
  }

  private static List<Jvm> jvms() {
    List<Jvm> jvms = new ArrayList<>(List.of(new Jvm("defaults", List.of())));
    String launcher = System.getProperty("bench.launcher", "").trim();
    if (!launcher.isEmpty()) {
      List<String> options = List.of(launcher.split("\\s+"));
      jvms.add(new Jvm("launcher", options));
      jvms.add(
          new Jvm(
              "launcher+C2",
              options.stream()
                  .filter(
                      o ->
                          !o.startsWith("-XX:TieredStopAtLevel=")
                              && !o.startsWith("-XX:CICompilerCount="))
                  .toList()));
    }
    return jvms;
  }

  /**
   * Runs one measurement in a fresh JVM; returns its figures followed by the process's wall time in
   * ms.
   */
  private static double[] child(Jvm jvm, String mode, Path file)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-X") && !a.startsWith("-Xlog"))
            .toList());
    command.addAll(jvm.options());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            ScaleBenchmark.class.getName(),
            mode,
            file.toString()));
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    int exit = p.waitFor();
    double wall = (System.nanoTime() - start) / 1e6;
    if (exit != 0 || !output.startsWith("ok ")) {
      throw new IllegalStateException("measurement failed (exit " + exit + "): " + output);
    }
    double[] figures =
        Arrays.stream(output.substring(3).split(" ")).mapToDouble(Double::parseDouble).toArray();
    double[] all = Arrays.copyOf(figures, figures.length + 1);
    all[figures.length] = wall;
    return all;
  }

  private static double median(List<double[]> results, int column) {
    double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }
}
