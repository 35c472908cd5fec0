package dev.triage.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.triage.load.QuestionnaireLoader;
import dev.triage.load.SourceFiles;
import dev.triage.model.Asked;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Choices, made once per question and kept by Flow, resolve every input as the one answer contract
 * says, written out here as plainly as it can be: an exact id, else the only id equal in any letter
 * case (spaces for hyphens), else a number shown.
 */
class ChoicesContractTest {
  private static final List<Flow> FLOWS = flows();

  private static List<Flow> flows() {
    try {
      Questionnaire thigh =
          QuestionnaireLoader.load(
                  SourceFiles.read(
                      Path.of("questionnaires/posterior-thigh.yaml"), "posterior-thigh.yaml"))
              .questionnaire();
      // Ids that are numbers, and ids that differ only in letter case: the orders of the contract
      // matter there.
      Question numbers =
          Fixtures.question(
              "q",
              Optional.empty(),
              Fixtures.choice("2", "sitting-pain", null),
              Fixtures.choice("1", "urgent-today", null));
      Question cases =
          Fixtures.question(
              "sitting-pain",
              Optional.of(Fixtures.treatAs("ab", null)),
              Fixtures.choice("ab", "emergency-now", null),
              Fixtures.choice("AB", "urgent-today", null),
              Fixtures.choice("Ac", "see-doctor-soon", null));
      Questionnaire odd =
          Fixtures.of(List.of(), "q", List.of(numbers, cases), Fixtures.example().outcomes());
      return List.of(Flow.of(Fixtures.example()), Flow.of(thigh), Flow.of(odd));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The id with the letters whose bit in {@code bits} is set in upper case. */
  private static String mixedCase(String id, int bits) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < id.length(); i++) {
      String c = id.substring(i, i + 1);
      s.append(
          (bits >> (i % 32) & 1) == 1 ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }

  /** The contract, option by option, with nothing made ahead. */
  private static Optional<String> contract(Asked q, String input) {
    String given = input.strip();
    List<AnswerOption> options = Choices.options(q);
    Optional<AnswerOption> pick = options.stream().filter(o -> o.id().equals(given)).findFirst();
    if (pick.isEmpty()) {
      String lower = given.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
      List<AnswerOption> caseless =
          options.stream().filter(o -> o.id().toLowerCase(Locale.ROOT).equals(lower)).toList();
      if (caseless.size() == 1) {
        pick = Optional.of(caseless.get(0));
      }
    }
    if (pick.isEmpty() && given.matches("[0-9]{1,9}")) {
      int number = Integer.parseInt(given);
      pick = options.stream().filter(o -> o.number() == number).findFirst();
    }
    return pick.map(AnswerOption::id);
  }

  record Case(Asked question, Flow flow, String input) {}

  @Property(tries = 3000)
  void everyInputResolvesAsTheContractSays(@ForAll("inputs") Case c) {
    Optional<Answer> resolved = c.flow().choices(c.question()).resolve(c.input());
    assertEquals(contract(c.question(), c.input()), resolved.map(Answer::choice), c.input());
    resolved.ifPresent(a -> assertEquals(c.question(), a.question()));
    assertEquals(resolved, Choices.resolve(c.question(), c.input()), c.input());
  }

  @Provide
  Arbitrary<Case> inputs() {
    List<Case> questions = new ArrayList<>();
    for (Flow flow : FLOWS) {
      flow.askable().forEach(q -> questions.add(new Case(q, flow, "")));
    }
    Arbitrary<Case> question = Arbitraries.of(questions);
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("0123456789 \t-aAbByYnN\u0661\u00A0").ofMaxLength(11);
    return Combinators.combine(
            question,
            noise,
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(-1, 12))
        .as(
            (c, text, kind, number) -> {
              List<AnswerOption> shown = Choices.options(c.question());
              String id = shown.get(Math.floorMod(number, shown.size())).id();
              String input =
                  switch (kind) {
                    case 0 -> id;
                    case 1 -> mixedCase(id, text.hashCode());
                    case 2 -> " " + id + "\t";
                    case 3 -> Integer.toString(number);
                    case 4 -> id.substring(0, Math.max(1, id.length() - 1));
                    case 5 ->
                        mixedCase(id, text.hashCode()).replace("-", text.isEmpty() ? " " : " \t ");
                    default -> text;
                  };
              return new Case(c.question(), c.flow(), input);
            });
  }
}
