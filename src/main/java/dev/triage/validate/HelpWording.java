package dev.triage.validate;

import dev.triage.diag.Findings;
import dev.triage.model.Asked;
import dev.triage.model.Questionnaire;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns when a question's {@code help} tells the person how to answer. Help is "why we ask" and is
 * shown only when the person asks for it, so an instruction there ("Answer yes if ...") is one most
 * people never see; it belongs in {@code note}, which is always shown under the question.
 */
final class HelpWording {
  /** Sentence openings that instruct rather than explain, matched in any letter case. */
  static final List<String> OPENINGS =
      List.of(
          "answer ",
          "if you are not sure",
          "if you are unsure",
          "if unsure",
          "if you cannot tell",
          "if you can't tell",
          "choose ",
          "pick ",
          "select ",
          "tick ");

  /** The start of the text and of each sentence in it, after any opening quote or bracket. */
  private static final Pattern SENTENCE_START =
      Pattern.compile("(?:^|[.!?:;]\\s+)[\"'(\u201c\u2018]*");

  private HelpWording() {}

  static void check(Questionnaire q, Findings findings) {
    q.redFlags().forEach(flag -> check(flag, "red flag", findings));
    q.questions().forEach(question -> check(question, "question", findings));
  }

  private static void check(Asked asked, String kind, Findings findings) {
    asked
        .help()
        .flatMap(HelpWording::instruction)
        .ifPresent(
            opening ->
                findings.warning(
                    asked.pos(),
                    "the help of "
                        + kind
                        + " '"
                        + asked.id()
                        + "' tells the person how to answer (\""
                        + opening
                        + "...\"); help is shown only when asked for, so move that sentence to 'note', which is always shown"));
  }

  /**
   * The opening words of the first sentence of {@code help} that tells the person how to answer, as
   * written.
   */
  static Optional<String> instruction(String help) {
    String lower = help.toLowerCase(Locale.ROOT);
    Matcher m = SENTENCE_START.matcher(lower);
    while (m.find()) {
      for (String opening : OPENINGS) {
        if (lower.startsWith(opening, m.end())) {
          return Optional.of(help.substring(m.end(), m.end() + opening.length()).strip());
        }
      }
    }
    return Optional.empty();
  }
}
