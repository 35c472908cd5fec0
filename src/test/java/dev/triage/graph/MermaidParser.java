package dev.triage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Mermaid itself, for the tests: {@code mermaid.parse} and Mermaid's flowchart parser, run under
 * Node.js with jsdom by target/mermaid/parse.mjs (installed by the build from src/test/mermaid,
 * versions pinned in its lock file).
 */
public final class MermaidParser {
  static final Path HOME = Path.of("target", "mermaid");

  private MermaidParser() {}

  /** Skips or fails (under CI) when the parser is not installed. */
  public static void require() {
    Tools.require(
        Files.isDirectory(HOME.resolve("node_modules/mermaid")),
        "The Mermaid parser (Node.js and the" + " mermaid package in target/mermaid)",
        "the build installs it with npm (src/test/mermaid/install.sh)");
  }

  /** A node as Mermaid read it: its id, label text (entities decoded), shape and classes. */
  public record Vertex(String id, String text, String type, List<String> classes) {}

  /** An edge as Mermaid read it. */
  public record Edge(String start, String end, String text, List<String> style) {}

  /** Whether Mermaid accepted a diagram, its error if not, and what it read. */
  public record Parsed(
      boolean ok, String error, String type, List<Vertex> vertices, List<Edge> edges) {}

  /** Parses every text with one Node.js process, which takes a second or two to start. */
  public static List<Parsed> parse(List<String> diagrams) throws Exception {
    Process p = new ProcessBuilder("node", "parse.mjs").directory(HOME.toFile()).start();
    CompletableFuture<byte[]> out = Tools.readAll(p.getInputStream());
    CompletableFuture<byte[]> err = Tools.readAll(p.getErrorStream());
    try (var in = p.getOutputStream()) {
      in.write(new Gson().toJson(diagrams).getBytes(StandardCharsets.UTF_8));
    }
    int code = p.waitFor();
    assertEquals(0, code, "parse.mjs failed: " + new String(err.get(), StandardCharsets.UTF_8));
    List<Parsed> parsed =
        new Gson()
            .fromJson(
                new String(out.get(), StandardCharsets.UTF_8),
                new TypeToken<List<Parsed>>() {}.getType());
    assertEquals(diagrams.size(), parsed.size());
    return parsed;
  }

  public static Parsed parse(String diagram) throws Exception {
    return parse(List.of(diagram)).get(0);
  }
}
