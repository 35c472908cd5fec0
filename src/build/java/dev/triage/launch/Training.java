package dev.triage.launch;

import dev.triage.answers.AnswerFlags;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.engine.Walk;
import dev.triage.load.Loaded;
import dev.triage.load.QuestionnaireLoader;
import dev.triage.model.Asked;
import dev.triage.model.RedFlag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Build-only helper of src/image/build-image.sh, which trains the runtime image's class-data
 * archive on real command lines: prints, one per line, the answer flags of a scripted run of the
 * bundled questionnaire to a result ("no" to every red flag, then each question's first choice), so
 * that the training follows the questionnaire as it is.
 */
public final class Training {
  static final String BUNDLED = "posterior-thigh.yaml";

  private Training() {}

  public static void main(String[] args) throws IOException, QuestionnaireException {
    for (String arg : answers(bundled())) {
      System.out.println(arg);
    }
  }

  /** The bundled questionnaire, as the build prebuilt it or else as loaded from its YAML. */
  public static Loaded bundled() throws IOException, QuestionnaireException {
    try (InputStream in = Training.class.getResourceAsStream(Prebuilt.DIR + BUNDLED)) {
      if (in == null) {
        throw new IOException("the classes hold no " + Prebuilt.DIR + BUNDLED);
      }
      SourceText source =
          new SourceText(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Optional<Loaded> prebuilt = Prebuilt.find(source);
      return prebuilt.isPresent() ? prebuilt.get() : QuestionnaireLoader.load(source);
    }
  }

  /** Answers that walk the questionnaire to an outcome, as {@code run} arguments. */
  public static List<String> answers(Loaded questionnaire) {
    Walk walk = Walk.start(questionnaire.questionnaire());
    List<String> args = new ArrayList<>();
    while (!walk.done()) {
      Asked q = walk.current().orElseThrow();
      String choice = q instanceof RedFlag ? RedFlag.NO : q.choices().get(0).id();
      args.addAll(AnswerFlags.words(q.id(), choice));
      walk = walk.answer(choice).orElseThrow();
    }
    return args;
  }
}
