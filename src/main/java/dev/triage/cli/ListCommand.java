package dev.triage.cli;

import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.Printable;
import dev.triage.diag.Severity;
import dev.triage.diag.SourceText;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.load.SourceFiles;
import dev.triage.validate.Validator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code triage list}: the questionnaires -q can name, with their title, version and where they are. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Lists the questionnaires that -q NAME finds: those in ./questionnaires/ first, then the bundled ones.",
      "A bundled one is marked hidden when ./questionnaires/ has one of the same name."
    })
final class ListCommand implements Callable<Integer> {
  /** How much of a title the table shows, so one long title cannot pad every row. */
  private static final int TITLE_WIDTH = 60;

  @Spec CommandSpec spec;

  private final Environment env;

  ListCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"NAME", "TITLE", "VERSION", "WHERE"});
    for (Catalog.Entry e : new Catalog(env).entries()) {
      String where = e.hidden() ? "bundled (hidden by ./" + Catalog.LOCAL_DIR + "/" + e.name() + ".yaml)"
          : e.where();
      try {
        SourceText src = e.file().isPresent()
            ? SourceFiles.read(e.file().get(), e.where())
            : Bundled.read(e.name()).orElseThrow();
        Loaded loaded = QuestionnaireLoader.load(src);
        boolean broken = Validator.validate(loaded.questionnaire(), src.name()).stream()
            .anyMatch(d -> d.severity() == Severity.ERROR);
        String title = Printable.cut(loaded.questionnaire().title(), TITLE_WIDTH) + (broken ? " (has errors" + e.file().map(f -> "; run: triage"
            + " validate " + e.where()).orElse("") + ")" : "");
        rows.add(new String[] {e.name(), title, loaded.questionnaire().version(), where});
      } catch (QuestionnaireException ex) {
        rows.add(new String[] {e.name(), "(cannot be loaded; run: triage validate " + e.where() + ")", "-", where});
      }
    }
    if (rows.size() == 1) {
      out.println("No questionnaires found: none in ./" + Catalog.LOCAL_DIR + "/ and none bundled.");
      return ExitCodes.OK;
    }
    int[] widths = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
      }
      out.println(line.append(row[3]));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
