package dev.triage.cli;

import dev.triage.cli.process.Environment;
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
import picocli.CommandLine.Spec;

/**
 * Build step: writes {@code GeneratedSpecs}, plain Java that builds each command's picocli model as
 * its annotations describe it, so a run never reads annotations (see {@link
 * dev.triage.cli.launch.SpecSource}). It reads the model picocli itself builds from the
 * annotations, so the generated code means what they mean; GeneratedSpecsTest checks that both
 * models agree. A command using something not handled here is left to the annotations, and {@link
 * #unsupported} says why.
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
    out.append(
            "// Generated at build time by dev.triage.cli.SpecGenerator from the commands' annotations.\n")
        .append("// Do not edit.\n")
        .append("package dev.triage.cli;\n\n")
        .append("import dev.triage.cli.launch.SpecSource;\n")
        .append("import java.util.Optional;\n")
        .append("import picocli.CommandLine;\n")
        .append("import picocli.CommandLine.IFactory;\n")
        .append("import picocli.CommandLine.Model.CommandSpec;\n")
        .append("import picocli.CommandLine.Model.IGetter;\n")
        .append("import picocli.CommandLine.Model.ISetter;\n")
        .append("import picocli.CommandLine.Model.OptionSpec;\n")
        .append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n")
        .append(
            "/** The commands' picocli models as plain code, so that no run reads their annotations. */\n")
        .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
        .append("public final class GeneratedSpecs implements SpecSource {\n")
        .append("  /** Made by {@link SpecSource#load()}, from another package. */\n")
        .append("  public GeneratedSpecs() {}\n\n")
        .append("  @Override\n")
        .append(
            "  public Optional<CommandSpec> spec(Class<?> command, IFactory factory) throws Exception {\n");
    for (Class<?> command : commands) {
      Optional<String> why = unsupported(command);
      if (why.isPresent()) {
        out.append("    // ")
            .append(command.getName())
            .append(": from annotations, ")
            .append(why.get())
            .append('\n');
        continue;
      }
      String method = "spec" + command.getSimpleName();
      out.append("    if (command == ")
          .append(command.getName())
          .append(".class) {\n")
          .append("      return Optional.of(")
          .append(method)
          .append("(factory.create(")
          .append(command.getName())
          .append(".class), factory));\n    }\n");
      methods.append(SpecWriter.command(command, method));
    }
    out.append("    return Optional.empty();\n  }\n\n");
    out.append(
        "  @Override\n  public Optional<java.util.List<String>> names(Class<?> command) {\n");
    for (Class<?> command : commands) {
      CommandLine.Command c = command.getAnnotation(CommandLine.Command.class);
      List<String> names = new ArrayList<>(List.of(c.name()));
      names.addAll(List.of(c.aliases()));
      out.append("    if (command == ")
          .append(command.getName().replace('$', '.'))
          .append(".class) {\n")
          .append("      return Optional.of(java.util.List.of(")
          .append(SpecWriter.lits(names.toArray(String[]::new)))
          .append("));\n    }\n");
    }
    out.append("    return Optional.empty();\n  }\n")
        .append(methods)
        .append(FieldsWriter.HELP_FLAGS)
        .append("}\n");
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
    Optional<String> attribute =
        unhandled(command.getAnnotation(CommandLine.Command.class), COMMAND_ATTRIBUTES);
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
      if (f.isAnnotationPresent(Spec.class)
          && f.getAnnotation(Spec.class).value() != Spec.Target.SELF) {
        return Optional.of("field " + f.getName() + " wants a @Spec other than its own command");
      }
      if (annotated
          && !f.isAnnotationPresent(Spec.class)
          && !f.isAnnotationPresent(CommandLine.Option.class)
          && !f.isAnnotationPresent(CommandLine.Parameters.class)) {
        return Optional.of("field " + f.getName() + " has an annotation not handled here");
      }
    }
    List<OptionSpec> mixed =
        spec.mixins().containsKey(HELP_MIXIN) ? spec.mixins().get(HELP_MIXIN).options() : List.of();
    for (ArgSpec arg : spec.args()) {
      boolean own = arg.userObject() instanceof Field f && f.getDeclaringClass() == command;
      if (!own && !(arg instanceof OptionSpec o && mixed.contains(o))) {
        return Optional.of(arg.paramLabel() + " is not bound to a field of the command");
      }
      if (arg.converters().length > 0
          || arg.completionCandidates() != null
          || arg.parameterConsumer() != null
          || arg.preprocessor().getClass().getName().startsWith("dev.")
          || arg.interactive()
          || !arg.splitRegex().isEmpty()
          || arg.defaultValue() != null
          || (arg instanceof OptionSpec o && (o.negatable() || !o.fallbackValue().isEmpty()))) {
        return Optional.of(arg.paramLabel() + " uses an attribute not handled here");
      }
    }
    return Optional.empty();
  }

  /**
   * The annotation attributes this generator writes (or that only affect the model it reads);
   * others fall back.
   */
  static final java.util.Set<String> COMMAND_ATTRIBUTES =
      java.util.Set.of(
          "name",
          "aliases",
          "mixinStandardHelpOptions",
          "versionProvider",
          "sortOptions",
          "usageHelpAutoWidth",
          "description",
          "header",
          "footer",
          "headerHeading",
          "synopsisHeading",
          "descriptionHeading",
          "parameterListHeading",
          "optionListHeading",
          "commandListHeading",
          "exitCodeListHeading",
          "exitCodeList",
          "footerHeading",
          "customSynopsis",
          "abbreviateSynopsis",
          "showDefaultValues",
          "showAtFileInUsageHelp",
          "showEndOfOptionsDelimiterInUsageHelp",
          "hidden",
          "sortSynopsis",
          "requiredOptionMarker",
          "synopsisSubcommandLabel");

  static final java.util.Set<String> ARG_ATTRIBUTES =
      java.util.Set.of(
          "names",
          "description",
          "paramLabel",
          "arity",
          "scope",
          "required",
          "hidden",
          "order",
          "hideParamSyntax",
          "descriptionKey",
          "usageHelp",
          "versionHelp",
          "index");

  /**
   * The first attribute of {@code annotation} set to other than its default and not in {@code
   * handled}.
   */
  private static Optional<String> unhandled(
      java.lang.annotation.Annotation annotation, java.util.Set<String> handled) {
    for (Method m : annotation.annotationType().getDeclaredMethods()) {
      if (handled.contains(m.getName())) {
        continue;
      }
      try {
        Object value = m.invoke(annotation);
        if (!java.util.Objects.deepEquals(value, m.getDefaultValue())) {
          return Optional.of(
              "@" + annotation.annotationType().getSimpleName() + "(" + m.getName() + ")");
        }
      } catch (ReflectiveOperationException e) {
        return Optional.of(
            "@" + annotation.annotationType().getSimpleName() + "(" + m.getName() + ")");
      }
    }
    return Optional.empty();
  }

  /** picocli's own model of {@code command}, read from its annotations. */
  static CommandSpec reflective(Class<?> command) {
    Environment env =
        new Environment(
            InputStream.nullInputStream(), false, Path.of("."), Map.of(), Clock.systemUTC());
    CommandFactory factory = new CommandFactory(env);
    try {
      return new CommandLine(factory.create(command), factory).getCommandSpec();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the annotations of " + command.getName(), e);
    }
  }

  static final String HELP_MIXIN = "mixinStandardHelpOptions";
}
