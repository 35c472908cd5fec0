package dev.triage.cli;

import dev.triage.answers.AnswerPrompter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates commands, handing the environment to those that take it in their constructor. */
final class CommandFactory implements IFactory {
  private final Environment environment;
  private final Optional<AnswerPrompter> ahead;
  private final IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Environment environment) {
    this(environment, Optional.empty());
  }

  /** Also hands {@code run} the console that {@link SessionAhead} started preparing. */
  CommandFactory(Environment environment, Optional<AnswerPrompter> ahead) {
    this.environment = environment;
    this.ahead = ahead;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    if (cls == RunCommand.class) {
      return cls.cast(new RunCommand(environment, ahead));
    }
    try {
      return cls.cast(cls.getDeclaredConstructor(Environment.class).newInstance(environment));
    } catch (NoSuchMethodException e) {
      return fallback.create(cls);
    }
  }
}
