package dev.triage.load;

import dev.triage.diag.Findings;
import dev.triage.model.Choice;
import dev.triage.model.Ids;
import dev.triage.model.NotSure;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Ref;
import dev.triage.model.SelfTest;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Maps questions, with their choices, "not sure" answers and self-tests, and the tiers of red flags
 * and outcomes.
 */
final class AskedMapper {
  static final List<String> QUESTION =
      List.of("id", "text", "help", "note", "self-test", "choices", "not-sure", "refs");
  static final List<String> CHOICE = List.of("id", "label", "next", "reason");
  static final List<String> NOT_SURE = List.of("label", "treat-as", "next", "reason");
  static final List<String> SELF_TEST = List.of("name", "steps");
  static final String DEFAULT_NOT_SURE_LABEL = "Not sure";

  private final Findings problems;

  AskedMapper(Findings problems) {
    this.problems = problems;
  }

  List<Question> questions(List<YamlMap> maps) {
    List<Question> out = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      YamlMap map = maps.get(i);
      int index = i;
      Supplier<String> name = () -> ListItems.name("question", map, "id", index);
      MappingReader f = new MappingReader(map, () -> "in " + name.get(), QUESTION, problems);
      String id = f.id("id", "id").orElse("");
      String text = f.text("text");
      Optional<String> help = f.text("help", false);
      Optional<String> note = f.text("note", false);
      Optional<SelfTest> selfTest = f.mapping("self-test", false).map(m -> selfTest(m, name));
      List<Choice> choices = choices(f, name);
      Optional<NotSure> notSure = f.mapping("not-sure", false).map(m -> questionNotSure(m, name));
      List<Ref> refs = f.refs("refs", false);
      out.add(new Question(id, map.pos(), text, help, note, selfTest, choices, notSure, refs));
    }
    return out;
  }

  /** The tier of a red flag ({@code redFlag}) or an outcome; a red flag cannot be self-care. */
  Tier tier(MappingReader f, boolean redFlag) {
    Optional<YamlScalar> written = f.scalar("tier", true);
    if (written.isEmpty()) {
      return Tier.EMERGENCY;
    }
    YamlScalar s = written.get();
    Optional<Tier> tier = Tier.fromKey(s.value());
    if (redFlag && tier.equals(Optional.of(Tier.SELF_CARE))) {
      problems.error(
          s.pos(), "a red flag cannot have tier 'self-care'; use emergency, urgent or soon");
    } else if (tier.isEmpty()) {
      List<String> keys =
          (redFlag ? List.of(Tier.EMERGENCY, Tier.URGENT, Tier.SOON) : List.of(Tier.values()))
              .stream().map(Tier::key).toList();
      String hint =
          MappingReader.nearestKey(s.value(), keys)
              .map(k -> " (did you mean '" + k + "'?)")
              .orElse("");
      problems.error(
          s.pos(),
          "unknown tier '" + s.value() + "'" + hint + "; use one of: " + String.join(", ", keys));
    }
    return tier.orElse(Tier.EMERGENCY);
  }

  private List<Choice> choices(MappingReader question, Supplier<String> name) {
    Optional<YamlList> written = question.list("choices", true);
    List<YamlMap> maps = ListItems.mappings(written, "choices", "id, label and next", problems);
    if (written.isPresent() && written.get().items().isEmpty()) {
      problems.error(written.get().pos(), name.get() + " needs at least one choice");
    }
    List<Choice> out = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      YamlMap map = maps.get(i);
      int index = i;
      MappingReader f =
          new MappingReader(
              map,
              () -> "in " + ListItems.name("choice", map, "id", index) + " of " + name.get(),
              CHOICE,
              problems);
      Optional<String> id = f.id("id", "choice id");
      Pos idPos = f.scalar("id", false).map(YamlScalar::pos).orElse(map.pos());
      if (id.equals(Optional.of(NotSure.ID))) {
        problems.error(
            idPos,
            "choice id 'not-sure' is reserved for the \"not sure\" answer; write a 'not-sure:'"
                + " entry on the question instead");
      }
      // Ids win over numbers when an answer is read, so a choice with id "1" that is not shown
      // first would turn the
      // number a person typed into another answer.
      if (id.filter(Ids::isNumber).isPresent()) {
        problems.error(
            idPos,
            "choice id '"
                + id.get()
                + "' is a number, but a person answers by number too (this"
                + " choice is shown as "
                + (i + 1)
                + "): give it a word, such as 'yes' or 'often'");
      }
      String label = f.text("label");
      Ref next = f.ref("next", true).orElse(new Ref("", map.pos()));
      Optional<String> reason = f.text("reason", false);
      out.add(new Choice(id.orElse(""), map.pos(), label, reason, next));
    }
    return out;
  }

  private NotSure questionNotSure(YamlMap map, Supplier<String> name) {
    MappingReader f =
        new MappingReader(map, () -> "in 'not-sure' of " + name.get(), NOT_SURE, problems);
    String label = f.text("label", false).orElse(DEFAULT_NOT_SURE_LABEL);
    Optional<String> treatAs = f.text("treat-as", false);
    Optional<Ref> next = f.ref("next", false);
    if (f.has("treat-as") && f.has("next")) {
      Pos second =
          Collections.max(
              List.of(f.key("treat-as").orElseThrow().pos(), f.key("next").orElseThrow().pos()),
              Comparator.comparingInt(Pos::line).thenComparingInt(Pos::column));
      problems.error(
          second,
          "'not-sure' of "
              + name.get()
              + " has both 'treat-as' and 'next'; keep one: 'treat-as'"
              + " counts it as one of the choices, 'next' gives it its own branch");
    } else if (!f.has("treat-as") && !f.has("next")) {
      problems.error(
          map.pos(),
          "'not-sure' of "
              + name.get()
              + " needs 'treat-as' (a choice id of the question) or"
              + " 'next' (where it leads)");
    }
    return new NotSure(map.pos(), label, treatAs, next, f.text("reason", false));
  }

  private SelfTest selfTest(YamlMap map, Supplier<String> name) {
    MappingReader f =
        new MappingReader(map, () -> "in 'self-test' of " + name.get(), SELF_TEST, problems);
    String title = f.text("name");
    Optional<YamlList> steps = f.textList("steps", true);
    steps
        .filter(l -> l.items().isEmpty())
        .ifPresent(
            l ->
                problems.error(
                    l.pos(), "'self-test' of " + name.get() + " needs at least one step"));
    return new SelfTest(title, f.texts(steps, "steps"));
  }
}
