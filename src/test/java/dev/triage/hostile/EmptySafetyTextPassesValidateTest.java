package dev.triage.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.cli.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding 10 (high): whitespace-only red-flag text or advice, an empty outcome title or summary, or
 * {@code seek-care: [""]} passed {@code validate --strict}, so an emergency banner could be
 * followed by nothing. Empty and whitespace-only text is refused wherever text is written.
 */
@Tag("hostile")
class EmptySafetyTextPassesValidateTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what | written instead | with | the column and the error, after the line where it is
        // written
        "red-flag text   | text: Is one calf or thigh swollen, warm, red or darker than the other, or throbbing?"
            + " | text: \"   \" | 11: error: 'text' is empty in red flag 'swollen-calf'; write the text",
        "red-flag advice | advice: Get an urgent appointment with a GP today, or call your urgent care line."
            + " | advice: '' | 13: error: 'advice' is empty in red flag 'swollen-calf'; write the text",
        "outcome title   | title: Get checked today | title: \" \" | 12: error: 'title' is empty in outcome"
            + " 'urgent-today'; write the text",
        "outcome summary | summary: Your answers include a sign that should be checked by a doctor today."
            + " | summary: \"\\t\" | 14: error: 'summary' is empty in outcome 'urgent-today'; write the text",
        "seek-care item  | '      - Contact a GP or urgent care service today.' | '      - \"\"' | 9: error: an item"
            + " of 'seek-care' is empty; write it or remove the '-'",
        "a choice label  | '        label: Yes, at the sit bone when sitting' | '        label: \" \"' | 16: error:"
            + " 'label' is empty in choice 'yes' of question 'sitting-pain'; write the text",
        "optional help   | help: These can be signs of a blood clot in a deep vein, which should be checked the same day."
            + " | help: ' ' | 11: error: 'help' is empty in red flag 'swollen-calf'; write the text, or leave the key"
            + " out",
      })
  void emptyOrWhitespaceTextIsRefusedWhereItIsWritten(
      String what, String original, String written, String error) {
    String text = Hostile.example();
    assertEquals(1, text.split(java.util.regex.Pattern.quote(original), -1).length - 1, what);
    Hostile.write(dir, "empty.yaml", text.replace(original, written));
    Cli.Result r = Hostile.run(dir, "validate", "--strict", "empty.yaml");
    assertEquals(
        "empty.yaml:" + Hostile.lineOf(text, original) + ":" + error,
        r.err().lines().findFirst().orElse(""),
        r.err());
    assertEquals("empty.yaml: invalid, 1 error\n1 file checked: 1 error, 0 warnings\n", r.out());
    assertEquals(1, r.exitCode());
  }
}
