package dev.triage.cli.process;

/** The exit codes of every command, listed in --help and in the README. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** The questionnaire or an input file is invalid, a case failed, or reading or writing failed. */
  public static final int INVALID = 1;

  /** Usage error: an unknown flag, a missing or bad answer. */
  public static final int USAGE = 2;

  /** The user cancelled (Ctrl-C, Ctrl-D, or quit). */
  public static final int CANCELLED = 130;

  private ExitCodes() {}
}
