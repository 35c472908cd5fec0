package dev.triage.console;

import dev.triage.answers.AnswerPrompter;
import dev.triage.diag.Printable;
import dev.triage.diag.TriageException;
import dev.triage.report.Report;
import dev.triage.report.ReportFormat;
import dev.triage.report.ReportOutput;
import dev.triage.report.SafeFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * Saves a report under a name the person chooses: the format follows the name as {@code -o} does,
 * {@code ~} is the home directory, a directory gets the offered name inside it, and every step can
 * be cancelled without saving.
 */
final class SaveDialog {
  private static final String NOT_SAVED = "Not saved.";

  private final Screen screen;
  private final Prompt prompt;
  private final Confirm confirm;
  private final AnswerPrompter.Request request;

  SaveDialog(Screen screen, Prompt prompt, Confirm confirm, AnswerPrompter.Request request) {
    this.screen = screen;
    this.prompt = prompt;
    this.confirm = confirm;
    this.request = request;
  }

  /** Asks for a name, offering {@code offered} for Enter, then saves there. */
  void ask(Report report, String offered) {
    save(report, name(Optional.of(offered)), offered, false);
  }

  /** Saves to the name given with {@code -o}; asks for another only if that one cannot be used. */
  void saveTo(Report report, String given, boolean replace) {
    save(report, Optional.of(given), request.output().defaultName(report.date()), replace);
  }

  private void save(Report report, Optional<String> first, String offered, boolean replace) {
    Optional<String> typed = first;
    while (typed.isPresent()) {
      String name = typed.get();
      Path path = expand(name);
      String shown = name;
      if (Files.isDirectory(path)) {
        path = path.resolve(offered);
        shown = name.endsWith("/") ? name + offered : name + "/" + offered;
      } else if (SafeFile.namesDirectory(name)) {
        screen.styled(
            "Not saved: there is no directory "
                + Printable.quote(name)
                + "; create it first, or name a file.",
            screen.palette().problem());
        typed = name(Optional.empty());
        continue;
      }
      boolean overwrite = replace;
      if (!overwrite && Files.exists(path) && !Files.isDirectory(path)) {
        overwrite = confirm.ask(Printable.quote(shown) + " already exists. Replace it?", false);
        if (!overwrite) {
          typed = name(Optional.empty()); // never the same name again: another, or none
          continue;
        }
      }
      try {
        SafeFile.write(path, shown, format(name).render(report), overwrite);
        screen.text("Report saved to " + shown + ".");
        return;
      } catch (TriageException e) {
        screen.styled(
            "Not saved: " + String.join("; ", e.lines()) + ".", screen.palette().problem());
        typed = name(Optional.empty());
      }
    }
    screen.text(NOT_SAVED);
  }

  /**
   * Reads a file name: Enter takes {@code offered} when there is one, and cancels when there is
   * none; Esc always cancels. {@code q}, {@code quit} and {@code exit} are taken for a wish to stop
   * unless the person confirms them as the name.
   */
  private Optional<String> name(Optional<String> offered) {
    AttributedString text =
        new AttributedString(
            offered
                .map(o -> "File name [" + o + "] (Esc to cancel): ")
                .orElse("Another file name (Enter or Esc to cancel): "));
    Input input = prompt.read(text, List.of());
    if (input instanceof Input.Cancel) {
      throw Cancel.now();
    }
    if (input instanceof Back) {
      return Optional.empty();
    }
    String line = ((Input.Line) input).text();
    if (line.isEmpty()) {
      return offered;
    }
    if (List.of("q", "quit", "exit").contains(line.toLowerCase(Locale.ROOT))
        && !confirm.ask("Save the report in a file named " + Printable.quote(line) + "?", false)) {
      return Optional.empty();
    }
    return Optional.of(line);
  }

  /**
   * The path a name stands for: {@code ~} and {@code ~/...} in the home directory, else in the
   * working directory.
   */
  private Path expand(String name) {
    if (name.equals("~")) {
      return request.home();
    }
    if (name.startsWith("~/")) {
      return request.home().resolve(name.substring(2));
    }
    return request.workDir().resolve(name);
  }

  /**
   * The format for a name: the one {@code --format} asked for, else JSON for a name ending in
   * {@code .json} and Markdown otherwise, as for {@code -o}. A format that differs from what {@code
   * -o}'s own name implies can only have come from {@code --format}.
   */
  private ReportFormat format(String name) {
    ReportOutput output = request.output();
    boolean chosen =
        output.file().isPresent() && output.format() != ReportFormat.forFile(output.file());
    return chosen ? output.format() : ReportFormat.forFile(Optional.of(name));
  }
}
