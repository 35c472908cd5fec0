package dev.triage.hostile;

/**
 * A valid questionnaire in YAML that is one long chain of questions, as {@link Chain} builds in
 * memory.
 */
final class ChainYaml {
  private ChainYaml() {}

  static String of(int questions) {
    return of(questions, "");
  }

  /**
   * With {@code more} added to every question's text, to make the report of a walk as long as
   * needed.
   */
  static String of(int questions, String more) {
    StringBuilder y =
        new StringBuilder(
            """
        format: 1
        id: chain
        title: A long chain
        version: 1.0.0
        language: en
        disclaimer: Not a diagnosis.
        references:
          - key: ref
            citation: A reference.
        sources:
          - id: source
            name: A source
            description: Where pain comes from.
        red-flags:
          - id: flag
            text: A warning sign?
            tier: emergency
            advice: Act now.
            outcome: now
            refs: [ref]
        start: q0
        questions:
        """);
    for (int i = 0; i < questions; i++) {
      String next = i + 1 < questions ? "q" + (i + 1) : "end";
      y.append("  - id: q")
          .append(i)
          .append("\n    text: Question ")
          .append(i)
          .append(" about the pain?")
          .append(more)
          .append("\n")
          .append("    choices:\n")
          .append("      - {id: yes, label: Yes, reason: Yes to question ")
          .append(i)
          .append(", next: ")
          .append(next)
          .append("}\n")
          .append("      - {id: no, label: No, next: ")
          .append(next)
          .append("}\n");
    }
    y.append(
        """
        outcomes:
          - id: now
            tier: emergency
            title: Act now
            summary: A warning sign.
            seek-care: [Call emergency services.]
            refs: [ref]
          - id: end
            tier: self-care
            source: source
            title: Likely source - a source
            summary: The end of a long chain.
            next-steps: [Rest.]
            seek-care: [See someone if it does not improve.]
            refs: [ref]
        """);
    return y.toString();
  }
}
