package dev.triage.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Turns a {@link YamlNode} tree into JSON the way a YAML editor sees the file (YAML 1.2 core
 * schema: plain {@code true}/{@code false} are booleans, plain numbers are numbers, {@code
 * yes}/{@code no} are text), so the schema is tested against what editors will check. Quoting is
 * not kept in the tree, so a quoted number counts as a number here: stricter than an editor, never
 * looser.
 */
final class EditorJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");

  private EditorJson() {}

  /** Recursive: SafeYaml bounds the depth of every tree it returns. */
  static JsonNode of(YamlNode node) {
    if (node instanceof YamlMap map) {
      ObjectNode out = JSON.objectNode();
      map.entries().forEach(e -> out.set(e.key().value(), of(e.value())));
      return out;
    }
    if (node instanceof YamlList list) {
      ArrayNode out = JSON.arrayNode();
      list.items().forEach(i -> out.add(of(i)));
      return out;
    }
    YamlScalar s = (YamlScalar) node;
    String v = s.value();
    if (s.isNull()) {
      return JSON.nullNode();
    }
    if (BOOL.matcher(v).matches()) {
      return JSON.booleanNode(v.equalsIgnoreCase("true"));
    }
    if (INT.matcher(v).matches()) {
      return JSON.numberNode(new BigInteger(v));
    }
    if (FLOAT.matcher(v).matches()) {
      return JSON.numberNode(new BigDecimal(v));
    }
    return JSON.textNode(v);
  }
}
