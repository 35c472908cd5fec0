package dev.triage.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Graphviz itself ({@code dot -Tsvg}), for the tests: a DOT text is valid when dot draws it with no
 * error and no warning, and what it drew (each node's and edge's title and text lines) is read back
 * from the SVG.
 */
final class Graphviz {
  private Graphviz() {}

  /** Skips or fails (under CI) when dot is not installed. */
  static void require() {
    Tools.require(
        available(), "Graphviz (dot)", "install it with 'apt-get install graphviz' (.ci/run does)");
  }

  static boolean available() {
    try {
      Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * What dot drew: each node by its title (its DOT id), with its text lines; each edge as
   * "from->to" with its label's lines.
   */
  record Drawing(Map<String, List<String>> nodes, Map<String, List<String>> edges) {}

  /**
   * Draws {@code dot} as SVG, failing the test when dot exits non-zero or prints anything on
   * stderr.
   */
  static Drawing draw(String dot) throws Exception {
    Process p = new ProcessBuilder("dot", "-Tsvg").start();
    CompletableFuture<byte[]> svg = Tools.readAll(p.getInputStream());
    CompletableFuture<byte[]> err = Tools.readAll(p.getErrorStream());
    try (var in = p.getOutputStream()) {
      in.write(dot.getBytes(StandardCharsets.UTF_8));
    }
    int code = p.waitFor();
    assertEquals("", new String(err.get(), StandardCharsets.UTF_8), "dot's messages on:\n" + dot);
    assertEquals(0, code, "dot's exit code");
    return parse(svg.get());
  }

  private static Drawing parse(byte[] svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    Map<String, List<String>> nodes = new LinkedHashMap<>();
    Map<String, List<String>> edges = new LinkedHashMap<>();
    NodeList groups = doc.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      String kind = g.getAttribute("class");
      if (!kind.equals("node") && !kind.equals("edge")) {
        continue;
      }
      String title = g.getElementsByTagName("title").item(0).getTextContent();
      List<String> lines = new ArrayList<>();
      NodeList texts = g.getElementsByTagName("text");
      for (int t = 0; t < texts.getLength(); t++) {
        lines.add(texts.item(t).getTextContent());
      }
      (kind.equals("node") ? nodes : edges).put(title, lines);
    }
    return new Drawing(nodes, edges);
  }
}
