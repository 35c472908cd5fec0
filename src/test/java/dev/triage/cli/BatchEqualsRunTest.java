package dev.triage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import dev.triage.engine.AnswerOption;
import dev.triage.engine.Choices;
import dev.triage.engine.Flow;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.load.SourceFiles;
import dev.triage.model.Asked;
import dev.triage.model.RedFlag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every record {@code triage batch} writes says what {@code triage run --no-input} says of the same
 * answers: the same outcome, tier, red flag, likely source, also-consider, reasons and unused
 * answers when it reaches a result; the same questions still needed when it does not; the same
 * problems, word for word, when it refuses them.
 */
class BatchEqualsRunTest {
  private static final Map<String, Flow> FLOWS =
      Map.of("example", flow("example"), "posterior-thigh", flow("posterior-thigh"));
  private static final Pattern NEEDED = Pattern.compile("(?m)^  ([a-z0-9-]+): ");
  private static final Pattern UNUSED = Pattern.compile("never lead to '([^']+)'");
  private static final Pattern PROBLEM = Pattern.compile("(?m)^<stdin>:\\d+:\\d+: error: (.*)$");

  private static Flow flow(String name) {
    try {
      Path file = Path.of("questionnaires", name + ".yaml");
      return Flow.of(
          QuestionnaireLoader.load(SourceFiles.read(file, file.toString())).questionnaire());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One answer set: the questionnaire, and the answers as a JSON object (text, numbers, ids in any
   * case).
   */
  record Sample(String questionnaire, String answers) {}

  @Property(tries = 400, seed = "20261202")
  void everyRecordSaysWhatARunWithTheSameAnswersSays(@ForAll("answerSets") Sample set) {
    String line = "{\"id\": \"x\", \"answers\": " + set.answers() + "}\n";
    Cli.Result batch =
        Cli.run(Path.of("").toAbsolutePath(), line, "batch", "-q", set.questionnaire());
    JsonObject record = JsonParser.parseString(batch.out()).getAsJsonObject();
    Cli.Result run =
        Cli.run(
            Path.of("").toAbsolutePath(),
            set.answers(),
            "run",
            "-q",
            set.questionnaire(),
            "--no-input",
            "--answers",
            "-",
            "-o",
            "-",
            "--format",
            "json");
    String status = record.get("status").getAsString();
    Statistics.collect(status);
    if (run.exitCode() == 0) {
      assertEquals("complete", status, batch.out());
      JsonObject result =
          JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonObject("result");
      assertEquals(result.get("outcome").getAsString(), record.get("outcome").getAsString());
      assertEquals(result.get("tier").getAsString(), record.get("tier").getAsString());
      assertEquals(id(result.get("red-flag")), text(record.get("red-flag")));
      assertEquals(id(result.get("source")), text(record.get("source")));
      assertEquals(ids(result.get("also-consider")), strings(record.get("also-consider")));
      assertEquals(strings(result.get("reasons")), strings(record.get("reasons")));
      assertEquals(all(UNUSED, run.err()), strings(record.get("unused")));
    } else if (run.err().contains("needed; add one flag per question")) {
      assertEquals(2, run.exitCode());
      assertEquals("incomplete", status, batch.out());
      assertEquals(all(NEEDED, run.err()), strings(record.get("needed")));
    } else {
      assertEquals(2, run.exitCode(), run.err());
      assertEquals("rejected", status, batch.out());
      List<String> problems = new ArrayList<>();
      for (JsonElement e : record.getAsJsonArray("errors")) {
        String error = e.getAsString();
        problems.add(
            error.startsWith("answers.") ? error.substring(error.indexOf(": ") + 2) : error);
      }
      assertEquals(all(PROBLEM, run.err()), problems);
    }
  }

  @Provide
  Arbitrary<Sample> answerSets() {
    return Arbitraries.of("example", "posterior-thigh")
        .flatMap(name -> Arbitraries.longs().map(seed -> answers(name, new Random(seed))));
  }

  /**
   * Mostly what a person would answer ("no" to most red flags), a question left out now and then,
   * answers by id, by number (as text or as a JSON number) or in upper case; three sets in ten
   * spoiled as well (a number out of range, not an answer at all, a question that does not exist);
   * in the questionnaire's order or shuffled.
   */
  private static Sample answers(String name, Random random) {
    Flow flow = FLOWS.get(name);
    boolean spoiled = random.nextInt(100) < 30;
    List<String[]> answers = new ArrayList<>();
    for (Asked q : flow.askable()) {
      if (random.nextInt(100) >= 94) {
        continue;
      }
      List<AnswerOption> shown = Choices.options(q);
      int roll = random.nextInt(100);
      String id =
          q instanceof RedFlag && random.nextInt(100) < 93
              ? RedFlag.NO
              : shown.get(random.nextInt(shown.size())).id();
      String number = Integer.toString(1 + random.nextInt(shown.size() + (spoiled ? 1 : 0)));
      String value =
          roll < 78
              ? id
              : roll < 84
                  ? "#" + number
                  : roll < 90
                      ? number
                      : roll < 96 || !spoiled
                          ? id.toUpperCase(Locale.ROOT)
                          : List.of("maybe", "y", "1.0", "0", "yes please").get(random.nextInt(5));
      answers.add(new String[] {q.id(), value});
    }
    if (spoiled && random.nextBoolean() && !answers.isEmpty()) {
      String id = answers.get(0)[0];
      answers.add(new String[] {id.substring(0, id.length() - 1), "no"});
    }
    if (random.nextInt(100) < 30) {
      Collections.shuffle(answers, random);
    }
    return new Sample(name, json(answers));
  }

  /** A JSON object of the answers; a value starting with # is written as a JSON number. */
  private static String json(List<String[]> answers) {
    StringWriter text = new StringWriter();
    try (JsonWriter w = new JsonWriter(text)) {
      w.beginObject();
      for (String[] a : answers) {
        w.name(a[0]);
        if (a[1].startsWith("#")) {
          w.value(Long.parseLong(a[1].substring(1)));
        } else {
          w.value(a[1]);
        }
      }
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static String id(JsonElement e) {
    return e == null || e.isJsonNull() ? null : e.getAsJsonObject().get("id").getAsString();
  }

  private static String text(JsonElement e) {
    return e.isJsonNull() ? null : e.getAsString();
  }

  private static List<String> ids(JsonElement array) {
    List<String> ids = new ArrayList<>();
    array.getAsJsonArray().forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
    return ids;
  }

  private static List<String> strings(JsonElement array) {
    List<String> texts = new ArrayList<>();
    array.getAsJsonArray().forEach(e -> texts.add(e.getAsString()));
    return texts;
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
