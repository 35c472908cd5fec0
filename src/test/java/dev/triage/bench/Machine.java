package dev.triage.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a benchmark ran on, read from the JVM and /proc, so recorded figures say where they came
 * from.
 */
final class Machine {
  private Machine() {}

  static String describe() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "machine: %s, %d cores, %s; load average %s%nJDK: %s %s (%s), max heap %d MiB",
        cpu(),
        rt.availableProcessors(),
        memory(),
        loadAverage(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        rt.maxMemory() >> 20);
  }

  /** The most memory this process has had resident (VmHWM), or -1 where /proc is not available. */
  static long peakResidentBytes() {
    for (String line : lines("/proc/self/status")) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }

  /** Processor time used by this whole process (every thread), or -1 where the JVM cannot tell. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static String cpu() {
    return lines("/proc/cpuinfo").stream()
        .filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim())
        .findFirst()
        .orElse(System.getProperty("os.arch"));
  }

  private static String memory() {
    return lines("/proc/meminfo").stream()
        .filter(l -> l.startsWith("MemTotal:"))
        .map(l -> (Long.parseLong(l.replaceAll("[^0-9]", "")) >> 20) + " GiB RAM")
        .findFirst()
        .orElse("unknown RAM");
  }

  private static String loadAverage() {
    List<String> l = lines("/proc/loadavg");
    return l.isEmpty() ? "unknown" : String.join(" ", List.of(l.get(0).split(" ")).subList(0, 3));
  }

  private static List<String> lines(String path) {
    try {
      return Files.readAllLines(Path.of(path));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
