/**
 * The whole program (our code and the shaded dependencies) as one module, so that jlink can put it into the runtime
 * image (src/image/build-image.sh), where its classes, unlike a jar's, can be archived in a way that still holds when
 * the image is unpacked anywhere. The JDK modules it reads are the ones jdeps finds in the shaded jar
 * (ImageIT checks), and jdk.unsupported, which JLine reaches only by reflection; the static ones are read by code
 * paths triage never takes.
 */
module dev.triage {
  requires jdk.unsupported; // sun.misc.Signal, through which JLine handles Ctrl-C at a prompt
  requires static java.compiler; // Error Prone's annotations in Gson, never read at run time
  requires static java.desktop; // SnakeYAML's JavaBean introspection, which the loader does not use
  requires static java.sql; // Gson's java.sql adapters, registered only when java.sql is present

  uses dev.triage.answers.AnswerPrompter;

  provides dev.triage.answers.AnswerPrompter with dev.triage.console.Console;
}
