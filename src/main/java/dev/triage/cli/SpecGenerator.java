package dev.triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Spec;

/**
 * Build step: writes {@code GeneratedSpecs}, plain Java that builds each command's picocli model as its annotations
 * describe it, so a run never reads annotations (see {@link SpecSource}). It reads the model picocli itself builds
 * from the annotations, so the generated code means what they mean; SpecsTest checks that both models agree. A
 * command using something not handled here is left to the annotations, and {@link #unsupported} says why.
 */
public final class SpecGenerator {
  private SpecGenerator() {}

  /** Writes GeneratedSpecs.java under the source directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0], "dev/triage/cli/GeneratedSpecs.java");
    Files.createDirectories(file.getParent());
    List<Class<?>> commands = new ArrayList<>(List.of(TriageCommand.class));
    commands.addAll(TriageCommand.SUBCOMMANDS);
    String source = generate(commands);
    if (!Files.exists(file) || !Files.readString(file).equals(source)) {
      Files.writeString(file, source, StandardCharsets.UTF_8);
    }
  }

  static String generate(List<Class<?>> commands) {
    StringBuilder out = new StringBuilder();
    StringBuilder methods = new StringBuilder();
    out.append("// Generated at build time by dev.triage.cli.SpecGenerator from the commands' annotations. Do not edit.\n")
        .append("package dev.triage.cli;\n\n")
        .append("import java.util.Optional;\n")
        .append("import picocli.CommandLine;\n")
        .append("import picocli.CommandLine.IFactory;\n")
        .append("import picocli.CommandLine.Model.CommandSpec;\n")
        .append("import picocli.CommandLine.Model.IGetter;\n")
        .append("import picocli.CommandLine.Model.ISetter;\n")
        .append("import picocli.CommandLine.Model.OptionSpec;\n")
        .append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n")
        .append("/** The commands' picocli models as plain code, so that no run reads their annotations. */\n")
        .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
        .append("final class GeneratedSpecs implements SpecSource {\n")
        .append("  @Override\n")
        .append("  public Optional<CommandSpec> spec(Class<?> command, IFactory factory) throws Exception {\n");
    for (Class<?> command : commands) {
      Optional<String> why = unsupported(command);
      if (why.isPresent()) {
        out.append("    // ").append(command.getName()).append(": from annotations, ").append(why.get()).append('\n');
        continue;
      }
      String method = "spec" + command.getSimpleName();
      out.append("    if (command == ").append(command.getName()).append(".class) {\n")
          .append("      return Optional.of(").append(method).append("(factory.create(").append(command.getName())
          .append(".class), factory));\n    }\n");
      methods.append(method(command, method));
    }
    out.append("    return Optional.empty();\n  }\n\n");
    out.append("  @Override\n  public Optional<java.util.List<String>> names(Class<?> command) {\n");
    for (Class<?> command : commands) {
      CommandLine.Command c = command.getAnnotation(CommandLine.Command.class);
      List<String> names = new ArrayList<>(List.of(c.name()));
      names.addAll(List.of(c.aliases()));
      out.append("    if (command == ").append(command.getName().replace('$', '.')).append(".class) {\n")
          .append("      return Optional.of(java.util.List.of(").append(lits(names.toArray(String[]::new)))
          .append("));\n    }\n");
    }
    out.append("    return Optional.empty();\n  }\n").append(methods).append(HELP_FLAGS).append("}\n");
    return out.toString();
  }

  /** Why {@code command} must be read from its annotations, if it must. */
  static Optional<String> unsupported(Class<?> command) {
    if (!command.getPackageName().equals(SpecGenerator.class.getPackageName())) {
      return Optional.of("it is outside dev.triage.cli");
    }
    if (command.getSuperclass() != Object.class) {
      return Optional.of("it extends " + command.getSuperclass().getName());
    }
    for (Method m : command.getDeclaredMethods()) {
      if (m.getAnnotations().length > 0) {
        return Optional.of("method " + m.getName() + " is annotated");
      }
    }
    Optional<String> attribute = unhandled(command.getAnnotation(CommandLine.Command.class), COMMAND_ATTRIBUTES);
    for (Field f : command.getDeclaredFields()) {
      if (attribute.isEmpty() && f.isAnnotationPresent(CommandLine.Option.class)) {
        attribute = unhandled(f.getAnnotation(CommandLine.Option.class), ARG_ATTRIBUTES);
      }
      if (attribute.isEmpty() && f.isAnnotationPresent(CommandLine.Parameters.class)) {
        attribute = unhandled(f.getAnnotation(CommandLine.Parameters.class), ARG_ATTRIBUTES);
      }
    }
    if (attribute.isPresent()) {
      return Optional.of("it sets " + attribute.get() + ", which this generator does not write");
    }
    CommandSpec spec = reflective(command);
    if (!spec.mixins().keySet().stream().allMatch(k -> k.equals(HELP_MIXIN))) {
      return Optional.of("it has mixins " + spec.mixins().keySet());
    }
    if (!spec.argGroups().isEmpty() || !spec.unmatchedArgsBindings().isEmpty()) {
      return Optional.of("it has argument groups or unmatched-argument bindings");
    }
    for (Field f : command.getDeclaredFields()) {
      boolean annotated = f.getAnnotations().length > 0;
      if (annotated && Modifier.isPrivate(f.getModifiers())) {
        return Optional.of("field " + f.getName() + " is private");
      }
      if (f.isAnnotationPresent(Spec.class) && f.getAnnotation(Spec.class).value() != Spec.Target.SELF) {
        return Optional.of("field " + f.getName() + " wants a @Spec other than its own command");
      }
      if (annotated && !f.isAnnotationPresent(Spec.class) && !f.isAnnotationPresent(CommandLine.Option.class)
          && !f.isAnnotationPresent(CommandLine.Parameters.class)) {
        return Optional.of("field " + f.getName() + " has an annotation not handled here");
      }
    }
    List<OptionSpec> mixed = spec.mixins().containsKey(HELP_MIXIN)
        ? spec.mixins().get(HELP_MIXIN).options() : List.of();
    for (ArgSpec arg : spec.args()) {
      boolean own = arg.userObject() instanceof Field f && f.getDeclaringClass() == command;
      if (!own && !(arg instanceof OptionSpec o && mixed.contains(o))) {
        return Optional.of(arg.paramLabel() + " is not bound to a field of the command");
      }
      if (arg.converters().length > 0 || arg.completionCandidates() != null || arg.parameterConsumer() != null
          || arg.preprocessor().getClass().getName().startsWith("dev.") || arg.interactive()
          || !arg.splitRegex().isEmpty() || arg.defaultValue() != null
          || (arg instanceof OptionSpec o && (o.negatable() || !o.fallbackValue().isEmpty()))) {
        return Optional.of(arg.paramLabel() + " uses an attribute not handled here");
      }
    }
    return Optional.empty();
  }

  /** The annotation attributes this generator writes (or that only affect the model it reads); others fall back. */
  static final java.util.Set<String> COMMAND_ATTRIBUTES = java.util.Set.of("name", "aliases",
      "mixinStandardHelpOptions", "versionProvider", "sortOptions", "usageHelpAutoWidth", "description", "header",
      "footer", "headerHeading", "synopsisHeading", "descriptionHeading", "parameterListHeading", "optionListHeading",
      "commandListHeading", "exitCodeListHeading", "exitCodeList", "footerHeading", "customSynopsis",
      "abbreviateSynopsis", "showDefaultValues", "showAtFileInUsageHelp", "showEndOfOptionsDelimiterInUsageHelp",
      "hidden", "sortSynopsis", "requiredOptionMarker", "synopsisSubcommandLabel");

  static final java.util.Set<String> ARG_ATTRIBUTES = java.util.Set.of("names", "description", "paramLabel",
      "arity", "scope", "required", "hidden", "order", "hideParamSyntax", "descriptionKey", "usageHelp",
      "versionHelp", "index");

  /** The first attribute of {@code annotation} set to other than its default and not in {@code handled}. */
  private static Optional<String> unhandled(java.lang.annotation.Annotation annotation, java.util.Set<String> handled) {
    for (Method m : annotation.annotationType().getDeclaredMethods()) {
      if (handled.contains(m.getName())) {
        continue;
      }
      try {
        Object value = m.invoke(annotation);
        if (!java.util.Objects.deepEquals(value, m.getDefaultValue())) {
          return Optional.of("@" + annotation.annotationType().getSimpleName() + "(" + m.getName() + ")");
        }
      } catch (ReflectiveOperationException e) {
        return Optional.of("@" + annotation.annotationType().getSimpleName() + "(" + m.getName() + ")");
      }
    }
    return Optional.empty();
  }

  /** picocli's own model of {@code command}, read from its annotations. */
  static CommandSpec reflective(Class<?> command) {
    Environment env =
        new Environment(InputStream.nullInputStream(), false, Path.of("."), Map.of(), Clock.systemUTC());
    CommandFactory factory = new CommandFactory(env);
    try {
      return new CommandLine(factory.create(command), factory).getCommandSpec();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the annotations of " + command.getName(), e);
    }
  }

  private static String method(Class<?> command, String name) {
    CommandSpec spec = reflective(command);
    String type = command.getName();
    StringBuilder m = new StringBuilder();
    m.append("\n  private static CommandSpec ").append(name).append("(").append(type)
        .append(" c, IFactory factory) throws Exception {\n")
        .append("    CommandSpec spec = CommandSpec.wrapWithoutInspection(c, factory);\n")
        .append("    spec.name(").append(lit(spec.name())).append(");\n");
    if (spec.aliases().length > 0) {
      m.append("    spec.aliases(").append(lits(spec.aliases())).append(");\n");
    }
    if (spec.versionProvider() != null) {
      m.append("    spec.versionProvider(factory.create(").append(spec.versionProvider().getClass().getName())
          .append(".class));\n");
    }
    usage(m, spec.usageMessage());
    List<OptionSpec> mixed = spec.mixins().containsKey(HELP_MIXIN)
        ? spec.mixins().get(HELP_MIXIN).options() : List.of();
    int index = 0;
    List<String> fields = new ArrayList<>();
    for (ArgSpec arg : spec.args()) {
      if (arg instanceof OptionSpec o && mixed.contains(o)) {
        continue;
      }
      Field field = (Field) arg.userObject();
      fields.add(field.getName());
      m.append(arg instanceof OptionSpec o ? option(o) : positional((PositionalParamSpec) arg));
      m.append(binding(command, field, index++));
      m.append("        .build());\n");
    }
    if (!mixed.isEmpty()) {
      m.append("    spec.addMixin(").append(lit(HELP_MIXIN)).append(", HelpFlags.spec(factory));\n");
    }
    for (Field f : command.getDeclaredFields()) {
      if (f.isAnnotationPresent(Spec.class)) {
        m.append("    c.").append(f.getName()).append(" = spec;\n");
      }
    }
    m.append("    return spec;\n  }\n");
    m.append(bindingClass(command, name, fields));
    return m.toString();
  }

  private static void usage(StringBuilder m, UsageMessageSpec u) {
    UsageMessageSpec d = CommandSpec.create().usageMessage();
    m.append("    spec.usageMessage()");
    if (!List.of(u.description()).equals(List.of(d.description()))) {
      m.append("\n        .description(").append(lits(u.description())).append(")");
    }
    if (!List.of(u.header()).equals(List.of(d.header()))) {
      m.append("\n        .header(").append(lits(u.header())).append(")");
    }
    if (!List.of(u.footer()).equals(List.of(d.footer()))) {
      m.append("\n        .footer(").append(lits(u.footer())).append(")");
    }
    if (u.sortOptions() != d.sortOptions()) {
      m.append("\n        .sortOptions(").append(u.sortOptions()).append(")");
    }
    if (u.autoWidth() != d.autoWidth()) {
      m.append("\n        .autoWidth(").append(u.autoWidth()).append(")");
    }
    heading(m, "headerHeading", u.headerHeading(), d.headerHeading());
    heading(m, "synopsisHeading", u.synopsisHeading(), d.synopsisHeading());
    heading(m, "descriptionHeading", u.descriptionHeading(), d.descriptionHeading());
    heading(m, "parameterListHeading", u.parameterListHeading(), d.parameterListHeading());
    heading(m, "optionListHeading", u.optionListHeading(), d.optionListHeading());
    heading(m, "commandListHeading", u.commandListHeading(), d.commandListHeading());
    heading(m, "exitCodeListHeading", u.exitCodeListHeading(), d.exitCodeListHeading());
    heading(m, "footerHeading", u.footerHeading(), d.footerHeading());
    heading(m, "synopsisSubcommandLabel", u.synopsisSubcommandLabel(), d.synopsisSubcommandLabel());
    if (!List.of(u.customSynopsis()).equals(List.of(d.customSynopsis()))) {
      m.append("\n        .customSynopsis(").append(lits(u.customSynopsis())).append(")");
    }
    flag(m, "abbreviateSynopsis", u.abbreviateSynopsis(), d.abbreviateSynopsis());
    flag(m, "showDefaultValues", u.showDefaultValues(), d.showDefaultValues());
    flag(m, "showAtFileInUsageHelp", u.showAtFileInUsageHelp(), d.showAtFileInUsageHelp());
    flag(m, "showEndOfOptionsDelimiterInUsageHelp", u.showEndOfOptionsDelimiterInUsageHelp(),
        d.showEndOfOptionsDelimiterInUsageHelp());
    flag(m, "hidden", u.hidden(), d.hidden());
    flag(m, "sortSynopsis", u.sortSynopsis(), d.sortSynopsis());
    if (u.requiredOptionMarker() != d.requiredOptionMarker()) {
      m.append("\n        .requiredOptionMarker('").append(u.requiredOptionMarker() == '\'' ? "\\'" : u.requiredOptionMarker())
          .append("')");
    }
    if (!u.exitCodeList().isEmpty()) {
      List<String> pairs = new ArrayList<>();
      u.exitCodeList().forEach((k, v) -> pairs.add(lit(k) + ", " + lit(v)));
      m.append("\n        .exitCodeList(pairs(").append(String.join(",\n            ", pairs)).append("))");
    }
    m.append(";\n");
  }

  private static void heading(StringBuilder m, String name, String value, String standard) {
    if (value != null && !value.equals(standard)) {
      m.append("\n        .").append(name).append("(").append(lit(value)).append(")");
    }
  }

  private static void flag(StringBuilder m, String name, boolean value, boolean standard) {
    if (value != standard) {
      m.append("\n        .").append(name).append("(").append(value).append(")");
    }
  }

  private static String option(OptionSpec o) {
    StringBuilder b = new StringBuilder("    spec.addOption(OptionSpec.builder(" + lits(o.names()) + ")\n");
    common(b, o);
    if (o.usageHelp()) {
      b.append("        .usageHelp(true)\n");
    }
    if (o.versionHelp()) {
      b.append("        .versionHelp(true)\n");
    }
    if (o.order() != OptionSpec.builder("-x").build().order()) {
      b.append("        .order(").append(o.order()).append(")\n");
    }
    return b.toString();
  }

  private static String positional(PositionalParamSpec p) {
    StringBuilder b = new StringBuilder("    spec.addPositional(PositionalParamSpec.builder()\n");
    if (!p.index().isUnspecified()) {
      b.append("        .index(").append(lit(p.index().originalValue())).append(")\n");
    }
    common(b, p);
    return b.toString();
  }

  private static void common(StringBuilder b, ArgSpec a) {
    if (!a.arity().isUnspecified()) {
      b.append("        .arity(").append(lit(a.arity().originalValue())).append(")\n");
    }
    b.append("        .paramLabel(").append(lit(a.paramLabel())).append(")\n");
    if (a.hideParamSyntax()) {
      b.append("        .hideParamSyntax(true)\n");
    }
    b.append("        .description(").append(lits(a.description())).append(")\n");
    if (a.descriptionKey() != null) {
      b.append("        .descriptionKey(").append(lit(a.descriptionKey())).append(")\n");
    }
    b.append("        .type(").append(a.type().getName().replace('$', '.')).append(".class)\n");
    if (a.auxiliaryTypes().length > 0 && !(a.auxiliaryTypes().length == 1 && a.auxiliaryTypes()[0] == a.type())) {
      List<String> aux = new ArrayList<>();
      for (Class<?> t : a.auxiliaryTypes()) {
        aux.add(t.getName().replace('$', '.') + ".class");
      }
      b.append("        .auxiliaryTypes(").append(String.join(", ", aux)).append(")\n");
    }
    if (a.required()) {
      b.append("        .required(true)\n");
    }
    if (a.hidden()) {
      b.append("        .hidden(true)\n");
    }
    if (a.scopeType() != CommandLine.ScopeType.LOCAL) {
      b.append("        .scopeType(CommandLine.ScopeType.").append(a.scopeType().name()).append(")\n");
    }
  }

  private static String binding(Class<?> command, Field f, int index) {
    String fields = command.getSimpleName() + "Fields";
    return "        .hasInitialValue(true).initialValue(c." + f.getName() + ")\n"
        + "        .getter(new " + fields + "(c, " + index + ")).setter(new " + fields + "(c, " + index + "))\n";
  }

  /** One getter-setter class per command, switching on the field's number: fewer classes to load than one each. */
  private static String bindingClass(Class<?> command, String method, List<String> fields) {
    if (fields.isEmpty()) {
      return "";
    }
    String type = command.getName();
    String name = command.getSimpleName() + "Fields";
    StringBuilder b = new StringBuilder();
    b.append("\n  /** The fields of ").append(command.getSimpleName()).append(" by number, for picocli to read and set. */\n")
        .append("  private static final class ").append(name).append(" implements IGetter, ISetter {\n")
        .append("    private final ").append(type).append(" c;\n")
        .append("    private final int field;\n\n")
        .append("    ").append(name).append("(").append(type).append(" c, int field) {\n")
        .append("      this.c = c;\n      this.field = field;\n    }\n\n")
        .append("    @Override\n    public <T> T get() {\n      switch (field) {\n");
    for (int i = 0; i < fields.size(); i++) {
      b.append("        case ").append(i).append(": return (T) (Object) c.").append(fields.get(i)).append(";\n");
    }
    b.append("        default: throw new IllegalStateException(\"no field \" + field);\n      }\n    }\n\n")
        .append("    @Override\n    public <T> T set(T value) {\n      T old = get();\n      switch (field) {\n");
    for (int i = 0; i < fields.size(); i++) {
      Field f = field(command, fields.get(i));
      b.append("        case ").append(i).append(": c.").append(f.getName()).append(" = (")
          .append(boxed(f.getType())).append(") value; return old;\n");
    }
    b.append("        default: throw new IllegalStateException(\"no field \" + field);\n      }\n    }\n  }\n");
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

  static String lit(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (ch < 0x20 || ch > 0x7e) {
            b.append(String.format("\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String lits(String[] values) {
    List<String> l = new ArrayList<>();
    for (String v : values) {
      l.add(lit(v));
    }
    return String.join(", ", l);
  }

  static final String HELP_MIXIN = "mixinStandardHelpOptions";

  /** picocli's standard -h and -V options, as its own mixin declares them, without reading that mixin's annotations. */
  private static final String HELP_FLAGS = """

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
