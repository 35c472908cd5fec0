package dev.triage.validate;

import dev.triage.diag.Findings;
import dev.triage.model.NotSure;
import dev.triage.model.Outcome;
import dev.triage.model.Pos;
import dev.triage.model.Question;
import dev.triage.model.Questionnaire;
import dev.triage.model.RedFlag;
import dev.triage.model.Ref;
import dev.triage.model.Tier;

/**
 * Checks what each element says rather than where it leads: outcomes complete for their tier,
 * references cited, the red-flag screen present and in tier order, and wording that stays a likely
 * source, never a diagnosis.
 */
final class Content {
  private Content() {}

  static void check(Questionnaire q, Findings findings) {
    if (q.redFlags().isEmpty()) {
      findings.warning(
          Pos.NONE,
          "no red-flag screen: add red-flags so signs that need urgent care are asked about before anything else");
    }
    RedFlag leastUrgent = null;
    for (RedFlag flag : q.redFlags()) {
      checkRedFlag(flag, findings);
      if (leastUrgent != null && flag.tier().compareTo(leastUrgent.tier()) < 0) {
        findings.warning(
            flag.pos(),
            "red flag '"
                + flag.id()
                + "' is "
                + flag.tier().key()
                + " but comes after '"
                + leastUrgent.id()
                + "', which is "
                + leastUrgent.tier().key()
                + ": list emergency flags first, then urgent, then soon, since a \"yes\" ends the screen");
      }
      if (leastUrgent == null || flag.tier().compareTo(leastUrgent.tier()) > 0) {
        leastUrgent = flag;
      }
    }
    q.questions().forEach(question -> checkQuestion(question, findings));
    q.outcomes().forEach(outcome -> checkOutcome(outcome, findings));
  }

  private static void checkRedFlag(RedFlag flag, Findings findings) {
    if (flag.refs().isEmpty()) {
      findings.error(
          flag.pos(),
          "red flag '" + flag.id() + "' cites no reference: add refs with at least one key");
    }
    flag.notSure()
        .filter(n -> n.treatAs().filter(RedFlag.NO::equals).isPresent())
        .ifPresent(
            n ->
                findings.warning(
                    notSurePos(n, flag.pos()),
                    "red flag '"
                        + flag.id()
                        + "' treats \"not sure\" as \"no\", so a person unsure of a warning sign is "
                        + "screened out; treat it as yes"));
  }

  private static void checkQuestion(Question question, Findings findings) {
    int choices = question.choices().size();
    if (choices == 0) {
      findings.error(
          question.pos(),
          "question '" + question.id() + "' has no choices: give each answer a choice with a next");
    } else if (choices == 1) {
      findings.warning(
          question.pos(),
          "question '"
              + question.id()
              + "' has a single choice: offer at least two, or lead straight to its next");
    }
  }

  private static void checkOutcome(Outcome outcome, Findings findings) {
    String what = "outcome '" + outcome.id() + "'";
    if (outcome.tier() == Tier.SELF_CARE && outcome.nextSteps().isEmpty()) {
      findings.error(
          outcome.pos(),
          "self-care "
              + what
              + " has no next-steps: say what to do now, with amounts and durations");
    }
    if (outcome.seekCare().isEmpty()) {
      findings.error(outcome.pos(), what + " has no seek-care: say when to see whom, and how soon");
    }
    if (outcome.refs().isEmpty()) {
      findings.error(outcome.pos(), what + " cites no reference: add refs with at least one key");
    }
    diagnosisWords("title", outcome.title(), outcome, findings);
    diagnosisWords("summary", outcome.summary(), outcome, findings);
    outcome
        .source()
        .ifPresent(
            source -> {
              for (Ref also : outcome.alsoConsider()) {
                if (also.id().equals(source.id())) {
                  findings.warning(
                      also.pos(),
                      "also-consider repeats the outcome's own source '"
                          + source.id()
                          + "': remove it");
                }
              }
            });
  }

  private static void diagnosisWords(String key, String text, Outcome outcome, Findings findings) {
    DiagnosisWording.claim(text)
        .ifPresent(
            words ->
                findings.warning(
                    outcome.pos(),
                    "the "
                        + key
                        + " of outcome '"
                        + outcome.id()
                        + "' claims a diagnosis (\""
                        + words
                        + "\"): phrase it as a likely source"));
  }

  private static Pos notSurePos(NotSure notSure, Pos fallback) {
    return notSure.pos().known() ? notSure.pos() : fallback;
  }
}
