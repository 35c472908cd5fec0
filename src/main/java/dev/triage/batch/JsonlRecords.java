package dev.triage.batch;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/** Records as JSON Lines, written by Gson's streaming writer: one compact object per line. */
final class JsonlRecords implements Records {
  @Override
  public void begin(StringBuilder out) {
    // JSON Lines has no header.
  }

  @Override
  public void write(Triaged t, StringBuilder out) throws IOException {
    Fields f = Fields.of(t);
    JsonWriter w = new JsonWriter(new Chars(out));
    w.setHtmlSafe(false);
    w.setSerializeNulls(true);
    w.beginObject();
    w.name("line").value(t.line());
    text(w, "id", t.id());
    w.name("status").value(t.status());
    text(w, "outcome", f.outcome());
    text(w, "tier", f.tier());
    text(w, "red-flag", f.redFlag());
    text(w, "source", f.source());
    list(w, "also-consider", f.alsoConsider());
    list(w, "reasons", f.reasons());
    list(w, "needed", f.needed());
    list(w, "unused", f.unused());
    list(w, "errors", f.errors());
    w.endObject();
    out.append('\n');
  }

  private static void text(JsonWriter w, String name, Optional<String> value) throws IOException {
    w.name(name).value(value.orElse(null));
  }

  private static void list(JsonWriter w, String name, List<String> values) throws IOException {
    w.name(name).beginArray();
    for (String v : values) {
      w.value(v);
    }
    w.endArray();
  }

  /** A writer onto a StringBuilder, without StringWriter's locking. */
  private static final class Chars extends Writer {
    private final StringBuilder out;

    Chars(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      out.append(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
      out.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) {
      out.append((char) c);
    }

    @Override
    public void flush() {
      // Nothing is held.
    }

    @Override
    public void close() {
      // Nothing to release.
    }
  }
}
