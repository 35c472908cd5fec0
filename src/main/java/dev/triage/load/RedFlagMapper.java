package dev.triage.load;

import dev.triage.diag.Findings;
import dev.triage.model.NotSure;
import dev.triage.model.Pos;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Maps the red-flag screen, and links each flag's "yes" and "no" to the flags, question or outcome
 * they lead to.
 */
final class RedFlagMapper {
  static final List<String> RED_FLAG =
      List.of(
          "id",
          "text",
          "help",
          "note",
          "tier",
          "advice",
          "reason",
          "outcome",
          "follow-up",
          "no",
          "not-sure",
          "refs");

  private final Findings problems;
  private final AskedMapper asked;

  RedFlagMapper(Findings problems, AskedMapper asked) {
    this.problems = problems;
    this.asked = asked;
  }

  /**
   * The red flags in the order written. "Yes" leads to the flag's {@code outcome}, or to the first
   * of its {@code follow-up} flags. "No" leads to the explicit {@code no:} when written, else to
   * the next red flag that is no flag's follow-up, and after the last to {@code start}; a
   * follow-up's "no" leads to the next follow-up of its parent, and after the last to where the
   * parent's "no" leads. Implicit links are positioned at their red flag.
   */
  List<RedFlag> redFlags(List<YamlMap> maps, Ref start) {
    List<Written> written = new ArrayList<>();
    for (int i = 0; i < maps.size(); i++) {
      written.add(written(maps.get(i), i));
    }
    Set<String> followUpIds = new HashSet<>();
    written.forEach(w -> w.followUps.forEach(r -> followUpIds.add(r.id())));
    Ref[] no = new Ref[written.size()];
    for (int i = 0; i < written.size(); i++) {
      Written w = written.get(i);
      if (!followUpIds.contains(w.id)) {
        no[i] = w.no.orElse(new Ref(nextMain(written, i + 1, followUpIds, start), w.pos));
      }
    }
    // A parent's follow-ups rejoin where the parent's "no" goes; the first parent to name a
    // follow-up wins (a second,
    // like a follow-up with follow-ups of its own, is the validator's error to report).
    Map<String, String> rejoin = new HashMap<>();
    for (int i = 0; i < written.size(); i++) {
      List<Ref> followUps = written.get(i).followUps;
      String parentNo =
          no[i] != null ? no[i].id() : rejoin.getOrDefault(written.get(i).id, start.id());
      for (int k = 0; k < followUps.size(); k++) {
        rejoin.putIfAbsent(
            followUps.get(k).id(), k + 1 < followUps.size() ? followUps.get(k + 1).id() : parentNo);
      }
    }
    List<RedFlag> out = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      Written w = written.get(i);
      Ref onNo =
          no[i] != null
              ? no[i]
              : w.no.orElse(new Ref(rejoin.getOrDefault(w.id, start.id()), w.pos));
      Ref yes = w.followUps.isEmpty() ? w.outcome : w.followUps.get(0);
      out.add(
          new RedFlag(
              w.id,
              w.pos,
              w.text,
              w.help,
              w.note,
              w.tier,
              w.advice,
              w.reason,
              yes,
              onNo,
              w.no.isPresent(),
              w.followUps,
              w.notSure,
              w.refs));
    }
    return out;
  }

  /** A red flag's keys as written, before its links to the other flags are known. */
  private record Written(
      String id,
      Pos pos,
      String text,
      Optional<String> help,
      Optional<String> note,
      Tier tier,
      Optional<String> advice,
      Optional<String> reason,
      Ref outcome,
      Optional<Ref> no,
      List<Ref> followUps,
      Optional<NotSure> notSure,
      List<Ref> refs) {}

  private Written written(YamlMap map, int index) {
    Supplier<String> name = () -> ListItems.name("red flag", map, "id", index);
    MappingReader f = new MappingReader(map, () -> "in " + name.get(), RED_FLAG, problems);
    String id = f.id("id", "id").orElse("");
    String text = f.text("text");
    Optional<String> help = f.text("help", false);
    Optional<String> note = f.text("note", false);
    Tier tier = asked.tier(f, true);
    boolean followed = f.has("follow-up");
    Optional<String> advice = f.text("advice", !followed);
    Optional<String> reason = f.text("reason", false);
    Ref outcome = f.ref("outcome", !followed).orElse(new Ref("", map.pos()));
    Optional<YamlList> followUpList = f.textList("follow-up", false);
    List<Ref> followUps = f.refs(followUpList, "follow-up");
    if (followed) {
      for (String key : List.of("outcome", "advice")) {
        f.key(key)
            .ifPresent(
                k ->
                    problems.error(
                        k.pos(),
                        name.get()
                            + " has both '"
                            + key
                            + "' and 'follow-up':"
                            + " its \"yes\" leads to its follow-ups, which give the advice and end at their own outcomes; remove '"
                            + key
                            + "'"));
      }
      followUpList
          .filter(l -> l.items().isEmpty())
          .ifPresent(
              l ->
                  problems.error(
                      l.pos(),
                      "'follow-up' of "
                          + name.get()
                          + " names no red flag; name the red flags asked after its \"yes\", or leave the key out"));
    }
    Optional<Ref> no = f.ref("no", false);
    Optional<NotSure> notSure = f.mapping("not-sure", false).map(m -> redFlagNotSure(m, name));
    List<Ref> refs = f.refs("refs", true);
    return new Written(
        id, map.pos(), text, help, note, tier, advice, reason, outcome, no, followUps, notSure,
        refs);
  }

  /**
   * The id of the first red flag from {@code from} on that is no flag's follow-up, or {@code
   * start}'s.
   */
  private static String nextMain(
      List<Written> written, int from, Set<String> followUpIds, Ref start) {
    for (int i = from; i < written.size(); i++) {
      if (!followUpIds.contains(written.get(i).id)) {
        return written.get(i).id;
      }
    }
    return start.id();
  }

  private NotSure redFlagNotSure(YamlMap map, Supplier<String> name) {
    MappingReader f =
        new MappingReader(
            map, () -> "in 'not-sure' of " + name.get(), AskedMapper.NOT_SURE, problems);
    String label = f.text("label", false).orElse(AskedMapper.DEFAULT_NOT_SURE_LABEL);
    f.key("next")
        .ifPresent(
            k ->
                problems.error(
                    k.pos(),
                    "the 'not-sure' of a red flag cannot have 'next'; use"
                        + " 'treat-as: yes' or 'treat-as: no'"));
    Optional<YamlScalar> treatAs = f.scalar("treat-as", false);
    if (!f.has("treat-as")) {
      problems.error(
          map.pos(), "'not-sure' of " + name.get() + " needs 'treat-as: yes' or 'treat-as: no'");
    }
    treatAs
        .filter(s -> !s.value().equals(RedFlag.YES) && !s.value().equals(RedFlag.NO))
        .ifPresent(
            s ->
                problems.error(
                    s.pos(),
                    "the 'not-sure' of a red flag must use 'treat-as: yes' or"
                        + " 'treat-as: no', not '"
                        + s.value()
                        + "'"));
    return new NotSure(
        map.pos(),
        label,
        treatAs.map(YamlScalar::value),
        Optional.empty(),
        f.text("reason", false));
  }
}
