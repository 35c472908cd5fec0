package dev.triage.cli;

import dev.triage.answers.GivenAnswers;
import dev.triage.catalog.Catalog;
import dev.triage.catalog.QuestionnaireFile;
import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import dev.triage.diag.Nearest;
import dev.triage.diag.Printable;
import dev.triage.diag.TriageException;
import dev.triage.engine.AnswerSet;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.graph.Chart;
import dev.triage.graph.Dot;
import dev.triage.graph.Mermaid;
import dev.triage.graph.TreeChart;
import dev.triage.graph.View;
import dev.triage.report.SafeFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code triage graph}: the questionnaire as a Mermaid flowchart or a Graphviz digraph, with a path
 * highlighted.
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Draws a questionnaire as a Mermaid or Graphviz graph.",
      "A Mermaid flowchart (the default) or a Graphviz DOT digraph: the red-flag screen as one box, the questions,"
          + " and the outcomes by tier, with each arrow labelled by the answers it stands for.",
      "With answers (-a, --answers, or a saved report) the path they take is highlighted and the rest dimmed.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  triage graph -o tree.mmd",
      "      The whole questionnaire as a Mermaid flowchart.",
      "  triage graph --format dot --focus nerve-signs --depth 1",
      "      One question and its neighbours, for Graphviz (dot -Tsvg).",
      "  triage graph --answers report.md -o path.mmd",
      "      The path a saved report took, highlighted."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the graph was written",
      "1:the questionnaire or an input file is invalid, or the file could not be written",
      "2:usage error: a bad flag, a bad answer or an unknown --focus id"
    })
final class GraphCommand implements Callable<Integer> {
  /** What --depth is without one: the node, and two steps before and after it. */
  static final int DEPTH = 2;

  @Spec CommandSpec spec;

  @Option(
      names = {"-q", "--questionnaire"},
      paramLabel = "NAME|PATH",
      description =
          "The questionnaire: a name (as 'triage list' shows) or a file. "
              + "Default: "
              + Catalog.DEFAULT
              + ", or the one a report given with --answers names.")
  String questionnaire;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "mermaid (a flowchart; GitHub shows it in Markdown) or dot (Graphviz: dot -Tsvg). Default: "
              + "mermaid.")
  String format;

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description =
          "Answers whose path is highlighted: a YAML or JSON map of question id to choice, or a report "
              + "written by run -o. '-' reads standard input.")
  String answersFile;

  @Option(
      names = {"-a", "--answer"},
      paramLabel = "ID=CHOICE",
      description =
          "An answer whose path is highlighted, as for run. Repeatable; several may be joined with commas.")
  List<String> answers = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the graph to FILE instead of standard output.")
  String output;

  @Option(names = "--force", description = "Replace FILE if it exists.")
  boolean force;

  @Option(
      names = "--focus",
      paramLabel = "ID",
      description = "Draw only this red flag, question or outcome and what leads to and from it.")
  String focus;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description =
          "With --focus: how many steps before and after it to draw. Default: " + DEPTH + ".")
  String depth; // read by steps(), which words a bad value better than picocli's "is not an int"

  @Option(
      names = "--expand-red-flags",
      description =
          "Draw every red flag and where its yes leads, rather than the screen as one box.")
  boolean expandRedFlags;

  private final Environment env;

  GraphCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    env.requireFileName("-o", output, "graph.mmd");
    env.requireFileName("--answers", answersFile, "answers.yaml");
    boolean dot = dot();
    int steps = steps();
    PrintWriter err = spec.commandLine().getErr();
    GivenAnswers written = GivenAnswers.read(env.readIfGiven(answersFile), answersFile, answers);
    QuestionnaireFile opened =
        written.open(new Catalog(env.workDir()), Optional.ofNullable(questionnaire));
    Flow flow = opened.flow();
    Optional<View.Focus> focused =
        Optional.ofNullable(focus).map(id -> new View.Focus(known(flow, id), steps));
    Optional<Walk> walk = Optional.empty();
    if (written.any()) {
      AnswerSet given = written.resolve(opened);
      written.changedSince(opened).ifPresent(warning -> err.println("triage: warning: " + warning));
      Walk walked = Walk.start(flow).replay(given.answers());
      GivenAnswers.unused(walked, given)
          .forEach(warning -> err.println("triage: warning: " + warning));
      walked
          .current()
          .ifPresent(
              q ->
                  err.println(
                      "triage: the answers stop at '"
                          + q.id()
                          + "', which they do not"
                          + " answer; the path is drawn up to it"));
      walk = Optional.of(walked);
    }
    Chart chart = TreeChart.of(flow, new View(expandRedFlags, focused, walk));
    String text = dot ? Dot.write(chart) : Mermaid.write(chart);
    PrintWriter out = spec.commandLine().getOut();
    if (output == null || output.equals("-")) {
      out.print(text);
    } else {
      SafeFile.write(env.resolve(output), output, text, force);
      err.println(
          "Graph saved to " + output + "."); // on stderr: standard output holds only the graph
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  /** The number of steps --depth gives, or {@link #DEPTH} without it. */
  private int steps() {
    if (depth == null) {
      return DEPTH;
    }
    if (focus == null) {
      throw new ParameterException(spec.commandLine(), "--depth needs --focus ID");
    }
    int steps;
    try {
      steps = Integer.parseInt(depth.strip());
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--depth "
              + Printable.quote(depth)
              + " is not a number; give 1 or more, such as --depth "
              + DEPTH);
    }
    if (steps < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--depth "
              + steps
              + " is not a number of steps; give 1 or more, such as --depth "
              + DEPTH);
    }
    return steps;
  }

  private boolean dot() {
    if (format == null) {
      return false;
    }
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "mermaid" -> false;
      case "dot" -> true;
      default ->
          throw new ParameterException(
              spec.commandLine(),
              "Invalid value for option '--format': "
                  + Printable.quote(format)
                  + " (expected mermaid or dot)");
    };
  }

  /** The focus id, when the questionnaire has it; otherwise a usage error with the nearest id. */
  private static String known(Flow flow, String id) {
    if (flow.node(id).isPresent()) {
      return id;
    }
    List<String> ids = new ArrayList<>();
    flow.askable().forEach(a -> ids.add(a.id()));
    flow.questionnaire().outcomes().forEach(o -> ids.add(o.id()));
    String name = flow.questionnaire().id();
    throw TriageException.usage(
        "--focus "
            + Printable.quote(id)
            + ": no red flag, question or outcome of that id in '"
            + name
            + "'"
            + Nearest.id(id, ids)
                .map(n -> "; did you mean '" + n + "'?")
                .orElse("; 'triage graph -q " + name + "' shows every id"));
  }
}
