package dev.triage.cli;

import dev.triage.cli.launch.SpecSource;
import dev.triage.cli.launch.Subcommands;
import dev.triage.cli.process.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step: the man pages, triage(1) and one for each visible subcommand (triage-run(1), ...),
 * from the commands' own model. picocli's ManPageGenerator writes each as AsciiDoc; {@link ManRoff}
 * turns that into the roff man reads.
 */
public final class ManPages {
  private ManPages() {}

  /** Writes {@code NAME.1} for every page into the directory given as the only argument. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, String> page : pages().entrySet()) {
      Files.writeString(dir.resolve(page.getKey() + ".1"), page.getValue(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Each page's name (triage, triage-run, ...) and its roff, in the order the root's help lists the
   * commands.
   */
  static Map<String, String> pages() {
    Environment env =
        new Environment(
            InputStream.nullInputStream(), false, Path.of("."), Map.of(), Clock.systemUTC());
    CommandFactory factory = new CommandFactory(env);
    SpecSource specs = SpecSource.load();
    CommandLine root = specs.commandLine(TriageCommand.class, factory);
    Subcommands.add(root, specs, factory, TriageCommand.SUBCOMMANDS);
    CommandSpec rootSpec = root.getCommandSpec();
    String source = rootSpec.version().length > 0 ? rootSpec.version()[0] : rootSpec.name();
    List<String> subpages = new ArrayList<>();
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (!spec.usageMessage().hidden() && !subpages.contains(page(spec))) {
        subpages.add(page(spec));
      }
    }
    pages.put(rootSpec.name(), ManRoff.convert(asciiDoc(rootSpec), source, subpages));
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (subpages.contains(page(spec)) && !pages.containsKey(page(spec))) {
        pages.put(page(spec), ManRoff.convert(asciiDoc(spec), source, List.of(rootSpec.name())));
      }
    }
    return pages;
  }

  /** A command's page name: its qualified name with hyphens, as picocli names the page. */
  private static String page(CommandSpec spec) {
    return spec.qualifiedName("-");
  }

  private static String asciiDoc(CommandSpec spec) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      ManPageGenerator.writeSingleManPage(out, spec);
    }
    return text.toString();
  }
}
