package dev.triage.console;

/** Back one question: Esc at a prompt, or {@code b} typed at a question or the review. */
record Back() implements Input, Move {}
