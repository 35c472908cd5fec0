package dev.triage.cache;

import dev.triage.diag.SourceText;
import dev.triage.load.Loaded;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Questionnaires already loaded and validated, kept in a compact binary form keyed by the file's checksum, so that a
 * run on an unchanged file skips the YAML parser, the validator and SHA-256 (together most of a short run's time).
 * An entry holds the file's exact bytes and is used only when they equal the file's bytes now; a missing, damaged or
 * foreign entry is ignored. The launcher names the directory, one per build of the jar, in TRIAGE_QUESTIONNAIRE_CACHE.
 */
public final class QuestionnaireCache {
  /** The environment variable naming the cache directory; without it nothing is cached. */
  public static final String VARIABLE = "TRIAGE_QUESTIONNAIRE_CACHE";

  private static final int MAGIC = 0x54524943; // "TRIC"

  /** Changes whenever ModelWriter's layout changes; an entry of another format is ignored. */
  static final int FORMAT = 3;

  /** How many entries are kept; older ones are removed when a new one is saved. */
  static final int KEPT = 32;

  private static final String SUFFIX = ".questionnaire";

  private final Path dir;

  public QuestionnaireCache(Path dir) {
    this.dir = dir;
  }

  /** The cache the launcher named in the environment, if any. */
  public static Optional<QuestionnaireCache> named(Map<String, String> env) {
    String dir = env.get(VARIABLE);
    return dir == null || dir.isEmpty() ? Optional.empty() : Optional.of(new QuestionnaireCache(Path.of(dir)));
  }

  /**
   * The questionnaire loaded and validated from exactly this text, if an entry for it exists and reads back whole;
   * named as {@code source} names it.
   */
  public Optional<Loaded> find(SourceText source) {
    try {
      byte[] bytes = source.text().getBytes(StandardCharsets.UTF_8);
      Path entry = entry(bytes);
      if (!Files.isRegularFile(entry)) {
        return Optional.empty();
      }
      byte[] stored = Files.readAllBytes(entry);
      if (stored.length < 8 || crc(stored, stored.length - 8) != readLong(stored, stored.length - 8)) {
        return Optional.empty();
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored, 0, stored.length - 8));
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return Optional.empty();
      }
      if (!Arrays.equals(ModelReader.bytes(in), bytes)) {
        return Optional.empty();
      }
      String sha256 = ModelReader.str(in);
      return Optional.of(new Loaded(ModelReader.read(in), source, sha256));
    } catch (IOException | RuntimeException e) {
      // Anything unexpected means "not cached": the caller loads the text the ordinary way and reports its errors.
      return Optional.empty();
    }
  }

  /** Keeps {@code loaded}, which must have passed validation, for the next run; a failure to write is ignored. */
  public void save(Loaded loaded) {
    byte[] bytes = loaded.source().text().getBytes(StandardCharsets.UTF_8);
    Path entry = entry(bytes);
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length * 2 + 64);
      DataOutputStream out = new DataOutputStream(buffer);
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(bytes.length);
      out.write(bytes);
      ModelWriter.str(out, loaded.sha256());
      ModelWriter.write(out, loaded.questionnaire());
      out.writeLong(crc(buffer.toByteArray(), buffer.size()));
      Files.createDirectories(dir);
      // A temporary name, then a rename: a run reading meanwhile sees no entry or a whole one.
      Path tmp = Files.createTempFile(dir, entry.getFileName().toString(), ".tmp");
      try {
        Files.write(tmp, buffer.toByteArray());
        move(tmp, entry);
      } finally {
        Files.deleteIfExists(tmp);
      }
      prune();
    } catch (IOException | RuntimeException e) {
      // The cache only saves time; a read-only or full disk must not fail the run.
    }
  }

  /** Keeps the {@link #KEPT} most recent entries: an author editing a file makes a new one with every change. */
  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> files = Files.list(dir)) {
      entries = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).collect(Collectors.toList());
    }
    if (entries.size() <= KEPT) {
      return;
    }
    entries.sort(Comparator.comparing(QuestionnaireCache::modified).reversed());
    for (Path old : entries.subList(KEPT, entries.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private Path entry(byte[] bytes) {
    // Not String.format: its pattern parsing would cost more at start-up than the rest of this lookup.
    return dir.resolve(Long.toHexString(crc(bytes, bytes.length)) + "-" + bytes.length + SUFFIX);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }

  private static long readLong(byte[] b, int at) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[at + i] & 0xff);
    }
    return v;
  }
}
