package dev.triage.load;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.Docs;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.model.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Parses untrusted YAML into a {@link YamlNode} tree, for questionnaires, answer files and case
 * files alike.
 *
 * <p>Only SnakeYAML's parser is used; the tree is composed here from its events, so no Java type is
 * ever constructed and every limit is enforced before the document is held in full: one document
 * per file, no tags of any kind, no duplicate keys, keys that are text, collections at most {@link
 * #MAX_DEPTH} deep, aliases that together repeat at most {@link #MAX_ALIAS_EXPANSION} nodes and
 * characters, at most {@link #MAX_NODES} nodes, values of at most {@link #MAX_VALUE} characters
 * with no control character, and, checked before SnakeYAML reads anything ({@link TextShape}),
 * lines of at most {@link #MAX_LINE} characters. A problem inside the document is reported like a
 * compiler ({@code path:line:col: error: message}); an empty document is a problem with the file as
 * a whole.
 */
public final class SafeYaml {
  /** The largest file or text accepted, in bytes (UTF-8) or characters: 32 MiB. */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  /**
   * The longest line, in characters: SnakeYAML's reader takes time quadratic in the length of a
   * token, and a token can be as long as a line. A minified JSON file of this size still fits on
   * one line.
   */
  public static final int MAX_LINE = 256 * 1024;

  /**
   * The longest value (a text or a key), in characters; the bundled questionnaire's longest is
   * under 1,000.
   */
  public static final int MAX_VALUE = 64 * 1024;

  /**
   * The most values, lists and mappings a file may hold: memory grows with their number, not only
   * with bytes, and 32 MiB of one-character list items would be 16 million of them. The scale
   * benchmark's largest questionnaire stays well under it (docs/security.md).
   */
  public static final int MAX_NODES = 4_000_000;

  /** How deeply collections may nest; a questionnaire needs 6. */
  public static final int MAX_DEPTH = 64;

  /**
   * How much aliases may repeat, counted as one per collection and one plus its length per scalar:
   * as much again as the largest document. Bounds "billion laughs" documents, including the aliases
   * of scalars that SnakeYAML's own {@code maxAliasesForCollections} does not count.
   */
  public static final long MAX_ALIAS_EXPANSION = MAX_BYTES;

  static final String WRITE_A_QUESTIONNAIRE =
      "write a questionnaire; see " + Docs.QUESTIONNAIRE_FORMAT;

  private SafeYaml() {}

  /**
   * Parses a questionnaire-like document; an empty one asks the author to write a questionnaire.
   */
  public static YamlNode parse(SourceText src) throws QuestionnaireException {
    return parse(src, WRITE_A_QUESTIONNAIRE);
  }

  /**
   * Parses one YAML document.
   *
   * @param whatToWrite the advice for an empty file, completing "file is empty; ..." (e.g. "write
   *     the answers")
   */
  public static YamlNode parse(SourceText src, String whatToWrite) throws QuestionnaireException {
    String file = src.name();
    if (src.text().length() > MAX_BYTES) {
      throw fileError(
          file,
          SourceFiles.tooLarge(
              SourceFiles.amount(src.text().length()) + " characters", "characters"));
    }
    if (onlyCommentsOrBlank(src.text())) {
      String what =
          src.text().isBlank() ? "file is empty; " : "file has only comments, no content; ";
      throw fileError(file, what + whatToWrite);
    }
    Optional<Diagnostic> shape = TextShape.check(file, src.text());
    if (shape.isPresent()) {
      throw fail(List.of(shape.get()), src);
    }
    TreeBuilder builder = new TreeBuilder(file, src.text().length());
    try {
      Optional<YamlNode> root = builder.build(parser(src.text()));
      if (root.isEmpty() || (root.get() instanceof YamlScalar s && s.isNull())) {
        throw fileError(file, "file has no content (its document is empty); " + whatToWrite);
      }
      if (!builder.duplicates().isEmpty()) {
        throw fail(builder.duplicates(), src);
      }
      return root.get();
    } catch (TreeBuilder.Refused refused) {
      throw fail(with(builder.duplicates(), refused.diagnostic()), src);
    } catch (MarkedYAMLException e) {
      throw fail(with(builder.duplicates(), YamlErrors.toDiagnostic(file, e)), src);
    } catch (ReaderException e) {
      throw fail(with(builder.duplicates(), YamlErrors.toDiagnostic(file, e, src.text())), src);
    } catch (YAMLException e) {
      // Any other refusal from the parser (none is expected within our own limits): report it,
      // never a stack trace.
      throw fail(
          with(
              builder.duplicates(),
              Diagnostic.error(file, Pos.NONE, "cannot read the YAML: " + e.getMessage())),
          src);
    }
  }

  /** SnakeYAML's parser over {@code text}, with the options below. */
  static Parser parser(String text) {
    return new ParserImpl(new StreamReader(text), options());
  }

  /**
   * Only the scanner reads these options (the code point limit); SnakeYAML's composer, which would
   * apply the rest, is not used, because {@link TreeBuilder} enforces stricter versions of the same
   * limits itself. They are set anyway so that no future code path can fall back to SnakeYAML's
   * permissive defaults.
   */
  private static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setCodePointLimit(MAX_BYTES);
    o.setAllowDuplicateKeys(false);
    o.setMaxAliasesForCollections(50);
    o.setNestingDepthLimit(MAX_DEPTH);
    o.setAllowRecursiveKeys(false);
    o.setMergeOnCompose(false);
    o.setTagInspector(tag -> false);
    return o;
  }

  /**
   * Whether every line is blank or a comment. Checked before parsing because the parser would
   * complain about a tab in an otherwise blank file instead of saying that it is empty; stops at
   * the first line with content.
   */
  private static boolean onlyCommentsOrBlank(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++; // a lone \r ends a line too, as in YAML
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty() && !line.startsWith("#") && !line.equals("\uFEFF")) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  static QuestionnaireException fileError(String file, String message) {
    return QuestionnaireException.of(Diagnostic.error(file, Pos.NONE, message));
  }

  private static List<Diagnostic> with(List<Diagnostic> earlier, Diagnostic last) {
    List<Diagnostic> all = new ArrayList<>(earlier);
    all.add(last);
    return all;
  }

  private static QuestionnaireException fail(List<Diagnostic> diagnostics, SourceText src) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    return new QuestionnaireException(sorted, Optional.of(src));
  }
}
