package dev.triage.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML document held by columns: each node (scalar, list or mapping) is a number, and its
 * kind, position, text and children are slots in a few arrays. A questionnaire of millions of nodes
 * is then a handful of objects rather than millions, which the collector would otherwise copy again
 * and again while the document is read. {@link YamlMap} and {@link YamlList} are views onto it, and
 * a {@link YamlScalar} is made when asked for.
 *
 * <p>{@link TreeBuilder} fills it in the order the parser reads; after that nothing changes it.
 */
final class YamlDocument {
  private static final byte TEXT = 0;
  private static final byte NULL = 1;
  private static final byte LIST = 2;
  private static final byte MAP = 3;

  private byte[] kinds;
  private int[] lines;
  private int[] columns;

  /** A scalar's value (a collection has none). */
  private String[] texts;

  /** Where a collection's children are in {@link #children} (a scalar has none). */
  private int[] starts;

  /**
   * For each collection in turn: how many children, then their node numbers (a mapping's alternate
   * key, value).
   */
  private int[] children;

  private int size;
  private int childrenSize;

  /** The views of anchored nodes, so that every alias to a node gives the very same object. */
  private final Map<Integer, YamlNode> anchored = new HashMap<>();

  /**
   * @param expectedNodes a guess at the number of nodes, so that a large document seldom regrows
   *     its arrays
   */
  YamlDocument(int expectedNodes) {
    int capacity = Math.max(16, expectedNodes);
    kinds = new byte[capacity];
    lines = new int[capacity];
    columns = new int[capacity];
    texts = new String[capacity];
    starts = new int[capacity];
    children = new int[capacity];
  }

  int addScalar(String value, int line, int column, boolean isNull) {
    int node = add(isNull ? NULL : TEXT, line, column);
    texts[node] = value;
    return node;
  }

  /** A list or mapping whose children follow; {@link #close} gives them. */
  int addCollection(boolean mapping, int line, int column) {
    return add(mapping ? MAP : LIST, line, column);
  }

  /** Sets the children of a collection: the first {@code count} numbers of {@code nodes}. */
  void close(int collection, int[] nodes, int count) {
    if (childrenSize + count + 1 > children.length) {
      children =
          Arrays.copyOf(
              children,
              Math.max(children.length + (children.length >> 1), childrenSize + count + 1));
    }
    starts[collection] = childrenSize;
    children[childrenSize] = count;
    System.arraycopy(nodes, 0, children, childrenSize + 1, count);
    childrenSize += count + 1;
  }

  /** Remembers the view of an anchored node, so aliases to it share it. */
  void anchor(int node) {
    anchored.put(node, view(node));
  }

  /** The node as the rest of the loader sees it. */
  YamlNode node(int node) {
    YamlNode shared = anchored.isEmpty() ? null : anchored.get(node);
    return shared != null ? shared : view(node);
  }

  boolean isScalar(int node) {
    return kinds[node] <= NULL;
  }

  /** What the node is, in words for messages, as {@link YamlNode#kind()} says it. */
  String kind(int node) {
    return node(node).kind();
  }

  String text(int node) {
    return texts[node];
  }

  int line(int node) {
    return lines[node];
  }

  int column(int node) {
    return columns[node];
  }

  int childCount(int collection) {
    return children[starts[collection]];
  }

  int child(int collection, int index) {
    return children[starts[collection] + 1 + index];
  }

  private YamlNode view(int node) {
    return switch (kinds[node]) {
      case TEXT, NULL ->
          new YamlScalar(texts[node], lines[node], columns[node], kinds[node] == NULL);
      case LIST -> new YamlList(this, node);
      default -> new YamlMap(this, node);
    };
  }

  private int add(byte kind, int line, int column) {
    if (size == kinds.length) {
      int capacity = size + (size >> 1);
      kinds = Arrays.copyOf(kinds, capacity);
      lines = Arrays.copyOf(lines, capacity);
      columns = Arrays.copyOf(columns, capacity);
      texts = Arrays.copyOf(texts, capacity);
      starts = Arrays.copyOf(starts, capacity);
    }
    kinds[size] = kind;
    lines[size] = line;
    columns[size] = column;
    return size++;
  }
}
