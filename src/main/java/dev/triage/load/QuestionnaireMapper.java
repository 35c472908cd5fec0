package dev.triage.load;

import dev.triage.diag.Docs;
import dev.triage.diag.Findings;
import dev.triage.model.Outcome;
import dev.triage.model.Questionnaire;
import dev.triage.model.Ref;
import dev.triage.model.Reference;
import dev.triage.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps a YAML tree to a {@link Questionnaire} following docs/questionnaire-format.md, reporting
 * every shape problem (keys, kinds, values) in one pass. Whether references resolve, ids are unique
 * and the graph is sound is the validator's business, not this class's.
 */
final class QuestionnaireMapper {
  static final List<String> TOP =
      List.of(
          "format",
          "id",
          "title",
          "version",
          "language",
          "description",
          "disclaimer",
          "references",
          "sources",
          "red-flags",
          "start",
          "questions",
          "outcomes",
          "governance");
  static final List<String> REFERENCE = List.of("key", "citation", "url");
  static final List<String> SOURCE = List.of("id", "name", "description");
  static final List<String> OUTCOME =
      List.of(
          "id",
          "tier",
          "source",
          "also-consider",
          "title",
          "summary",
          "reasons",
          "next-steps",
          "avoid",
          "seek-care",
          "refs");
  static final String FORMAT = "1";
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private final Findings problems;
  private final AskedMapper asked;
  private final RedFlagMapper redFlags;

  QuestionnaireMapper(Findings problems) {
    this.problems = problems;
    this.asked = new AskedMapper(problems);
    this.redFlags = new RedFlagMapper(problems, asked);
  }

  /**
   * The questionnaire, or empty when the root is not a mapping (reported). Findings may still have
   * been found.
   */
  Optional<Questionnaire> map(YamlNode root) {
    if (!(root instanceof YamlMap map)) {
      problems.error(
          root.pos(),
          "a questionnaire must be a mapping of keys (format, id, title, ...), not "
              + root.kind()
              + "; see "
              + Docs.QUESTIONNAIRE_FORMAT);
      return Optional.empty();
    }
    if (TOP.stream().noneMatch(key -> map.indexOf(key) >= 0)) {
      // A case file or an answer file named by mistake: one clear line beats a dozen missing and
      // unknown keys.
      problems.error(map.pos(), notAQuestionnaire(map));
      return Optional.empty();
    }
    MappingReader f = new MappingReader(map, () -> "at the top level", TOP, problems);
    f.scalar("format", true)
        .filter(s -> !s.value().equals(FORMAT))
        .ifPresent(
            s ->
                problems.error(
                    s.pos(),
                    "unsupported format '"
                        + s.value()
                        + "'; this version of triage reads format "
                        + FORMAT));
    String id = f.id("id", "id").orElse("");
    String title = f.text("title");
    String version = f.text("version");
    Optional<YamlScalar> languageTag = f.scalar("language", true);
    languageTag
        .filter(s -> !LANGUAGE.matcher(s.value()).matches())
        .ifPresent(
            s ->
                problems.error(
                    s.pos(),
                    "invalid language '"
                        + s.value()
                        + "'; write a BCP 47 language tag such as 'en' or 'en-GB'"));
    String language = languageTag.map(YamlScalar::value).orElse("");
    Optional<String> description = f.text("description", false);
    String disclaimer = f.text("disclaimer");
    List<Reference> references = references(f);
    List<Source> sources = sources(f);
    Optional<YamlList> redFlagList = f.list("red-flags", false);
    Ref start = f.ref("start", true).orElse(new Ref("", map.pos()));
    var redFlags =
        this.redFlags.redFlags(
            ListItems.mappings(redFlagList, "red-flags", "id, text, tier, ...", problems), start);
    var questions =
        asked.questions(
            ListItems.mappings(
                f.list("questions", true), "questions", "id, text, choices, ...", problems));
    List<Outcome> outcomes = outcomes(f);
    var governance = new GovernanceMapper(problems).governance(f);
    return Optional.of(
        new Questionnaire(
            Integer.parseInt(FORMAT),
            id,
            title,
            version,
            language,
            description,
            disclaimer,
            references,
            sources,
            redFlags,
            start,
            questions,
            outcomes,
            governance));
  }

  private static String notAQuestionnaire(YamlMap map) {
    if (map.entry("cases").isPresent()) {
      return "this is a case file, not a questionnaire; run it with 'triage test FILE'";
    }
    return "this is not a questionnaire: it has none of the keys format, id, title, questions, outcomes;"
        + " an answer file goes to 'triage run --answers FILE', and "
        + Docs.QUESTIONNAIRE_FORMAT
        + " shows a questionnaire";
  }

  private List<Reference> references(MappingReader top) {
    List<YamlMap> maps =
        ListItems.mappings(
            top.list("references", true), "references", "key, citation, url", problems);
    List<Reference> out = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      YamlMap map = maps.get(i);
      int index = i;
      MappingReader f =
          new MappingReader(
              map,
              () -> "in " + ListItems.name("reference", map, "key", index),
              REFERENCE,
              problems);
      out.add(
          new Reference(
              f.id("key", "reference key").orElse(""),
              map.pos(),
              f.text("citation"),
              f.text("url", false)));
    }
    return out;
  }

  private List<Source> sources(MappingReader top) {
    List<YamlMap> maps =
        ListItems.mappings(top.list("sources", true), "sources", "id, name, description", problems);
    List<Source> out = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      YamlMap map = maps.get(i);
      int index = i;
      MappingReader f =
          new MappingReader(
              map, () -> "in " + ListItems.name("source", map, "id", index), SOURCE, problems);
      out.add(
          new Source(
              f.id("id", "id").orElse(""), map.pos(), f.text("name"), f.text("description")));
    }
    return out;
  }

  private List<Outcome> outcomes(MappingReader top) {
    List<YamlMap> maps =
        ListItems.mappings(
            top.list("outcomes", true), "outcomes", "id, tier, title, ...", problems);
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      YamlMap map = maps.get(i);
      int index = i;
      MappingReader f =
          new MappingReader(
              map, () -> "in " + ListItems.name("outcome", map, "id", index), OUTCOME, problems);
      String id = f.id("id", "id").orElse("");
      var tier = asked.tier(f, false);
      Optional<Ref> source = f.ref("source", false);
      List<Ref> alsoConsider = f.refs("also-consider", false);
      String title = f.text("title");
      String summary = f.text("summary");
      List<String> reasons = f.texts("reasons", false);
      List<String> nextSteps = f.texts("next-steps", false);
      List<String> avoid = f.texts("avoid", false);
      List<String> seekCare = f.texts("seek-care", true);
      List<Ref> refs = f.refs("refs", true);
      out.add(
          new Outcome(
              id,
              map.pos(),
              tier,
              source,
              alsoConsider,
              title,
              summary,
              reasons,
              nextSteps,
              avoid,
              seekCare,
              refs));
    }
    return out;
  }
}
