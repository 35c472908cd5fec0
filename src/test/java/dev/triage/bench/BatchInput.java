package dev.triage.bench;

import com.google.gson.stream.JsonWriter;
import dev.triage.engine.AnswerOption;
import dev.triage.engine.Choices;
import dev.triage.engine.Flow;
import dev.triage.engine.Walk;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.load.SourceFiles;
import dev.triage.model.Asked;
import dev.triage.model.RedFlag;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes the input of bench/batch.sh: answer sets that walk a questionnaire to every outcome, as
 * random walks (a red flag is answered "yes" or "not sure" now and then; every other question takes
 * the answer with the longest way on three times in five, as most people a clinic sees answer every
 * question, and any answer otherwise), of which 6% lose one answer (incomplete) and 4% have one bad
 * answer or a mistyped question id (rejected). Seeded, so every run writes the same file. Prints
 * how many sets end at each outcome to standard error.
 *
 * <p>Usage: {@code BatchInput QUESTIONNAIRE.yaml COUNT jsonl|csv OUT [SEED]}
 */
public final class BatchInput {
  private BatchInput() {}

  public static void main(String[] args) throws Exception {
    Path questionnaire = Path.of(args[0]);
    long count = Long.parseLong(args[1]);
    boolean csv = args[2].equals("csv");
    Path out = Path.of(args[3]);
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
    Flow flow =
        Flow.of(QuestionnaireLoader.load(SourceFiles.read(questionnaire, args[0])).questionnaire());
    Random random = new Random(seed);
    Map<String, Long> outcomes = new TreeMap<>();
    List<String> columns = flow.askable().stream().map(Asked::id).toList();
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      if (csv) {
        w.write("id," + String.join(",", columns) + "\n");
      }
      for (long i = 1; i <= count; i++) {
        Map<String, String> answers = walk(flow, random, outcomes);
        spoil(answers, random);
        String id = String.format("p%07d", i);
        if (csv) {
          csvRow(w, id, answers, columns);
        } else {
          jsonLine(w, id, answers);
        }
      }
    }
    System.err.println("outcomes reached (before answers were dropped or spoiled): " + outcomes);
  }

  private static Map<String, String> walk(Flow flow, Random random, Map<String, Long> outcomes) {
    Map<String, String> answers = new LinkedHashMap<>();
    Walk walk = Walk.start(flow);
    while (walk.current().isPresent()) {
      Asked q = walk.current().get();
      List<AnswerOption> shown = Choices.options(q);
      String choice;
      if (q instanceof RedFlag) {
        int roll = random.nextInt(1000);
        choice =
            roll < 4 ? RedFlag.YES : roll < 6 && shown.size() > 2 ? shown.get(2).id() : RedFlag.NO;
      } else if (random.nextInt(100) < 60) {
        choice = longest(flow, q, shown);
      } else {
        choice = shown.get(random.nextInt(shown.size())).id();
      }
      answers.put(q.id(), choice);
      walk = walk.answer(choice).orElseThrow();
    }
    outcomes.merge(walk.result().orElseThrow().outcome().id(), 1L, Long::sum);
    return answers;
  }

  /**
   * The answer that leads to the longest walk: most people a clinic sees are in scope and answer
   * everything.
   */
  private static String longest(Flow flow, Asked q, List<AnswerOption> shown) {
    String best = shown.get(0).id();
    int most = -1;
    for (AnswerOption s : shown) {
      int n = flow.remainingAtMost(Choices.resolve(q, s.id()).orElseThrow().next());
      if (n > most) {
        most = n;
        best = s.id();
      }
    }
    return best;
  }

  /** 6% lose an answer, 4% get a bad one: a choice that is no choice, or a question id mistyped. */
  private static void spoil(Map<String, String> answers, Random random) {
    int roll = random.nextInt(100);
    if (roll >= 10 || answers.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(answers.keySet());
    String victim = ids.get(random.nextInt(ids.size()));
    if (roll < 6) {
      answers.remove(victim);
    } else if (roll < 8) {
      answers.put(victim, "maybe");
    } else {
      String choice = answers.remove(victim);
      answers.put(victim.substring(0, victim.length() - 1), choice);
    }
  }

  private static void jsonLine(Writer w, String id, Map<String, String> answers)
      throws IOException {
    JsonWriter json = new JsonWriter(w);
    json.beginObject().name("id").value(id).name("answers").beginObject();
    for (Map.Entry<String, String> e : answers.entrySet()) {
      json.name(e.getKey()).value(e.getValue());
    }
    json.endObject().endObject();
    w.write('\n');
  }

  /**
   * A CSV row has a column per question, so a mistyped id cannot be written: that answer is left
   * blank.
   */
  private static void csvRow(Writer w, String id, Map<String, String> answers, List<String> columns)
      throws IOException {
    StringBuilder row = new StringBuilder(id);
    for (String c : columns) {
      row.append(',').append(answers.getOrDefault(c, ""));
    }
    w.write(row.append('\n').toString());
  }
}
