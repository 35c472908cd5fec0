package dev.triage.load;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.Printable;
import dev.triage.model.Pos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Composes a {@link YamlNode} tree from parser events with an explicit stack, so a deeply nested
 * document is refused at the depth limit instead of overflowing the Java stack. Fatal problems stop
 * the build at once; duplicate keys are collected so that all of them are reported together.
 */
final class TreeBuilder {
  /** A problem that makes the rest of the document meaningless (or dangerous) to read. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    Refused(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  /**
   * A finished anchored node, with its expanded size and height so aliases to it can be charged
   * without a walk.
   */
  private record Anchored(int node, long weight, int height) {}

  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

  private final String file;
  private final YamlDocument document;
  private final List<Diagnostic> duplicates = new ArrayList<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private final Deque<OpenCollection> open = new ArrayDeque<>();
  private final RepeatedText repeated = new RepeatedText();
  private long aliasWeight;
  private int nodes;
  private int root = -1;
  private int documents;

  /**
   * @param length the length of the text, to size the document for it
   */
  TreeBuilder(String file, int length) {
    this.file = file;
    // The scale benchmark's generated questionnaires have a node per 10 characters, prose far
    // fewer; growing is cheap.
    this.document = new YamlDocument(length / 12);
  }

  List<Diagnostic> duplicates() {
    return List.copyOf(duplicates);
  }

  /** Reads the whole stream; empty when it holds no document. */
  Optional<YamlNode> build(Parser parser) throws Refused {
    while (true) {
      Event e = parser.getEvent();
      switch (e.getEventId()) {
        case DocumentStart -> {
          if (++documents > 1) {
            throw refuse(
                e.getStartMark(),
                "a file holds one YAML document; remove this '---' and what follows, "
                    + "or put it in a file of its own");
          }
        }
        case Scalar -> scalar((ScalarEvent) e);
        case SequenceStart, MappingStart -> start((CollectionStartEvent) e);
        case SequenceEnd, MappingEnd -> end();
        case Alias -> alias((AliasEvent) e);
        case StreamEnd -> {
          return root < 0 ? Optional.empty() : Optional.of(document.node(root));
        }
        default -> {
          // StreamStart, DocumentEnd and comments carry nothing for the tree.
        }
      }
    }
  }

  private void scalar(ScalarEvent e) throws Refused {
    refuseTag(e, e.getTag());
    String value = e.getValue();
    if (value.length() > SafeYaml.MAX_VALUE) {
      throw refuse(
          e.getStartMark(),
          "this value is "
              + SourceFiles.amount(value.length())
              + " characters long; a"
              + " value may be at most "
              + SourceFiles.amount(SafeYaml.MAX_VALUE)
              + " characters: shorten it");
    }
    int control = Printable.firstControl(value);
    if (control >= 0) {
      throw refuse(
          e.getStartMark(),
          "the character "
              + Printable.name(value.charAt(control))
              + " cannot be written"
              + " in text: it could change what a terminal shows; remove it (text may hold line breaks and tabs, and no"
              + " other control character)");
    }
    boolean isNull = e.isPlain() && value.length() <= 4 && NULLS.contains(value);
    Mark at = e.getStartMark();
    count(at);
    int node =
        document.addScalar(repeated.share(value), at.getLine() + 1, at.getColumn() + 1, isNull);
    finish(node, e.getAnchor(), 1L + value.length(), 0);
  }

  private void start(CollectionStartEvent e) throws Refused {
    refuseTag(e, e.getTag());
    if (open.size() >= SafeYaml.MAX_DEPTH) {
      throw refuse(
          e.getStartMark(),
          "nesting is too deep (more than "
              + SafeYaml.MAX_DEPTH
              + " levels of lists and mappings); flatten the structure");
    }
    Mark at = e.getStartMark();
    count(at);
    boolean mapping = e.getEventId() == Event.ID.MappingStart;
    int node = document.addCollection(mapping, at.getLine() + 1, at.getColumn() + 1);
    open.push(new OpenCollection(node, mapping, e.getAnchor()));
  }

  /** Counts one more node against {@link SafeYaml#MAX_NODES}, before it is held. */
  private void count(Mark at) throws Refused {
    if (++nodes > SafeYaml.MAX_NODES) {
      throw refuse(
          at,
          "the file holds more than "
              + SourceFiles.amount(SafeYaml.MAX_NODES)
              + " values, lists and"
              + " mappings; a questionnaire needs far fewer: check that this is the right file");
    }
  }

  private void end() throws Refused {
    OpenCollection o = open.pop();
    document.close(o.node, o.children, o.count);
    finish(o.node, o.anchor, o.weight, o.height);
  }

  private void alias(AliasEvent e) throws Refused {
    String name = e.getAnchor();
    for (OpenCollection o : open) {
      if (name.equals(o.anchor)) {
        throw refuse(
            e.getStartMark(),
            "alias '*"
                + name
                + "' refers to a node that contains it; "
                + "a document cannot include itself");
      }
    }
    Anchored target = anchors.get(name);
    if (target == null) {
      throw refuse(
          e.getStartMark(),
          "alias '*"
              + name
              + "' has no anchor; write '&"
              + name
              + "' on an earlier value, or write the value out");
    }
    aliasWeight = saturatedAdd(aliasWeight, target.weight());
    if (aliasWeight > SafeYaml.MAX_ALIAS_EXPANSION) {
      throw refuse(
          e.getStartMark(),
          "aliases repeat too much content (more than "
              + SafeYaml.MAX_ALIAS_EXPANSION
              + " nodes and characters in total); write the content out or use fewer aliases");
    }
    if (open.size() + target.height() > SafeYaml.MAX_DEPTH) {
      throw refuse(
          e.getStartMark(),
          "alias '*"
              + name
              + "' makes the nesting too deep (more than "
              + SafeYaml.MAX_DEPTH
              + " levels of lists and mappings); flatten the structure");
    }
    attach(target.node(), target.weight(), target.height());
  }

  private void finish(int node, String anchor, long weight, int height) throws Refused {
    if (anchor != null) {
      anchors.put(anchor, new Anchored(node, weight, height));
      document.anchor(node);
    }
    attach(node, weight, height);
  }

  private void attach(int node, long weight, int height) throws Refused {
    OpenCollection parent = open.peek();
    if (parent == null) {
      root = node;
      return;
    }
    parent.weight = saturatedAdd(parent.weight, weight);
    parent.height = Math.max(parent.height, height + 1);
    if (parent.expectsKey()) {
      checkKey(node, parent);
    }
    parent.add(node);
  }

  private void checkKey(int key, OpenCollection parent) throws Refused {
    if (!document.isScalar(key)) {
      throw new Refused(
          Diagnostic.error(
              file, document.node(key).pos(), "a key must be text, not " + document.kind(key)));
    }
    parent
        .firstUse(document, key)
        .ifPresent(
            first ->
                duplicates.add(
                    Diagnostic.error(
                        file,
                        new Pos(document.line(key), document.column(key)),
                        "duplicate key '"
                            + document.text(key)
                            + "' (first written at line "
                            + document.line(first)
                            + ")")));
  }

  private void refuseTag(NodeEvent e, String tag) throws Refused {
    if (tag != null) {
      throw refuse(
          e.getStartMark(),
          "tags are not allowed (found "
              + shorthand(tag)
              + "); remove the tag: every value is read as plain text");
    }
  }

  /**
   * The tag as it is usually written, e.g. {@code !!str} rather than {@code tag:yaml.org,2002:str}.
   */
  private static String shorthand(String tag) {
    String standard = "tag:yaml.org,2002:";
    return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag;
  }

  private Refused refuse(Mark mark, String message) {
    return new Refused(Diagnostic.error(file, pos(mark), message));
  }

  static Pos pos(Mark mark) {
    return new Pos(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
