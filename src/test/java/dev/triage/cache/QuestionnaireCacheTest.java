package dev.triage.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.load.SourceFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionnaireCacheTest {
  @TempDir Path tmp;

  static List<Path> questionnaires() throws IOException {
    try (Stream<Path> files = Stream.concat(Files.list(Path.of("questionnaires")),
        Stream.of(Path.of("src/test/resources/load/minimal.yaml")))) {
      return files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith(".cases.yaml")).sorted()
          .toList();
    }
  }

  private Path copy(Path questionnaire) throws IOException {
    return Files.copy(questionnaire, tmp.resolve(questionnaire.getFileName()));
  }

  private Path only(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all.toString());
      return all.get(0);
    }
  }

  @ParameterizedTest
  @MethodSource("questionnaires")
  void givesBackExactlyWhatTheLoaderGave(Path questionnaire) throws Exception {
    Path file = copy(questionnaire);
    Loaded loaded = QuestionnaireLoader.load(file, "q.yaml");
    QuestionnaireCache cache = new QuestionnaireCache(tmp.resolve("cache"));
    cache.save(loaded);
    Loaded found = cache.find(SourceFiles.read(file, "q.yaml")).orElseThrow();
    assertEquals(loaded.questionnaire(), found.questionnaire());
    assertEquals(loaded.source(), found.source());
    assertEquals(loaded.sha256(), found.sha256());
  }

  @Test
  void namesTheSourceAsThisRunNamesIt() throws Exception {
    Path file = copy(Path.of("questionnaires/example.yaml"));
    QuestionnaireCache cache = new QuestionnaireCache(tmp.resolve("cache"));
    cache.save(QuestionnaireLoader.load(file, "first/name.yaml"));
    assertEquals("./example.yaml", cache.find(SourceFiles.read(file, "./example.yaml")).orElseThrow().source().name());
  }

  @Test
  void findsNothingBeforeAnythingIsSaved() throws Exception {
    Path file = copy(Path.of("questionnaires/example.yaml"));
    assertEquals(Optional.empty(), new QuestionnaireCache(tmp.resolve("cache")).find(SourceFiles.read(file, "q.yaml")));
  }

  @Test
  void aChangedFileIsNotFound() throws Exception {
    Path file = copy(Path.of("questionnaires/example.yaml"));
    QuestionnaireCache cache = new QuestionnaireCache(tmp.resolve("cache"));
    cache.save(QuestionnaireLoader.load(file, "q.yaml"));
    Files.writeString(file, Files.readString(file).replace("title:", "title: ") , StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), cache.find(SourceFiles.read(file, "q.yaml")));
  }

  @Test
  void isNamedByTheLauncherInTheEnvironment() {
    assertEquals(Optional.empty(), QuestionnaireCache.named(Map.of()));
    assertEquals(Optional.empty(), QuestionnaireCache.named(Map.of(QuestionnaireCache.VARIABLE, "")));
    assertTrue(QuestionnaireCache.named(Map.of(QuestionnaireCache.VARIABLE, tmp.toString())).isPresent());
  }

  @Test
  void aDamagedEntryIsIgnored() throws Exception {
    Path file = copy(Path.of("questionnaires/example.yaml"));
    QuestionnaireCache cache = new QuestionnaireCache(tmp.resolve("cache"));
    cache.save(QuestionnaireLoader.load(file, "q.yaml"));
    Path entry = only(tmp.resolve("cache"));
    try (RandomAccessFile f = new RandomAccessFile(entry.toFile(), "rw")) {
      f.seek(f.length() / 2);
      f.write(f.read() ^ 0x20);
    }
    assertEquals(Optional.empty(), cache.find(SourceFiles.read(file, "q.yaml")));
  }

  @Test
  void aTruncatedEntryIsIgnored() throws Exception {
    Path file = copy(Path.of("questionnaires/example.yaml"));
    QuestionnaireCache cache = new QuestionnaireCache(tmp.resolve("cache"));
    cache.save(QuestionnaireLoader.load(file, "q.yaml"));
    Path entry = only(tmp.resolve("cache"));
    try (RandomAccessFile f = new RandomAccessFile(entry.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    assertEquals(Optional.empty(), cache.find(SourceFiles.read(file, "q.yaml")));
  }

  @Test
  void keepsOnlyTheMostRecentEntries() throws Exception {
    Path file = copy(Path.of("questionnaires/example.yaml"));
    QuestionnaireCache cache = new QuestionnaireCache(tmp.resolve("cache"));
    String text = Files.readString(file);
    for (int i = 0; i <= QuestionnaireCache.KEPT + 2; i++) {
      Files.writeString(file, text + "# edit " + i + "\n");
      cache.save(QuestionnaireLoader.load(file, "q.yaml"));
    }
    try (Stream<Path> files = Files.list(tmp.resolve("cache"))) {
      assertEquals(QuestionnaireCache.KEPT, files.count());
    }
    assertTrue(cache.find(SourceFiles.read(file, "q.yaml")).isPresent(), "the newest entry must stay");
  }

  @Test
  void anUnwritableDirectoryOnlyMeansNothingIsCached() throws Exception {
    Path file = copy(Path.of("questionnaires/example.yaml"));
    Path notADirectory = Files.writeString(tmp.resolve("plain-file"), "x");
    QuestionnaireCache cache = new QuestionnaireCache(notADirectory);
    cache.save(QuestionnaireLoader.load(file, "q.yaml"));
    assertEquals(Optional.empty(), cache.find(SourceFiles.read(file, "q.yaml")));
    assertTrue(Files.isRegularFile(notADirectory));
  }
}
