package dev.triage.model;

import java.util.List;
import java.util.Objects;

/** A simple test a person can do alone to answer a question, as numbered steps. */
public record SelfTest(String name, List<String> steps) {
  public SelfTest {
    Objects.requireNonNull(name, "name");
    steps = List.copyOf(steps);
  }
}
