package dev.triage.launch;

import dev.triage.model.Choice;
import dev.triage.model.Governance;
import dev.triage.model.NotSure;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Reference;
import dev.triage.model.SelfTest;
import dev.triage.model.Source;
import dev.triage.model.Tier;
import java.io.DataInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads back what the build-only {@code ModelWriter} wrote, through the records' own constructors
 * (so their checks run again). Hand-written rather than reflective: it is on the start-up path,
 * where reflection and Java serialization cost more than parsing the YAML would save.
 */
final class ModelReader {
  private ModelReader() {}

  static Questionnaire read(DataInputStream in) throws IOException {
    return new Questionnaire(
        in.readInt(),
        str(in),
        str(in),
        str(in),
        str(in),
        optStr(in),
        str(in),
        references(in),
        sources(in),
        redFlags(in),
        ref(in),
        questions(in),
        outcomes(in),
        in.readBoolean() ? Optional.of(governance(in)) : Optional.empty());
  }

  private static Governance governance(DataInputStream in) throws IOException {
    return new Governance(
        pos(in),
        people(in),
        reviews(in),
        pos(in),
        LocalDate.ofEpochDay(in.readLong()),
        pos(in),
        changes(in));
  }

  private static Governance.Person person(DataInputStream in) throws IOException {
    return new Governance.Person(pos(in), optStr(in), str(in));
  }

  private static Governance.Review review(DataInputStream in) throws IOException {
    return new Governance.Review(
        pos(in),
        LocalDate.ofEpochDay(in.readLong()),
        str(in),
        pos(in),
        people(in),
        in.readBoolean(),
        optStr(in));
  }

  private static Governance.Change change(DataInputStream in) throws IOException {
    return new Governance.Change(
        pos(in), str(in), LocalDate.ofEpochDay(in.readLong()), str(in), optStr(in));
  }

  private static List<Governance.Person> people(DataInputStream in) throws IOException {
    int n = count(in);
    List<Governance.Person> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(person(in));
    }
    return values;
  }

  private static List<Governance.Review> reviews(DataInputStream in) throws IOException {
    int n = count(in);
    List<Governance.Review> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(review(in));
    }
    return values;
  }

  private static List<Governance.Change> changes(DataInputStream in) throws IOException {
    int n = count(in);
    List<Governance.Change> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(change(in));
    }
    return values;
  }

  private static Reference reference(DataInputStream in) throws IOException {
    return new Reference(str(in), pos(in), str(in), optStr(in));
  }

  private static Source source(DataInputStream in) throws IOException {
    return new Source(str(in), pos(in), str(in), str(in));
  }

  private static RedFlag redFlag(DataInputStream in) throws IOException {
    return new RedFlag(
        str(in),
        pos(in),
        str(in),
        optStr(in),
        optStr(in),
        tier(in),
        optStr(in),
        optStr(in),
        ref(in),
        ref(in),
        in.readBoolean(),
        refs(in),
        optNotSure(in),
        refs(in));
  }

  private static Question question(DataInputStream in) throws IOException {
    return new Question(
        str(in),
        pos(in),
        str(in),
        optStr(in),
        optStr(in),
        optSelfTest(in),
        choices(in),
        optNotSure(in),
        refs(in));
  }

  private static Outcome outcome(DataInputStream in) throws IOException {
    return new Outcome(
        str(in),
        pos(in),
        tier(in),
        optRef(in),
        refs(in),
        str(in),
        str(in),
        strings(in),
        strings(in),
        strings(in),
        strings(in),
        refs(in));
  }

  private static Choice choice(DataInputStream in) throws IOException {
    return new Choice(str(in), pos(in), str(in), optStr(in), ref(in));
  }

  private static NotSure notSure(DataInputStream in) throws IOException {
    return new NotSure(pos(in), str(in), optStr(in), optRef(in), optStr(in));
  }

  private static SelfTest selfTest(DataInputStream in) throws IOException {
    return new SelfTest(str(in), strings(in));
  }

  private static Ref ref(DataInputStream in) throws IOException {
    return new Ref(str(in), pos(in));
  }

  private static Pos pos(DataInputStream in) throws IOException {
    return new Pos(in.readInt(), in.readInt());
  }

  private static Tier tier(DataInputStream in) throws IOException {
    int i = in.readUnsignedByte();
    if (i >= Tier.values().length) {
      throw new IOException("no tier " + i);
    }
    // By position, as ModelWriter writes it: writer and reader are always of one build (the model
    // is in the jar
    // beside them), and a model of another layout is refused by its format number.
    @SuppressWarnings("EnumOrdinal")
    Tier tier = Tier.values()[i];
    return tier;
  }

  static String str(DataInputStream in) throws IOException {
    return new String(bytes(in), java.nio.charset.StandardCharsets.UTF_8);
  }

  static byte[] bytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("a length of " + n + " past the end");
    }
    return in.readNBytes(n);
  }

  // Reading is on every cached run's path, so it spells each list and optional out: no lambdas,
  // whose first call
  // costs start-up time. Writing happens once per questionnaire, so ModelWriter keeps generic
  // helpers.

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("a list of " + n + " past the end");
    }
    return n;
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = count(in);
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(str(in));
    }
    return values;
  }

  private static List<Ref> refs(DataInputStream in) throws IOException {
    int n = count(in);
    List<Ref> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(ref(in));
    }
    return values;
  }

  private static List<Reference> references(DataInputStream in) throws IOException {
    int n = count(in);
    List<Reference> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(reference(in));
    }
    return values;
  }

  private static List<Source> sources(DataInputStream in) throws IOException {
    int n = count(in);
    List<Source> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(source(in));
    }
    return values;
  }

  private static List<RedFlag> redFlags(DataInputStream in) throws IOException {
    int n = count(in);
    List<RedFlag> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(redFlag(in));
    }
    return values;
  }

  private static List<Question> questions(DataInputStream in) throws IOException {
    int n = count(in);
    List<Question> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(question(in));
    }
    return values;
  }

  private static List<Outcome> outcomes(DataInputStream in) throws IOException {
    int n = count(in);
    List<Outcome> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(outcome(in));
    }
    return values;
  }

  private static List<Choice> choices(DataInputStream in) throws IOException {
    int n = count(in);
    List<Choice> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(choice(in));
    }
    return values;
  }

  private static Optional<String> optStr(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(str(in)) : Optional.empty();
  }

  private static Optional<Ref> optRef(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(ref(in)) : Optional.empty();
  }

  private static Optional<NotSure> optNotSure(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(notSure(in)) : Optional.empty();
  }

  private static Optional<SelfTest> optSelfTest(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(selfTest(in)) : Optional.empty();
  }
}
