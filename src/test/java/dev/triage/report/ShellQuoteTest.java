package dev.triage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellQuoteTest {
  @Test
  void plainWordsStayBare() {
    assertEquals(
        "triage run -q example -a sitting-pain=yes ./q/x.yaml",
        ShellQuote.line(
            List.of("triage", "run", "-q", "example", "-a", "sitting-pain=yes", "./q/x.yaml")));
  }

  @Test
  void wordsWithSpacesQuotesOrShellCharactersAreSingleQuoted() {
    assertEquals("'my file.yaml'", ShellQuote.word("my file.yaml"));
    assertEquals("'it'\\''s'", ShellQuote.word("it's"));
    assertEquals("'$HOME'", ShellQuote.word("$HOME"));
    assertEquals("'a;b'", ShellQuote.word("a;b"));
    assertEquals("''", ShellQuote.word(""));
    assertEquals("'=x'", ShellQuote.word("=x"));
    assertEquals("'~/q.yaml'", ShellQuote.word("~/q.yaml"));
  }
}
