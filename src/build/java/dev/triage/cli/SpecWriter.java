package dev.triage.cli;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Spec;

/**
 * Writes, for {@link SpecGenerator}, the Java that builds one command's picocli model: name,
 * version provider, usage message, options and parameters with every attribute picocli read from
 * the annotations, then the standard help mixin and the {@code @Spec} field.
 */
final class SpecWriter {
  private SpecWriter() {}

  /** The method that builds {@code command}'s model, and its fields class. */
  static String command(Class<?> command, String name) {
    CommandSpec spec = SpecGenerator.reflective(command);
    String type = command.getName();
    StringBuilder m = new StringBuilder();
    m.append("\n  private static CommandSpec ")
        .append(name)
        .append("(")
        .append(type)
        .append(" c, IFactory factory) throws Exception {\n")
        .append("    CommandSpec spec = CommandSpec.wrapWithoutInspection(c, factory);\n")
        .append("    spec.name(")
        .append(lit(spec.name()))
        .append(");\n");
    if (spec.aliases().length > 0) {
      m.append("    spec.aliases(").append(lits(spec.aliases())).append(");\n");
    }
    if (spec.versionProvider() != null) {
      m.append("    spec.versionProvider(factory.create(")
          .append(spec.versionProvider().getClass().getName())
          .append(".class));\n");
    }
    usage(m, spec.usageMessage());
    List<OptionSpec> mixed =
        spec.mixins().containsKey(SpecGenerator.HELP_MIXIN)
            ? spec.mixins().get(SpecGenerator.HELP_MIXIN).options()
            : List.of();
    int index = 0;
    List<String> fields = new ArrayList<>();
    for (ArgSpec arg : spec.args()) {
      if (arg instanceof OptionSpec o && mixed.contains(o)) {
        continue;
      }
      Field field = (Field) arg.userObject();
      fields.add(field.getName());
      m.append(arg instanceof OptionSpec o ? option(o) : positional((PositionalParamSpec) arg));
      m.append(FieldsWriter.binding(command, field, index++));
      m.append("        .build());\n");
    }
    if (!mixed.isEmpty()) {
      m.append("    spec.addMixin(")
          .append(lit(SpecGenerator.HELP_MIXIN))
          .append(", HelpFlags.spec(factory));\n");
    }
    for (Field f : command.getDeclaredFields()) {
      if (f.isAnnotationPresent(Spec.class)) {
        m.append("    c.").append(f.getName()).append(" = spec;\n");
      }
    }
    m.append("    return spec;\n  }\n");
    m.append(FieldsWriter.fieldsClass(command, fields));
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
    flag(
        m,
        "showEndOfOptionsDelimiterInUsageHelp",
        u.showEndOfOptionsDelimiterInUsageHelp(),
        d.showEndOfOptionsDelimiterInUsageHelp());
    flag(m, "hidden", u.hidden(), d.hidden());
    flag(m, "sortSynopsis", u.sortSynopsis(), d.sortSynopsis());
    if (u.requiredOptionMarker() != d.requiredOptionMarker()) {
      char marker = u.requiredOptionMarker();
      String quoted = marker == '\'' ? "\\'" : String.valueOf(marker);
      m.append("\n        .requiredOptionMarker('").append(quoted).append("')");
    }
    if (!u.exitCodeList().isEmpty()) {
      List<String> pairs = new ArrayList<>();
      u.exitCodeList().forEach((k, v) -> pairs.add(lit(k) + ", " + lit(v)));
      m.append("\n        .exitCodeList(pairs(")
          .append(String.join(",\n            ", pairs))
          .append("))");
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
    StringBuilder b =
        new StringBuilder("    spec.addOption(OptionSpec.builder(" + lits(o.names()) + ")\n");
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
    if (a.auxiliaryTypes().length > 0
        && !(a.auxiliaryTypes().length == 1 && a.auxiliaryTypes()[0] == a.type())) {
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
      b.append("        .scopeType(CommandLine.ScopeType.")
          .append(a.scopeType().name())
          .append(")\n");
    }
  }

  static String lit(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
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

  static String lits(String[] values) {
    List<String> l = new ArrayList<>();
    for (String v : values) {
      l.add(lit(v));
    }
    return String.join(", ", l);
  }
}
