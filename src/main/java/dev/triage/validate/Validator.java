package dev.triage.validate;

import dev.triage.diag.Diagnostic;
import dev.triage.diag.Findings;
import dev.triage.model.Questionnaire;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks a loaded questionnaire against every rule of format v1 that its shape cannot express: ids,
 * references, cycles, reachability, follow-ups, red flags first, minimum evidence for self-care,
 * tiers and wording (docs/questionnaire-format.md, "What triage validate checks"). Every rule runs
 * in time linear in the questionnaire's size and without recursion, so a very large or very deep
 * questionnaire validates as safely as a small one.
 */
public final class Validator {
  private Validator() {}

  /**
   * Every problem found, errors and warnings, in {@link Diagnostic#ORDER}; empty when the
   * questionnaire is clean.
   *
   * @param fileName the name diagnostics carry, as the user wrote it
   */
  public static List<Diagnostic> validate(Questionnaire questionnaire, String fileName) {
    Findings findings = new Findings(fileName);
    Graph graph = Graph.of(questionnaire);
    Uniqueness.check(graph, findings);
    References.check(graph, findings);
    FollowUps.check(graph, findings);
    Content.check(questionnaire, findings);
    HelpWording.check(questionnaire, findings);
    Cycles.Order order = Cycles.check(graph, findings);
    boolean[] reached = Reachability.check(graph, findings);
    RedFlagsFirst.check(graph, order, reached, findings);
    MinimumEvidence.check(graph, findings);
    return findings.sorted();
  }

  /**
   * As {@link #validate(Questionnaire, String)}, with the clinical governance checks that depend on
   * the day: the block missing, no review, a review overdue, a version newer than the one reviewed,
   * a version not in the change log.
   *
   * @param today the day reviews are due against, from the clock the commands use
   */
  public static List<Diagnostic> validate(
      Questionnaire questionnaire, String fileName, LocalDate today) {
    Findings findings = new Findings(fileName);
    findings.addAll(validate(questionnaire, fileName));
    GovernanceRules.check(questionnaire, today, findings);
    return findings.sorted();
  }
}
