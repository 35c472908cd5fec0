package dev.triage.load;

import dev.triage.diag.Findings;
import dev.triage.diag.Nearest;
import dev.triage.model.Ids;
import dev.triage.model.Pos;
import dev.triage.model.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the values of one mapping of a questionnaire by key, reporting each problem (unknown key,
 * missing key or value, wrong kind) to {@link Findings} and carrying on, so one run finds every
 * problem. Absent or unusable values come back empty; the caller never builds a model from a file
 * with problems.
 */
final class MappingReader {
  /**
   * Text that can go inside {@code [...]} unquoted, so the "write refs: [x]" hint is itself valid
   * YAML.
   */
  private static final Pattern PLAIN_IN_A_LIST =
      Pattern.compile("(?!.*: )(?!.* #)[^-?:~\\s\\[\\]{},#&*!|>'\"%@`][^\\[\\]{},]*");

  private final YamlMap map;
  private final Supplier<String> where;
  private final Findings problems;

  /**
   * @param where how messages name this mapping, with its preposition: "in question
   *     'sitting-pain'", "at the top level"; asked for only when there is a problem to report, so a
   *     large file builds no names it does not need
   * @param known every key this mapping may have, in the order the format lists them
   */
  MappingReader(YamlMap map, Supplier<String> where, List<String> known, Findings problems) {
    this.map = map;
    this.where = where;
    this.problems = problems;
    for (int i = 0; i < map.size(); i++) {
      String key = map.keyText(i);
      if (key.isBlank()) {
        problems.error(
            map.key(i).pos(),
            "a key is missing before ':' "
                + where.get()
                + "; the keys here are: "
                + String.join(", ", known));
      } else if (!known.contains(key)) {
        String hint =
            nearestKey(key, known)
                .map(k -> "; did you mean '" + k + "'?")
                .orElse("; the keys here are: " + String.join(", ", known));
        problems.error(map.key(i).pos(), "unknown key '" + key + "' " + where.get() + hint);
      }
    }
  }

  /**
   * The key (or other word of the format) a misspelt one was probably meant to be: one that differs
   * only in letter case, hyphens, underscores or spaces ({@code nextSteps}, {@code next_steps} for
   * {@code next-steps}), else the nearest within one edit, or two from five letters.
   */
  static Optional<String> nearestKey(String word, List<String> known) {
    if (word.length() > 40) {
      return Optional.empty(); // no word of the format is this long
    }
    String loose = loosen(word);
    for (String k : known) {
      if (loosen(k).equals(loose)) {
        return Optional.of(k);
      }
    }
    return Nearest.withinIgnoringCase(word, known, word.length() >= 5 ? 2 : 1);
  }

  private static String loosen(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
  }

  Pos pos() {
    return map.pos();
  }

  boolean has(String key) {
    return map.indexOf(key) >= 0;
  }

  /** The key as written, for positioning a problem about the key itself. */
  Optional<YamlScalar> key(String key) {
    int i = map.indexOf(key);
    return i < 0 ? Optional.empty() : Optional.of(map.key(i));
  }

  /**
   * A value of any kind that is present and not null; reports a missing key (if required) or value.
   */
  Optional<YamlNode> value(String key, boolean required) {
    int i = map.indexOf(key);
    if (i < 0) {
      if (required) {
        problems.error(map.pos(), "missing required key '" + key + "' " + where.get());
      }
      return Optional.empty();
    }
    YamlNode value = map.value(i);
    if (value instanceof YamlScalar s && s.isNull()) {
      problems.error(
          map.key(i).pos(),
          "missing value for '" + key + "'" + (required ? "" : "; write one or leave the key out"));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  Optional<YamlScalar> scalar(String key, boolean required) {
    return value(key, required).flatMap(v -> asScalar(v, () -> "'" + key + "'"));
  }

  /**
   * Text, which may not be empty or only white space wherever it is written: an emergency banner
   * followed by nothing would pass for advice.
   */
  Optional<String> text(String key, boolean required) {
    Optional<YamlScalar> s = scalar(key, required);
    s.filter(v -> v.value().isBlank())
        .ifPresent(
            v ->
                problems.error(
                    v.pos(),
                    "'"
                        + key
                        + "' is empty "
                        + where.get()
                        + "; write the text"
                        + (required ? "" : ", or leave the key out")));
    return s.map(YamlScalar::value);
  }

  /** Text that must be present; empty text when it is not (a problem has been reported). */
  String text(String key) {
    return text(key, true).orElse("");
  }

  /**
   * An id, checked against the id syntax; {@code what} names it in messages ("id", "reference
   * key").
   */
  Optional<String> id(String key, String what) {
    Optional<YamlScalar> s = scalar(key, true);
    s.filter(v -> !Ids.isId(v.value()))
        .ifPresent(
            v ->
                problems.error(
                    v.pos(),
                    "invalid "
                        + what
                        + " '"
                        + v.value()
                        + "': use lower-case letters, digits and hyphens, starting with a letter or digit"
                        + " (like 'sitting-pain')"));
    return s.map(YamlScalar::value);
  }

  /** A reference to another element, positioned where its id is written. */
  Optional<Ref> ref(String key, boolean required) {
    return scalar(key, required).map(s -> new Ref(s.value(), s.pos()));
  }

  Optional<YamlList> list(String key, boolean required) {
    return list(key, required, false);
  }

  /**
   * A list, where {@code ofText} offers "(write refs: [nice-ng59])" when a single text was written
   * instead.
   */
  private Optional<YamlList> list(String key, boolean required, boolean ofText) {
    Optional<YamlNode> v = value(key, required);
    if (v.isPresent() && !(v.get() instanceof YamlList)) {
      String hint =
          ofText && v.get() instanceof YamlScalar s && PLAIN_IN_A_LIST.matcher(s.value()).matches()
              ? " (write " + key + ": [" + s.value() + "])"
              : "";
      problems.error(v.get().pos(), "'" + key + "' must be a list, not " + v.get().kind() + hint);
      return Optional.empty();
    }
    return v.map(YamlList.class::cast);
  }

  /** A list of text, read once so that its problems are reported once. */
  Optional<YamlList> textList(String key, boolean required) {
    return list(key, required, true);
  }

  Optional<YamlMap> mapping(String key, boolean required) {
    Optional<YamlNode> v = value(key, required);
    if (v.isPresent() && !(v.get() instanceof YamlMap)) {
      problems.error(v.get().pos(), "'" + key + "' must be a mapping, not " + v.get().kind());
      return Optional.empty();
    }
    return v.map(YamlMap.class::cast);
  }

  /** A list of text; an item of the wrong kind is reported and left out. */
  List<String> texts(String key, boolean required) {
    return texts(textList(key, required), key);
  }

  /** The text items of a list already read with {@link #list}. */
  List<String> texts(Optional<YamlList> list, String key) {
    return items(list, key).stream().map(YamlScalar::value).toList();
  }

  /** A list of references, each positioned where it is written. */
  List<Ref> refs(String key, boolean required) {
    return refs(textList(key, required), key);
  }

  /** The references of a list already read with {@link #textList}. */
  List<Ref> refs(Optional<YamlList> list, String key) {
    return items(list, key).stream().map(s -> new Ref(s.value(), s.pos())).toList();
  }

  private List<YamlScalar> items(Optional<YamlList> list, String key) {
    List<YamlScalar> out = new ArrayList<>();
    for (YamlNode item : list.map(YamlList::items).orElse(List.of())) {
      if (item instanceof YamlScalar s && (s.isNull() || s.value().isBlank())) {
        problems.error(item.pos(), "an item of '" + key + "' is empty; write it or remove the '-'");
      } else {
        asScalar(item, () -> "each item of '" + key + "'").ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * @param what names the value in a message, such as "'title'", made only when there is a problem
   *     to report
   */
  private Optional<YamlScalar> asScalar(YamlNode node, Supplier<String> what) {
    if (node instanceof YamlScalar s) {
      return Optional.of(s);
    }
    // "- Keep moving: walk daily" is a one-key mapping to YAML; the author almost always meant
    // text.
    String hint =
        node instanceof YamlMap m && m.size() == 1
            ? "; if it is text that contains ': ', put it in quotes"
            : "";
    problems.error(node.pos(), what.get() + " must be text, not " + node.kind() + hint);
    return Optional.empty();
  }
}
