package dev.triage.cache;

import dev.triage.model.Choice;
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
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a questionnaire's model as compact binary and reads it back, field by field through the records' own
 * constructors (so their checks run again). Hand-written rather than reflective: it is on the start-up path, where
 * reflection and Java serialization cost more than parsing the YAML would save. A new model field fails its compile.
 */
final class QuestionnaireCodec {
  /** Changes whenever the layout below changes; a cache entry of another version is ignored. */
  static final int VERSION = 1;

  private QuestionnaireCodec() {}

  /** A function that writes one value, for lists and optionals. */
  private interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  /** A function that reads one value, for lists and optionals. */
  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  static void write(DataOutputStream out, Questionnaire q) throws IOException {
    out.writeInt(q.format());
    str(out, q.id());
    str(out, q.title());
    str(out, q.version());
    str(out, q.language());
    opt(out, q.description(), QuestionnaireCodec::str);
    str(out, q.disclaimer());
    list(out, q.references(), QuestionnaireCodec::reference);
    list(out, q.sources(), QuestionnaireCodec::source);
    list(out, q.redFlags(), QuestionnaireCodec::redFlag);
    ref(out, q.start());
    list(out, q.questions(), QuestionnaireCodec::question);
    list(out, q.outcomes(), QuestionnaireCodec::outcome);
  }

  static Questionnaire read(DataInputStream in) throws IOException {
    return new Questionnaire(in.readInt(), str(in), str(in), str(in), str(in), opt(in, QuestionnaireCodec::str),
        str(in), list(in, QuestionnaireCodec::reference), list(in, QuestionnaireCodec::source),
        list(in, QuestionnaireCodec::redFlag), ref(in), list(in, QuestionnaireCodec::question),
        list(in, QuestionnaireCodec::outcome));
  }

  private static void reference(DataOutputStream out, Reference r) throws IOException {
    str(out, r.key());
    pos(out, r.pos());
    str(out, r.citation());
    opt(out, r.url(), QuestionnaireCodec::str);
  }

  private static Reference reference(DataInputStream in) throws IOException {
    return new Reference(str(in), pos(in), str(in), opt(in, QuestionnaireCodec::str));
  }

  private static void source(DataOutputStream out, Source s) throws IOException {
    str(out, s.id());
    pos(out, s.pos());
    str(out, s.name());
    str(out, s.description());
  }

  private static Source source(DataInputStream in) throws IOException {
    return new Source(str(in), pos(in), str(in), str(in));
  }

  private static void redFlag(DataOutputStream out, RedFlag f) throws IOException {
    str(out, f.id());
    pos(out, f.pos());
    str(out, f.text());
    opt(out, f.help(), QuestionnaireCodec::str);
    tier(out, f.tier());
    str(out, f.advice());
    opt(out, f.reason(), QuestionnaireCodec::str);
    ref(out, f.outcome());
    ref(out, f.onNo());
    out.writeBoolean(f.explicitNo());
    opt(out, f.notSure(), QuestionnaireCodec::notSure);
    list(out, f.refs(), QuestionnaireCodec::ref);
  }

  private static RedFlag redFlag(DataInputStream in) throws IOException {
    return new RedFlag(str(in), pos(in), str(in), opt(in, QuestionnaireCodec::str), tier(in), str(in),
        opt(in, QuestionnaireCodec::str), ref(in), ref(in), in.readBoolean(), opt(in, QuestionnaireCodec::notSure),
        list(in, QuestionnaireCodec::ref));
  }

  private static void question(DataOutputStream out, Question q) throws IOException {
    str(out, q.id());
    pos(out, q.pos());
    str(out, q.text());
    opt(out, q.help(), QuestionnaireCodec::str);
    opt(out, q.selfTest(), QuestionnaireCodec::selfTest);
    list(out, q.choices(), QuestionnaireCodec::choice);
    opt(out, q.notSure(), QuestionnaireCodec::notSure);
    list(out, q.refs(), QuestionnaireCodec::ref);
  }

  private static Question question(DataInputStream in) throws IOException {
    return new Question(str(in), pos(in), str(in), opt(in, QuestionnaireCodec::str),
        opt(in, QuestionnaireCodec::selfTest), list(in, QuestionnaireCodec::choice),
        opt(in, QuestionnaireCodec::notSure), list(in, QuestionnaireCodec::ref));
  }

  private static void outcome(DataOutputStream out, Outcome o) throws IOException {
    str(out, o.id());
    pos(out, o.pos());
    tier(out, o.tier());
    opt(out, o.source(), QuestionnaireCodec::ref);
    list(out, o.alsoConsider(), QuestionnaireCodec::ref);
    str(out, o.title());
    str(out, o.summary());
    list(out, o.reasons(), QuestionnaireCodec::str);
    list(out, o.nextSteps(), QuestionnaireCodec::str);
    list(out, o.avoid(), QuestionnaireCodec::str);
    list(out, o.seekCare(), QuestionnaireCodec::str);
    list(out, o.refs(), QuestionnaireCodec::ref);
  }

  private static Outcome outcome(DataInputStream in) throws IOException {
    return new Outcome(str(in), pos(in), tier(in), opt(in, QuestionnaireCodec::ref), list(in, QuestionnaireCodec::ref),
        str(in), str(in), list(in, QuestionnaireCodec::str), list(in, QuestionnaireCodec::str),
        list(in, QuestionnaireCodec::str), list(in, QuestionnaireCodec::str), list(in, QuestionnaireCodec::ref));
  }

  private static void choice(DataOutputStream out, Choice c) throws IOException {
    str(out, c.id());
    pos(out, c.pos());
    str(out, c.label());
    opt(out, c.reason(), QuestionnaireCodec::str);
    ref(out, c.next());
  }

  private static Choice choice(DataInputStream in) throws IOException {
    return new Choice(str(in), pos(in), str(in), opt(in, QuestionnaireCodec::str), ref(in));
  }

  private static void notSure(DataOutputStream out, NotSure n) throws IOException {
    pos(out, n.pos());
    str(out, n.label());
    opt(out, n.treatAs(), QuestionnaireCodec::str);
    opt(out, n.next(), QuestionnaireCodec::ref);
    opt(out, n.reason(), QuestionnaireCodec::str);
  }

  private static NotSure notSure(DataInputStream in) throws IOException {
    return new NotSure(pos(in), str(in), opt(in, QuestionnaireCodec::str), opt(in, QuestionnaireCodec::ref),
        opt(in, QuestionnaireCodec::str));
  }

  private static void selfTest(DataOutputStream out, SelfTest t) throws IOException {
    str(out, t.name());
    list(out, t.steps(), QuestionnaireCodec::str);
  }

  private static SelfTest selfTest(DataInputStream in) throws IOException {
    return new SelfTest(str(in), list(in, QuestionnaireCodec::str));
  }

  private static void ref(DataOutputStream out, Ref r) throws IOException {
    str(out, r.id());
    pos(out, r.pos());
  }

  private static Ref ref(DataInputStream in) throws IOException {
    return new Ref(str(in), pos(in));
  }

  private static void pos(DataOutputStream out, Pos p) throws IOException {
    out.writeInt(p.line());
    out.writeInt(p.column());
  }

  private static Pos pos(DataInputStream in) throws IOException {
    return new Pos(in.readInt(), in.readInt());
  }

  private static void tier(DataOutputStream out, Tier t) throws IOException {
    out.writeByte(t.ordinal());
  }

  private static Tier tier(DataInputStream in) throws IOException {
    int i = in.readUnsignedByte();
    if (i >= Tier.values().length) {
      throw new IOException("no tier " + i);
    }
    return Tier.values()[i];
  }

  /** Strings of any length, as UTF-8 (writeUTF stops at 64 KiB). */
  static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
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

  private static <T> void opt(DataOutputStream out, Optional<T> value, Writer<T> writer) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      writer.write(out, value.get());
    }
  }

  private static <T> Optional<T> opt(DataInputStream in, Reader<T> reader) throws IOException {
    return in.readBoolean() ? Optional.of(reader.read(in)) : Optional.empty();
  }

  private static <T> void list(DataOutputStream out, List<T> values, Writer<T> writer) throws IOException {
    out.writeInt(values.size());
    for (T v : values) {
      writer.write(out, v);
    }
  }

  private static <T> List<T> list(DataInputStream in, Reader<T> reader) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("a list of " + n + " past the end");
    }
    List<T> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(reader.read(in));
    }
    return values;
  }
}
