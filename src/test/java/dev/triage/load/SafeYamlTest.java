package dev.triage.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.model.Pos;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The YAML tree: positions, nulls, aliases, and every refusal as an author-facing message. */
@Tag("hostile")
class SafeYamlTest {
  private static YamlNode parse(String yaml) throws QuestionnaireException {
    return SafeYaml.parse(new SourceText("t.yaml", yaml));
  }

  private static List<String> problems(String yaml) {
    QuestionnaireException e = assertThrows(QuestionnaireException.class, () -> parse(yaml));
    return e.diagnostics().stream().map(Diagnostic::headline).toList();
  }

  private static String rendered(String yaml) {
    return LoadTesting.rendered(assertThrows(QuestionnaireException.class, () -> parse(yaml)));
  }

  @Test
  void treeKeepsTextKindsAndOneBasedPositions() throws Exception {
    YamlMap map = (YamlMap) parse("# comment\nname: Ann\nitems:\n  - 1.0\n  - {k: 010}\n");
    assertEquals(new Pos(2, 1), map.pos());
    assertEquals(new YamlScalar("name", new Pos(2, 1)), map.entries().get(0).key());
    assertEquals(new YamlScalar("Ann", new Pos(2, 7)), map.get("name").orElseThrow());
    YamlList items = (YamlList) map.get("items").orElseThrow();
    assertEquals(new Pos(4, 3), items.pos());
    assertEquals(new YamlScalar("1.0", new Pos(4, 5)), items.items().get(0));
    YamlMap inner = (YamlMap) items.items().get(1);
    assertEquals(new Pos(5, 5), inner.pos());
    assertEquals(new YamlScalar("010", new Pos(5, 9)), inner.get("k").orElseThrow());
    assertEquals(java.util.Optional.empty(), map.get("Name"));
  }

  @Test
  void nullsAreMarkedAndQuotedWordsAreText() throws Exception {
    YamlMap map = (YamlMap) parse("a:\nb: ~\nc: null\nd: NULL\ne: 'null'\nf: \"\"\ng: nil\n");
    assertEquals(
        List.of(true, true, true, true, false, false, false),
        map.entries().stream().map(e -> ((YamlScalar) e.value()).isNull()).toList());
  }

  @Test
  void aliasesShareTheAnchoredNode() throws Exception {
    YamlMap map = (YamlMap) parse("a: &steps [Rest., Walk.]\nb: *steps\n");
    assertSame(map.get("a").orElseThrow(), map.get("b").orElseThrow());
  }

  @Test
  void mergeKeysAreOrdinaryKeys() throws Exception {
    YamlMap map = (YamlMap) parse("base: &b {x: 1}\nthing:\n  <<: *b\n");
    YamlMap thing = (YamlMap) map.get("thing").orElseThrow();
    assertEquals("<<", thing.entries().get(0).key().value());
  }

  @Test
  void everyKindOfTagIsRefused() {
    for (String tag :
        List.of(
            "!foo", "!!str", "!!python/object/apply:os.system", "!<tag:yaml.org,2002:str>", "!")) {
      List<String> found = problems("a: " + tag + " x\n");
      assertEquals(1, found.size(), tag);
      assertTrue(
          found.get(0).startsWith("t.yaml:1:4: error: tags are not allowed (found "), found.get(0));
    }
    assertEquals(
        List.of(
            "t.yaml:1:4: error: tags are not allowed (found !!python/object/apply:os.system); remove"
                + " the tag: every value is read as plain text"),
        problems("a: !!python/object/apply:os.system [ls]\n"));
    assertEquals(
        List.of(
            "t.yaml:1:4: error: tags are not allowed (found !foo); remove the tag: every value is read"
                + " as plain text"),
        problems("a: !foo {b: c}\n"));
  }

  @Test
  void allDuplicateKeysAreReportedAtTheirSecondUse() {
    assertEquals(
        List.of(
            "t.yaml:3:1: error: duplicate key 'a' (first written at line 1)",
            "t.yaml:6:5: error: duplicate key 'id' (first written at line 5)"),
        problems("a: 1\nb: 0\na: 2\nc:\n  - id: x\n    id: y\n"));
  }

  @Test
  void documentWithFarMoreNodesThanCharactersSuggestKeepsThemAll() throws Exception {
    // One node per two characters: the tree must grow well past the size it guessed from the text's
    // length.
    String flow = "[" + "a,".repeat(5_000) + "end]\n";
    YamlList list = (YamlList) parse(flow);
    assertEquals(5_001, list.items().size());
    assertEquals(new YamlScalar("end", new Pos(1, 10_002)), list.items().get(5_000));
    assertEquals(new YamlScalar("a", new Pos(1, 4)), list.items().get(1));
  }

  @Test
  void keysAndValuesWrittenOftenAreTheSameText() throws Exception {
    YamlList list = (YamlList) parse("- {id: q1, label: \"Yes\"}\n- {id: q2, label: Yes}\n");
    YamlMap first = (YamlMap) list.items().get(0);
    YamlMap second = (YamlMap) list.items().get(1);
    assertEquals(
        List.of("id", "label"), second.entries().stream().map(e -> e.key().value()).toList());
    assertEquals(new YamlScalar("Yes", new Pos(2, 19)), second.get("label").orElseThrow());
    assertSame(first.entries().get(1).key().value(), second.entries().get(1).key().value());
    assertSame(
        ((YamlScalar) first.get("label").orElseThrow()).value(),
        ((YamlScalar) second.get("label").orElseThrow()).value());
  }

  @Test
  void duplicateKeysAreFoundInLargeMappingsToo() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      yaml.append("k").append(i).append(": v\n");
    }
    yaml.append("k3: again\n");
    assertEquals(
        List.of("t.yaml:41:1: error: duplicate key 'k3' (first written at line 3)"),
        problems(yaml.toString()));
  }

  @Test
  void keysMustBeText() {
    assertEquals(
        List.of("t.yaml:1:3: error: a key must be text, not a list"), problems("? [a, b]\n: c\n"));
  }

  @Test
  void oneDocumentPerFile() {
    assertEquals(
        List.of(
            "t.yaml:3:1: error: a file holds one YAML document; remove this '---' and what follows, or"
                + " put it in a file of its own"),
        problems("---\na: 1\n---\nb: 2\n"));
  }

  @Test
  void aliasWithoutAnchorAndRecursiveAliasAreRefused() {
    assertEquals(
        List.of(
            "t.yaml:1:4: error: alias '*nope' has no anchor; write '&nope' on an earlier value, or write"
                + " the value out"),
        problems("a: *nope\n"));
    assertEquals(
        List.of(
            "t.yaml:1:12: error: alias '*me' refers to a node that contains it; a document cannot"
                + " include itself"),
        problems("a: &me [1, *me]\n"));
  }

  @Test
  void aliasThatWouldNestTooDeepIsRefused() {
    String deep = "[".repeat(40) + "]".repeat(40);
    assertEquals(
        List.of(
            "t.yaml:2:"
                + (4 + 30)
                + ": error: alias '*d' makes the nesting too deep (more than 64"
                + " levels of lists and mappings); flatten the structure"),
        problems("a: &d " + deep + "\nb: " + "[".repeat(30) + "*d" + "]".repeat(30) + "\n"));
  }

  @Test
  void tabIndentationIsExplained() {
    assertEquals(
        """
        t.yaml:2:1: error: tab characters cannot indent YAML; indent with spaces
        \tb: c
        ^""",
        rendered("a:\n\tb: c\n"));
  }

  @Test
  void colonInUnquotedTextIsExplained() {
    assertEquals(
        """
        t.yaml:1:17: error: unexpected ':' here; put text that contains ': ' in quotes (title: "Pain: the basics"), \
        or check the indentation
        title: Back pain: the basics
                        ^""",
        rendered("title: Back pain: the basics\n"));
  }

  @Test
  void badIndentationIsExplained() {
    assertEquals(
        List.of(
            "t.yaml:3:2: error: found a key where it does not belong; check the indentation: it does"
                + " not line up with the mapping that starts at line 1"),
        problems("a:\n  b: c\n d: e\n"));
    assertEquals(
        List.of(
            "t.yaml:2:1: error: found a list item '-' where it does not belong; check the indentation:"
                + " it does not line up with the mapping that starts at line 1"),
        problems("a: x\n- b\n"));
    assertEquals(
        List.of(
            "t.yaml:3:3: error: found a key where it does not belong; check the indentation: it does"
                + " not line up with the list that starts at line 2"),
        problems("a:\n  - x\n  y: z\n"));
  }

  @Test
  void lineWithoutColonIsExplained() {
    assertEquals(
        List.of(
            "t.yaml:2:1: error: this line has no ':' after its key; write 'key: value', or indent the"
                + " line to continue the text above it"),
        problems("a: b\nc\nd: e\n"));
  }

  @Test
  void unclosedQuotesAndBracketsAreExplained() {
    assertEquals(
        List.of("t.yaml:1:4: error: quoted text is not closed; add the closing quote"),
        problems("a: 'single\n"));
    assertEquals(
        List.of(
            "t.yaml:2:1: error: the list opened with '[' at line 1, column 4 is not closed properly;"
                + " separate items with ',' and close it with ']' (found the end of the file)"),
        problems("a: [1, 2\n"));
    assertEquals(
        List.of(
            "t.yaml:2:1: error: the mapping opened with '{' at line 1, column 4 is not closed properly;"
                + " separate items with ',' and close it with '}' (found the end of the file)"),
        problems("a: {b: 1\n"));
  }

  @Test
  void otherSyntaxErrorsAreWordedForAuthors() {
    assertEquals(
        List.of(
            "t.yaml:1:10: error: unknown escape '\\q' in double-quoted text; write '\\\\' for a"
                + " backslash, or use single quotes"),
        problems("a: \"bad \\q\"\n"));
    assertEquals(
        List.of("t.yaml:1:4: error: '`' cannot start a value; put the text in quotes"),
        problems("a: `x`\n"));
    assertEquals(
        List.of(
            "t.yaml:1:4: error: expected a value here, but found ']'; put text that starts with it in"
                + " quotes"),
        problems("a: ]\n"));
    assertEquals(
        List.of(
            "t.yaml:1:4: error: an anchor '&' or alias '*' needs a name of letters, digits, '-' or '_'"),
        problems("a: *\n"));
    assertEquals(
        List.of(
            "t.yaml:1:5: error: after '|' or '>' the text starts on the next line, indented (only '+',"
                + " '-' or a digit may follow the sign); put text that starts with '|' or '>' in quotes"),
        problems("a: |x\n  t\n"));
    assertEquals(
        List.of(
            "t.yaml:1:4: error: '?' starts a key here; put text that starts with '?' in quotes"),
        problems("a: ? b\n"));
    assertEquals(
        List.of(
            "t.yaml:3:1: error: a line that starts with '%' is a YAML directive and '...' ends the"
                + " document; put text that starts with '%' in quotes, or remove the '...' line"),
        problems("a: 1\n...\nb: 2\n"));
    assertEquals(
        List.of(
            "t.yaml:1:7: error: the file ends where a value was expected; write the value, or remove"
                + " the unfinished line"),
        problems("a: { {"));
  }

  @Test
  void controlCharactersAreRefusedWhereTheyAre() {
    assertEquals(
        List.of("t.yaml:2:4: error: the character U+0007 is not allowed in YAML; remove it"),
        problems("a: 1\nb: \u0007\n"));
    assertEquals(
        List.of("t.yaml:2:5: error: the character U+0001 is not allowed in YAML; remove it"),
        problems("a: \uD83D\uDE00\nb: \u00e9\u0001\n"));
  }

  @Test
  void noMessageMentionsSnakeYamlOrJava() {
    for (String bad :
        List.of(
            "a: b: c\n",
            "a:\n  b: c\n d: e\n",
            "a: [1, 2\n",
            "a: |9x\n  t\n",
            "a: \"x\n",
            "%YAML 2.0\n---\na: 1\n",
            "a: !<x\n",
            "a:\n  - x\n  y: z\n",
            "{a: 1\n")) {
      for (String headline : problems(bad)) {
        assertTrue(headline.matches("t\\.yaml:\\d+:\\d+: error: .*"), headline);
        assertTrue(
            !headline.contains("reader")
                && !headline.contains("org.yaml")
                && !headline.contains("<"),
            headline);
      }
    }
  }
}
