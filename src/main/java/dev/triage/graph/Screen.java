package dev.triage.graph;

import dev.triage.model.Outcome;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Tier;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of the collapsed red-flag screen's box: how many flags of each tier, and where a "yes"
 * ends.
 */
final class Screen {
  private Screen() {}

  static List<String> lines(Questionnaire q) {
    Set<String> followUps = new HashSet<>();
    q.redFlags().forEach(f -> f.followUps().forEach(r -> followUps.add(r.id())));
    List<RedFlag> everyone =
        q.redFlags().stream().filter(f -> !followUps.contains(f.id())).toList();
    Set<String> ends = new LinkedHashSet<>();
    q.redFlags().stream()
        .filter(f -> !f.hasFollowUps())
        .map(RedFlag::onYes)
        .map(Ref::id)
        .forEach(ends::add);
    List<Tier> endTiers =
        q.outcomes().stream().filter(o -> ends.contains(o.id())).map(Outcome::tier).toList();
    String text =
        count(everyone.size(), "red flag")
            + " asked of everyone before anything else ("
            + tiers(everyone.stream().map(RedFlag::tier).toList())
            + ")"
            + (followUps.isEmpty()
                ? ""
                : ", " + count(followUps.size(), "follow-up") + " after a yes")
            + ". A yes ends the walk at "
            + count(endTiers.size(), "outcome")
            + " ("
            + tiers(endTiers)
            + ")";
    List<String> lines = new java.util.ArrayList<>(List.of("RED-FLAG SCREEN"));
    lines.addAll(Labels.wrap(text, text.length()));
    return lines;
  }

  private static String tiers(List<Tier> tiers) {
    Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
    tiers.forEach(t -> counts.merge(t, 1, Integer::sum));
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().key())
        .collect(Collectors.joining(", "));
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
