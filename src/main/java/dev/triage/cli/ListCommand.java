package dev.triage.cli;

import dev.triage.catalog.Catalog;
import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import dev.triage.diag.Printable;
import dev.triage.diag.QuestionnaireException;
import dev.triage.model.Questionnaire;
import dev.triage.validate.CheckedFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code triage list}: the questionnaires -q can name, with their title, version and where they
 * are.
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Lists the questionnaires that -q NAME finds.",
      "Those in a folder named questionnaires in the current directory come first, then the bundled ones. A bundled"
          + " one of the same name as one there is hidden by it, and listed as such; an identical copy is listed"
          + " once."
    })
final class ListCommand implements Callable<Integer> {
  /** How much of a title the table shows, so one long title cannot pad every row. */
  private static final int TITLE_WIDTH = 60;

  @Spec CommandSpec spec;

  private final Environment env;

  ListCommand(Environment env) {
    this.env = env;
  }

  private static boolean sameAsBundled(Catalog catalog, Catalog.Entry e) {
    try {
      return catalog.sameAsBundled(e);
    } catch (QuestionnaireException unreadable) {
      return false; // listed as it is, and its row says it cannot be loaded
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"NAME", "TITLE", "VERSION", "WHERE"});
    Catalog catalog = new Catalog(env.workDir());
    Set<String> copies = new HashSet<>();
    for (Catalog.Entry e : catalog.entries()) {
      if (e.hidden() && copies.contains(e.name())) {
        continue; // listed once, as the copy in ./questionnaires/
      }
      String where =
          e.hidden()
              ? "bundled (hidden by ./" + Catalog.LOCAL_DIR + "/" + e.name() + ".yaml)"
              : e.where();
      if (sameAsBundled(catalog, e)) {
        copies.add(e.name());
        where += " (same as bundled)";
      }
      CheckedFile checked;
      try {
        checked = CheckedFile.check(catalog.read(e));
      } catch (QuestionnaireException ex) {
        checked = CheckedFile.failed(e.where(), ex);
      }
      if (checked.loaded().isEmpty()) {
        rows.add(
            new String[] {
              e.name(), "(cannot be loaded; run: triage validate " + e.where() + ")", "-", where
            });
        continue;
      }
      Questionnaire q = checked.loaded().get().questionnaire();
      String title =
          Printable.cut(q.title(), TITLE_WIDTH)
              + (checked.errors() > 0
                  ? " (has errors"
                      + e.file().map(f -> "; run: triage validate " + e.where()).orElse("")
                      + ")"
                  : "");
      rows.add(new String[] {e.name(), title, q.version(), where});
    }
    if (rows.size() == 1) {
      out.println(
          "No questionnaires found: none in ./" + Catalog.LOCAL_DIR + "/ and none bundled.");
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
