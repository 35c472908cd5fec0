package dev.triage.model;

/** Anything a choice can lead to: a red-flag question, a symptom question or an outcome. */
public sealed interface Node permits Asked, Outcome {
  String id();

  Pos pos();
}
