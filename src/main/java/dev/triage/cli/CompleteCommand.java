package dev.triage.cli;

import dev.triage.catalog.Catalog;
import dev.triage.catalog.QuestionnaireFile;
import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import dev.triage.engine.Choices;
import dev.triage.engine.Flow;
import dev.triage.model.Asked;
import dev.triage.model.Ids;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triage __complete KIND ...}: the candidates the completion script cannot know in advance,
 * one a line, for the word being completed. Hidden: people never type it. It never fails: whatever
 * goes wrong (a questionnaire that does not load, a kind it does not know), it prints nothing and
 * exits 0, so nothing lands in the person's shell. Every candidate is an id ({@link Ids}:
 * lower-case letters, digits, hyphens), whatever a file holds, so a questionnaire can never put
 * shell code or a control character into the completion.
 */
@Command(
    name = CompleteCommand.NAME,
    hidden = true,
    description = "The completion script's candidates for the word being completed, one a line.")
final class CompleteCommand implements Callable<Integer> {
  static final String NAME = "__complete";

  @Spec CommandSpec spec;

  /**
   * {@code questionnaires PREFIX}: the names {@code -q} finds; {@code answers QUESTIONNAIRE WORD}:
   * for a WORD without {@code =}, the ids of the questions and red flags, each with {@code =} after
   * it, and for {@code ID=PREFIX} the question's answers (its questionnaire as {@code -q} names it;
   * empty for the default).
   */
  @Parameters(
      paramLabel = "WORD",
      arity = "0..*",
      description = "What to complete, then the words it depends on.")
  List<String> words = new ArrayList<>();

  private final Environment env;

  CompleteCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> candidates;
    try {
      candidates = candidates();
    } catch (Exception | StackOverflowError e) {
      candidates =
          List.of(); // a completion shows candidates or none; an error would be drawn into the
      // shell
    }
    for (String candidate : candidates) {
      out.println(candidate);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<String> candidates() throws Exception {
    String kind = word(0);
    if (kind.equals("questionnaires")) {
      return new Catalog(env.workDir())
          .entries().stream()
              .map(Catalog.Entry::name)
              .distinct()
              .filter(name -> startsWith(name, word(1)))
              .toList();
    }
    if (kind.equals("answers")) {
      String named = word(1).isEmpty() ? Catalog.DEFAULT : word(1);
      Flow flow = QuestionnaireFile.open(new Catalog(env.workDir()).find(named)).flow();
      String given = word(2);
      int equals = given.indexOf('=');
      if (equals < 0) {
        return flow.askable().stream()
            .map(Asked::id)
            .filter(id -> startsWith(id, given))
            .map(id -> id + "=")
            .toList();
      }
      Optional<Asked> asked = flow.asked(given.substring(0, equals).toLowerCase(Locale.ROOT));
      if (asked.isEmpty()) {
        return List.of();
      }
      return Choices.startingWith(asked.get(), given.substring(equals + 1)).stream()
          .map(choice -> asked.get().id() + "=" + choice)
          .filter(CompleteCommand::safe)
          .toList();
    }
    return List.of();
  }

  private String word(int i) {
    return i < words.size() ? words.get(i) : "";
  }

  /** Ids joined by {@code =}: what a candidate may hold, whatever the file it came from holds. */
  private static boolean safe(String candidate) {
    int equals = candidate.indexOf('=');
    return Ids.isId(candidate.substring(0, equals)) && Ids.isId(candidate.substring(equals + 1));
  }

  private static boolean startsWith(String id, String prefix) {
    return Ids.isId(id) && id.startsWith(prefix.toLowerCase(Locale.ROOT));
  }
}
