package dev.triage.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import java.util.Locale;
import java.util.Set;

/** Gson set up once for reports: pretty, nulls kept, no HTML escaping (a report is not embedded in a page). */
final class Json {
  static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

  /** Words YAML 1.1 readers turn into booleans or null when left bare. */
  private static final Set<String> YAML_WORDS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");

  private Json() {}

  /** A double-quoted string with JSON escapes; YAML reads the same characters back. */
  static String string(String s) {
    return GSON.toJson(new JsonPrimitive(s));
  }

  /** A mapping key for YAML: bare when it is a plain id that no YAML reader could take for anything else. */
  static String key(String s) {
    boolean plain = s.matches("[a-z][a-z0-9-]*") && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT));
    return plain ? s : string(s);
  }
}
