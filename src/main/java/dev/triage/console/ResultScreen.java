package dev.triage.console;

import dev.triage.answers.AnswerPrompter;
import dev.triage.diag.Printable;
import dev.triage.model.Tier;
import dev.triage.report.Report;
import dev.triage.report.ReportOutput;
import dev.triage.report.ResultText;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The end of a session: the result, tier first, then the offer to save the report. */
final class ResultScreen {
  private final Screen screen;
  private final Prompt prompt;
  private final Confirm confirm;
  private final AnswerPrompter.Request request;
  private final SaveDialog dialog;

  ResultScreen(Screen screen, Prompt prompt, Confirm confirm, AnswerPrompter.Request request) {
    this.screen = screen;
    this.prompt = prompt;
    this.confirm = confirm;
    this.request = request;
    this.dialog = new SaveDialog(screen, prompt, confirm, request);
  }

  /**
   * The result in the same words as a scripted run, the tier's lines in its style and the headings
   * in theirs.
   */
  void show(Report report) {
    Tier tier = report.result().outcome().tier();
    screen.blank();
    for (ResultText.Line line : ResultText.lines(report, screen.width())) {
      AttributedStyle style =
          switch (line.kind()) {
            case TIER -> screen.palette().tier(tier);
            case HEADING -> screen.palette().heading();
            case TEXT -> AttributedStyle.DEFAULT;
          };
      screen.line(new AttributedString(Printable.of(line.text()), style));
    }
  }

  /** After an emergency or urgent result: a way back for someone who pressed the wrong key. */
  boolean mistaken() {
    screen.blank();
    screen.text("If you chose that answer by mistake, type b to go back to the question.");
    AttributedString text = new AttributedString("b to go back, Enter to go on: ");
    while (true) {
      Input input = prompt.read(text, List.of());
      if (input instanceof Input.Cancel) {
        throw Cancel.now();
      }
      if (input instanceof Back) {
        return true;
      }
      switch (((Input.Line) input).text().toLowerCase(Locale.ROOT)) {
        case "" -> {
          return false;
        }
        case "b" -> {
          return true;
        }
        default ->
            screen.styled(
                "Type b to go back, or press Enter to go on.", screen.palette().problem());
      }
    }
  }

  /**
   * Saves to {@code -o FILE} when one was given, otherwise offers to save under a name dated as the
   * report is.
   */
  void offerToSave(Report report) {
    ReportOutput output = request.output();
    screen.blank();
    if (output.file().isPresent()) {
      if (output.toStandardOutput()) {
        if (!request
            .onStandardError()) { // else the command prints it to standard output, which is not
          // here
          screen.verbatim(output.format().render(report));
        }
        return;
      }
      dialog.saveTo(report, output.file().get(), output.force());
      return;
    }
    if (!confirm.ask("Save a report of your answers and this result?", true)) {
      screen.text("Not saved.");
      return;
    }
    dialog.ask(report, output.defaultName(report.date()));
  }
}
