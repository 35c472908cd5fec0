package dev.triage.load;

import dev.triage.diag.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lists of mappings a questionnaire is made of, and how messages name one of their items. */
final class ListItems {
  private ListItems() {}

  /**
   * The mappings of a list such as {@code questions}; an item that is not a mapping is reported and
   * skipped.
   */
  static List<YamlMap> mappings(
      Optional<YamlList> list, String key, String itemExample, Findings problems) {
    List<YamlMap> out = new ArrayList<>();
    for (YamlNode item : list.map(YamlList::items).orElse(List.of())) {
      if (item instanceof YamlMap m) {
        out.add(m);
      } else if (item instanceof YamlScalar s && s.isNull()) {
        problems.error(item.pos(), "an item of '" + key + "' is empty; write it or remove the '-'");
      } else {
        problems.error(
            item.pos(),
            "each item of '"
                + key
                + "' must be a mapping ("
                + itemExample
                + "), not "
                + item.kind());
      }
    }
    return out;
  }

  /**
   * "question 'sitting-pain'", or "question 3" (1-based) when the id is missing or not text, so a
   * message can name the element even when its id is the problem.
   */
  static String name(String kind, YamlMap map, String idKey, int index) {
    int i = map.indexOf(idKey);
    return i >= 0 && map.value(i) instanceof YamlScalar s && !s.isNull()
        ? kind + " '" + s.value() + "'"
        : kind + " " + (index + 1);
  }
}
