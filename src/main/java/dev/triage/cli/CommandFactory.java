package dev.triage.cli;

import dev.triage.cli.process.Environment;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates commands, handing the environment to those that take it in their constructor. */
final class CommandFactory implements IFactory {
  private final Environment environment;
  private final IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Environment environment) {
    this.environment = environment;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    try {
      return cls.cast(cls.getDeclaredConstructor(Environment.class).newInstance(environment));
    } catch (NoSuchMethodException e) {
      return fallback.create(cls);
    }
  }
}
