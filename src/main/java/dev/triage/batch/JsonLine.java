package dev.triage.batch;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.triage.diag.Printable;
import dev.triage.engine.Flow;
import dev.triage.engine.WrittenAnswer;
import dev.triage.model.Asked;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of JSON Lines, {@code {"id": "a1", "answers": {"question-id": "choice", ...}}},
 * with Gson's streaming reader in strict mode. The shape is checked as it is read and nothing is
 * read deeper than the answers, so a line nested a thousand deep is refused at its first unexpected
 * bracket. A missing answer is an absent key, {@code null} or empty text; a number answers by the
 * position shown, as in an answer file.
 */
final class JsonLine {
  static final String EXAMPLE = "{\"id\": \"a1\", \"answers\": {\"sitting-pain\": \"yes\"}}";
  private static final Pattern WHERE = Pattern.compile(" at line \\d+ column (\\d+)");

  /**
   * Each question's origin for messages ({@code answers.sitting-pain}), made once rather than once
   * per answer.
   */
  private final Map<String, String> origins = new HashMap<>();

  JsonLine(Flow flow) {
    for (Asked q : flow.askable()) {
      origins.put(q.id(), "answers." + q.id());
    }
  }

  /** The answer set on line {@code number}, or empty for a blank line. */
  Optional<WrittenSet> parse(long number, String text) throws Refusal {
    if (text.isBlank()) {
      return Optional.empty();
    }
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    Optional<String> id = Optional.empty();
    try {
      expect(reader, JsonToken.BEGIN_OBJECT, "the line should be a JSON object such as " + EXAMPLE);
      reader.beginObject();
      List<WrittenAnswer> answers = null;
      boolean idSeen = false;
      while (reader.hasNext()) {
        String key = reader.nextName();
        if (key.equals("id") && !idSeen) {
          idSeen = true;
          id = id(reader);
        } else if (key.equals("answers") && answers == null) {
          answers = answers(reader);
        } else if (key.equals("id") || key.equals("answers")) {
          throw new Refusal("\"" + key + "\" is given twice; give it once");
        } else {
          throw new Refusal(
              "unknown key "
                  + Printable.quote(key)
                  + "; a line has only \"id\" and \"answers\", such as "
                  + EXAMPLE);
        }
      }
      reader.endObject();
      // Strict mode throws on anything after the object; the end of the line is all that may
      // follow.
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new Refusal(
            "something follows the object; write one JSON object per line, such as " + EXAMPLE);
      }
      if (answers == null) {
        throw new Refusal("the line has no \"answers\"; write them as " + EXAMPLE);
      }
      return Optional.of(new WrittenSet(number, id, answers));
    } catch (Refusal r) {
      throw r.of(id);
    } catch (EOFException e) {
      throw new Refusal(
              "not valid JSON: the line ends before the object does; write one JSON object per line")
          .of(id);
    } catch (MalformedJsonException e) {
      throw new Refusal(
              "not valid JSON"
                  + where(e)
                  + ": "
                  + reason(e)
                  + "; write one JSON object per line, such as "
                  + EXAMPLE)
          .of(id);
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw new Refusal(
              "not valid JSON" + where(e) + "; write one JSON object per line, such as " + EXAMPLE)
          .of(id);
    }
  }

  private static Optional<String> id(JsonReader reader) throws IOException, Refusal {
    JsonToken token = reader.peek();
    if (token == JsonToken.NULL) {
      reader.nextNull();
      return Optional.empty();
    }
    if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
      throw new Refusal("\"id\" should be text or a number, but is " + kind(token));
    }
    return Optional.of(SetIds.check(reader.nextString()));
  }

  private List<WrittenAnswer> answers(JsonReader reader) throws IOException, Refusal {
    expect(
        reader,
        JsonToken.BEGIN_OBJECT,
        "\"answers\" should be an object of question id to choice, such as"
            + " {\"sitting-pain\": \"yes\"}");
    reader.beginObject();
    List<WrittenAnswer> answers = new ArrayList<>();
    while (reader.hasNext()) {
      String question = reader.nextName();
      JsonToken token = reader.peek();
      if (token == JsonToken.NULL) {
        reader.nextNull();
      } else if (token == JsonToken.STRING || token == JsonToken.NUMBER) {
        String choice = reader.nextString();
        if (!choice.isBlank()) {
          String origin = origins.get(question);
          answers.add(
              new WrittenAnswer(question, choice, origin != null ? origin : "answers." + question));
        }
      } else {
        throw new Refusal(
            "the answer to "
                + Printable.quote(question)
                + " should be a choice id or number, but is "
                + kind(token));
      }
    }
    reader.endObject();
    return answers;
  }

  private static void expect(JsonReader reader, JsonToken expected, String what)
      throws IOException, Refusal {
    JsonToken token = reader.peek();
    if (token != expected) {
      throw new Refusal(what + ", but is " + kind(token));
    }
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case BEGIN_ARRAY -> "an array";
      case BEGIN_OBJECT -> "an object";
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "nothing";
    };
  }

  /**
   * Gson's reason in a few words: its messages name its own API and a web page, which mean nothing
   * here.
   */
  private static String reason(Exception e) {
    String message = String.valueOf(e.getMessage());
    Matcher at = WHERE.matcher(message);
    String reason =
        at.find() ? message.substring(0, at.start()) : message.lines().findFirst().orElse("");
    if (reason.startsWith("Use JsonReader.setStrictness")) {
      return "a character that JSON does not allow there";
    }
    return Printable.of(
        reason.isEmpty()
            ? "malformed"
            : Character.toLowerCase(reason.charAt(0)) + reason.substring(1));
  }

  private static String where(Exception e) {
    Matcher at = WHERE.matcher(String.valueOf(e.getMessage()));
    return at.find() ? " near column " + at.group(1) : "";
  }
}
