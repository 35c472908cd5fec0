package dev.triage.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestTest {
  @Test
  void swappingTwoNeighboursIsOneEditEverywhere() {
    assertEquals(1, Nearest.distance("txet", "text", 9));
    // An id of three letters allows one edit: before the three implementations became one, an
    // answer or case file
    // got no hint for this slip, which a questionnaire's validation already counted as one.
    assertEquals(Optional.of("pmr"), Nearest.id("mpr", List.of("pmr", "scope")));
  }

  @Test
  void theDistanceStopsCountingAtTheCap() {
    assertEquals(3, Nearest.distance("abcdef", "uvwxyz", 3));
    assertEquals(6, Nearest.distance("abcdef", "uvwxyz", 99));
    assertEquals(0, Nearest.distance("", "", 1));
    assertEquals(4, Nearest.distance("", "abcd", 9));
  }

  @Test
  void aNameFurtherThanTheLimitIsNoHint() {
    assertEquals(Optional.empty(), Nearest.within("sitting", List.of("standing"), 2));
    assertEquals(Optional.of("standing"), Nearest.within("stnading", List.of("standing"), 2));
  }

  @Test
  void theFirstOfTwoEquallyNearNamesWins() {
    assertEquals(Optional.of("cat"), Nearest.within("bat", List.of("cat", "hat"), 1));
    assertEquals(Optional.of("hat"), Nearest.within("bat", List.of("rabbit", "hat", "cat"), 1));
  }

  @Test
  void ignoringCaseGivesTheNameAsItIsSpelt() {
    assertEquals(
        Optional.of("sitting-pain"),
        Nearest.withinIgnoringCase("SITTING-PAN", List.of("sitting-pain"), 1));
    assertEquals(Optional.empty(), Nearest.within("SITTING-PAN", List.of("sitting-pain"), 1));
  }

  @Test
  void anIdAllowsOneEditPerThreeCharactersFromOneToThree() {
    assertEquals(Optional.of("no"), Nearest.id("n0", List.of("no")));
    assertEquals(Optional.of("sitting-pain"), Nearest.id("sitXXng-pain", List.of("sitting-pain")));
    assertEquals(Optional.empty(), Nearest.id("sXXXXng-pain", List.of("sitting-pain")));
    assertEquals(Optional.empty(), Nearest.id("ys", List.of("no")));
  }
}
