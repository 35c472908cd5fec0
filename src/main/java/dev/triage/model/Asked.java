package dev.triage.model;

import java.util.List;
import java.util.Optional;

/** A node that asks the person something: a red-flag question or a symptom question. */
public sealed interface Asked extends Node permits RedFlag, Question {
  String text();

  /** "Why we ask": shown when the person asks for help. */
  Optional<String> help();

  /**
   * An instruction that changes the answer ("answer yes even if ..."): always shown under the
   * question.
   */
  Optional<String> note();

  Optional<SelfTest> selfTest();

  /** The choices in the order shown; the person may answer by id or by 1-based number. */
  List<Choice> choices();

  /** AnswerOption after the choices, numbered {@code choices().size() + 1}. */
  Optional<NotSure> notSure();

  List<Ref> refs();
}
