package dev.triage.cli;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Writes, for {@link SpecGenerator}, how the generated models reach the commands' fields (one small
 * class per command, switching on the field's number: fewer classes to load than a getter and a
 * setter per option), and picocli's standard help options built without reading picocli's own
 * annotations.
 */
final class FieldsWriter {
  private FieldsWriter() {}

  /** The getter and setter of field number {@code index}, in an option's builder. */
  static String binding(Class<?> command, Field f, int index) {
    String fields = command.getSimpleName() + "Fields";
    return "        .hasInitialValue(true).initialValue(c."
        + f.getName()
        + ")\n"
        + "        .getter(new "
        + fields
        + "(c, "
        + index
        + ")).setter(new "
        + fields
        + "(c, "
        + index
        + "))\n";
  }

  /**
   * One getter-setter class per command, switching on the field's number: fewer classes to load
   * than one each.
   */
  static String fieldsClass(Class<?> command, List<String> fields) {
    if (fields.isEmpty()) {
      return "";
    }
    String type = command.getName();
    String name = command.getSimpleName() + "Fields";
    StringBuilder b = new StringBuilder();
    b.append("\n  /** The fields of ")
        .append(command.getSimpleName())
        .append(" by number, for picocli to read and set. */\n")
        .append("  private static final class ")
        .append(name)
        .append(" implements IGetter, ISetter {\n")
        .append("    private final ")
        .append(type)
        .append(" c;\n")
        .append("    private final int field;\n\n")
        .append("    ")
        .append(name)
        .append("(")
        .append(type)
        .append(" c, int field) {\n")
        .append("      this.c = c;\n      this.field = field;\n    }\n\n")
        .append("    @Override\n    public <T> T get() {\n      switch (field) {\n");
    for (int i = 0; i < fields.size(); i++) {
      b.append("        case ")
          .append(i)
          .append(": return (T) (Object) c.")
          .append(fields.get(i))
          .append(";\n");
    }
    b.append(
            "        default: throw new IllegalStateException(\"no field \" + field);\n      }\n    }\n\n")
        .append(
            "    @Override\n    public <T> T set(T value) {\n      T old = get();\n      switch (field) {\n");
    for (int i = 0; i < fields.size(); i++) {
      Field f = field(command, fields.get(i));
      b.append("        case ")
          .append(i)
          .append(": c.")
          .append(f.getName())
          .append(" = (")
          .append(boxed(f.getType()))
          .append(") value; return old;\n");
    }
    b.append(
        "        default: throw new IllegalStateException(\"no field \" + field);\n      }\n    }\n  }\n");
    return b.toString();
  }

  private static Field field(Class<?> c, String name) {
    try {
      return c.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String boxed(Class<?> t) {
    if (!t.isPrimitive()) {
      return t.getName().replace('$', '.');
    }
    return switch (t.getName()) {
      case "boolean" -> "Boolean";
      case "int" -> "Integer";
      case "long" -> "Long";
      case "double" -> "Double";
      case "float" -> "Float";
      case "short" -> "Short";
      case "byte" -> "Byte";
      default -> "Character";
    };
  }

  /**
   * picocli's standard -h and -V options, as its own mixin declares them, without reading that
   * mixin's annotations.
   */
  static final String HELP_FLAGS =
      """

      /** A map of the given keys and values, in order. */
      private static java.util.Map<String, String> pairs(String... keysAndValues) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
          map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
      }

      /** The standard help options, built as picocli's mixinStandardHelpOptions builds them from annotations. */
      private static final class HelpFlags {
        boolean help;
        boolean version;

        static CommandSpec spec(IFactory factory) {
          HelpFlags flags = new HelpFlags();
          CommandSpec mixin = CommandSpec.wrapWithoutInspection(flags, factory);
          mixin.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).paramLabel("<helpRequested>")
              .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.")
              .type(boolean.class).hasInitialValue(true).initialValue(false)
              .getter(new IGetter() { public <T> T get() { return (T) Boolean.valueOf(flags.help); } })
              .setter(new ISetter() { public <T> T set(T v) { flags.help = (Boolean) v; return null; } }).build());
          mixin.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).paramLabel("<versionRequested>")
              .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
              .type(boolean.class).hasInitialValue(true).initialValue(false)
              .getter(new IGetter() { public <T> T get() { return (T) Boolean.valueOf(flags.version); } })
              .setter(new ISetter() { public <T> T set(T v) { flags.version = (Boolean) v; return null; } }).build());
          return mixin;
        }
      }
    """;
}
