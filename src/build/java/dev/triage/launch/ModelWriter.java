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
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes a questionnaire's model as compact binary for {@link ModelReader}, field by field in
 * declaration order. Hand-written rather than reflective or Java serialization: see {@link
 * ModelReader}. Nothing in the compiler keeps the two in step with the records (a field the writer
 * leaves out compiles, and a record may keep an older constructor the reader still calls):
 * PrebuiltTest does, by comparing each bundled questionnaire's model, field by field as records
 * compare, with what the loader makes of its YAML.
 */
final class ModelWriter {
  private ModelWriter() {}

  /**
   * A function that writes one value, for lists and optionals (ModelReader spells these out: see
   * there).
   */
  private interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  static void write(DataOutputStream out, Questionnaire q) throws IOException {
    out.writeInt(q.format());
    str(out, q.id());
    str(out, q.title());
    str(out, q.version());
    str(out, q.language());
    opt(out, q.description(), ModelWriter::str);
    str(out, q.disclaimer());
    list(out, q.references(), ModelWriter::reference);
    list(out, q.sources(), ModelWriter::source);
    list(out, q.redFlags(), ModelWriter::redFlag);
    ref(out, q.start());
    list(out, q.questions(), ModelWriter::question);
    list(out, q.outcomes(), ModelWriter::outcome);
    opt(out, q.governance(), ModelWriter::governance);
  }

  private static void governance(DataOutputStream out, Governance g) throws IOException {
    pos(out, g.pos());
    list(out, g.authors(), ModelWriter::person);
    list(out, g.reviews(), ModelWriter::review);
    pos(out, g.reviewsPos());
    out.writeLong(g.reviewDue().toEpochDay());
    pos(out, g.reviewDuePos());
    list(out, g.changes(), ModelWriter::change);
  }

  private static void person(DataOutputStream out, Governance.Person p) throws IOException {
    pos(out, p.pos());
    opt(out, p.name(), ModelWriter::str);
    str(out, p.role());
  }

  private static void review(DataOutputStream out, Governance.Review r) throws IOException {
    pos(out, r.pos());
    out.writeLong(r.date().toEpochDay());
    str(out, r.version());
    pos(out, r.versionPos());
    list(out, r.reviewers(), ModelWriter::person);
    out.writeBoolean(r.signedOff());
    opt(out, r.summary(), ModelWriter::str);
  }

  private static void change(DataOutputStream out, Governance.Change c) throws IOException {
    pos(out, c.pos());
    str(out, c.version());
    out.writeLong(c.date().toEpochDay());
    str(out, c.change());
    opt(out, c.approvedBy(), ModelWriter::str);
  }

  private static void reference(DataOutputStream out, Reference r) throws IOException {
    str(out, r.key());
    pos(out, r.pos());
    str(out, r.citation());
    opt(out, r.url(), ModelWriter::str);
  }

  private static void source(DataOutputStream out, Source s) throws IOException {
    str(out, s.id());
    pos(out, s.pos());
    str(out, s.name());
    str(out, s.description());
  }

  private static void redFlag(DataOutputStream out, RedFlag f) throws IOException {
    str(out, f.id());
    pos(out, f.pos());
    str(out, f.text());
    opt(out, f.help(), ModelWriter::str);
    opt(out, f.note(), ModelWriter::str);
    tier(out, f.tier());
    opt(out, f.advice(), ModelWriter::str);
    opt(out, f.reason(), ModelWriter::str);
    ref(out, f.onYes());
    ref(out, f.onNo());
    out.writeBoolean(f.explicitNo());
    list(out, f.followUps(), ModelWriter::ref);
    opt(out, f.notSure(), ModelWriter::notSure);
    list(out, f.refs(), ModelWriter::ref);
  }

  private static void question(DataOutputStream out, Question q) throws IOException {
    str(out, q.id());
    pos(out, q.pos());
    str(out, q.text());
    opt(out, q.help(), ModelWriter::str);
    opt(out, q.note(), ModelWriter::str);
    opt(out, q.selfTest(), ModelWriter::selfTest);
    list(out, q.choices(), ModelWriter::choice);
    opt(out, q.notSure(), ModelWriter::notSure);
    list(out, q.refs(), ModelWriter::ref);
  }

  private static void outcome(DataOutputStream out, Outcome o) throws IOException {
    str(out, o.id());
    pos(out, o.pos());
    tier(out, o.tier());
    opt(out, o.source(), ModelWriter::ref);
    list(out, o.alsoConsider(), ModelWriter::ref);
    str(out, o.title());
    str(out, o.summary());
    list(out, o.reasons(), ModelWriter::str);
    list(out, o.nextSteps(), ModelWriter::str);
    list(out, o.avoid(), ModelWriter::str);
    list(out, o.seekCare(), ModelWriter::str);
    list(out, o.refs(), ModelWriter::ref);
  }

  private static void choice(DataOutputStream out, Choice c) throws IOException {
    str(out, c.id());
    pos(out, c.pos());
    str(out, c.label());
    opt(out, c.reason(), ModelWriter::str);
    ref(out, c.next());
  }

  private static void notSure(DataOutputStream out, NotSure n) throws IOException {
    pos(out, n.pos());
    str(out, n.label());
    opt(out, n.treatAs(), ModelWriter::str);
    opt(out, n.next(), ModelWriter::ref);
    opt(out, n.reason(), ModelWriter::str);
  }

  private static void selfTest(DataOutputStream out, SelfTest t) throws IOException {
    str(out, t.name());
    list(out, t.steps(), ModelWriter::str);
  }

  private static void ref(DataOutputStream out, Ref r) throws IOException {
    str(out, r.id());
    pos(out, r.pos());
  }

  private static void pos(DataOutputStream out, Pos p) throws IOException {
    out.writeInt(p.line());
    out.writeInt(p.column());
  }

  // By position: ModelReader reads it back in the same build (see there).
  @SuppressWarnings("EnumOrdinal")
  private static void tier(DataOutputStream out, Tier t) throws IOException {
    out.writeByte(t.ordinal());
  }

  /** Strings of any length, as UTF-8 (writeUTF stops at 64 KiB). */
  static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static <T> void opt(DataOutputStream out, Optional<T> value, Writer<T> writer)
      throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      writer.write(out, value.get());
    }
  }

  private static <T> void list(DataOutputStream out, List<T> values, Writer<T> writer)
      throws IOException {
    out.writeInt(values.size());
    for (T v : values) {
      writer.write(out, v);
    }
  }
}
