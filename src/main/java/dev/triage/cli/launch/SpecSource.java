package dev.triage.cli.launch;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a command's picocli model comes from. Reading a command's annotations costs a cold JVM
 * dearly (the JDK generates a proxy class per annotation type, picocli reflects over every field
 * and method), so the build turns the annotations into plain code (the build-only {@code
 * SpecGenerator} writes {@code dev.triage.cli.GeneratedSpecs}); a command it could not turn into
 * code, or a build without it (an IDE), falls back to reading the annotations.
 */
public interface SpecSource {
  /** The generated class, which the build compiles after the commands it describes. */
  String GENERATED = "dev.triage.cli.GeneratedSpecs";

  /**
   * The model of {@code command}, built without reading its annotations, if the build generated it.
   */
  Optional<CommandSpec> spec(Class<?> command, IFactory factory) throws Exception;

  /**
   * The names (and aliases) of {@code command} without reading its annotations, if the build
   * generated them.
   */
  default Optional<List<String>> names(Class<?> command) {
    return Optional.empty();
  }

  /**
   * The generated source if the build made one, else a source that always falls back to the
   * annotations.
   */
  static SpecSource load() {
    try {
      return Class.forName(GENERATED)
          .asSubclass(SpecSource.class)
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      return (command, factory) -> Optional.empty();
    }
  }

  /**
   * A command line for {@code command}: from generated code when there is some, else from its
   * annotations.
   */
  default CommandLine commandLine(Class<?> command, IFactory factory) {
    try {
      Optional<CommandSpec> spec = spec(command, factory);
      if (spec.isPresent()) {
        return new CommandLine(spec.get(), factory);
      }
      return new CommandLine(factory.create(command), factory);
    } catch (Exception e) {
      throw new CommandLine.InitializationException(
          "cannot set up " + command.getName() + ": " + e, e);
    }
  }
}
