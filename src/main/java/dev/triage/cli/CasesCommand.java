package dev.triage.cli;

import dev.triage.cases.CaseFile;
import dev.triage.cases.CaseRunner;
import dev.triage.catalog.Catalog;
import dev.triage.catalog.QuestionnaireFile;
import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.diag.TriageException;
import dev.triage.model.Questionnaire;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triage test}: runs case files through the engine and reports failures and outcomes no case
 * reaches.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Runs case files and checks what each case reaches.",
      "Each case of each case file goes through the questionnaire, as a scripted run would.",
      "A case has a name, answers (question id: answer) and expect: the outcome id, and optionally the tier;"
          + " not-asked, a list of question ids the walk must not ask (a case's own answer to one of them is not"
          + " warned about as never reached); reasons-include, a list of pieces of text, each of which must occur,"
          + " ignoring case, in one of the result's reasons.",
      "Prints a line per failure, the outcomes no case reaches, then how many cases passed and failed."
    },
    footerHeading = "%nA case file:%n",
    footer = {
      "  questionnaire: posterior-thigh",
      "  defaults: {breathless-chest-pain: no, limb-change: no, aorta-pain: no,",
      "             thigh-swelling: no, sepsis: no}",
      "  cases:",
      "    - name: An emergency flag wins over an urgent one answered yes too",
      "      answers: {cauda-equina: yes, clot-signs: yes}",
      "      expect:",
      "        outcome: emergency-cauda-equina",
      "        tier: emergency",
      "        not-asked: [clot-signs]",
      "        reasons-include: [base of the spine]",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case passed (and, with --require-coverage, every outcome is reached)",
      "1:a case failed, an outcome is not reached with --require-coverage, or a file is invalid or not found",
      "2:usage error"
    })
final class CasesCommand implements Callable<Integer> {
  static final String SUFFIX = ".cases.yaml";

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "CASES",
      arity = "1..*",
      description =
          "Case files. Each names its questionnaire with 'questionnaire:' (a name, or a path relative to "
              + "the case file), or by its own name: a file named NAME"
              + SUFFIX
              + " tests the questionnaire named NAME"
              + " (the file NAME.yaml beside it first).")
  List<String> files;

  @Option(
      names = "--require-coverage",
      description = "Fail when an outcome of the questionnaire is reached by no case.")
  boolean requireCoverage;

  private final Environment env;

  CasesCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long passed = 0;
    long failed = 0;
    boolean broken = false;
    boolean ran = false;
    for (String file : files) {
      try {
        CaseRunner.Run run = run(file, out, err);
        ran = true;
        passed += run.passed();
        failed += run.failed();
        broken |= requireCoverage && !run.unreached().isEmpty();
      } catch (QuestionnaireException | TriageException e) {
        Failures.report(e, err);
        broken = true;
      }
    }
    if (ran) {
      // With no case file run, "0 passed" would read as a success beside the errors.
      out.println(passed + " passed, " + failed + " failed");
    }
    out.flush();
    err.flush();
    return failed > 0 || broken ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private CaseRunner.Run run(String file, PrintWriter out, PrintWriter err)
      throws QuestionnaireException {
    SourceText src = env.read(file);
    CaseFile cases = CaseFile.parse(src);
    Path dir = env.resolve(file).toAbsolutePath().getParent();
    String named = cases.questionnaire().orElseGet(() -> ownName(file));
    QuestionnaireFile opened;
    try {
      opened = QuestionnaireFile.open(new Catalog(env.workDir()).findBeside(dir, named));
    } catch (QuestionnaireException | TriageException e) {
      cases.throwIfProblems(); // the case file's own problems first: they may be why its
      // questionnaire is wrong
      throw e;
    }
    CaseFile.Suite suite = cases.against(opened.flow());
    int count = suite.cases().size();
    Questionnaire q = opened.flow().questionnaire();
    out.println(
        file
            + ": "
            + count
            + (count == 1 ? " case" : " cases")
            + " against "
            + q.id()
            + " "
            + q.version());
    CaseRunner.Run run = CaseRunner.run(opened.flow(), suite, file);
    for (CaseRunner.Verdict v : run.verdicts()) {
      v.warnings().forEach(err::println);
      v.failure().ifPresent(out::println);
    }
    if (!run.unreached().isEmpty()) {
      out.println(
          (requireCoverage ? "FAIL coverage: " : "")
              + "no case reaches "
              + (run.unreached().size() == 1 ? "this outcome: " : "these outcomes: ")
              + String.join(", ", run.unreached()));
    }
    return run;
  }

  private static String ownName(String file) {
    String name = Path.of(file).getFileName().toString();
    if (!name.endsWith(SUFFIX)) {
      throw TriageException.input(
          file
              + ": cannot tell which questionnaire it tests; add 'questionnaire: NAME' to"
              + " it, or name it NAME"
              + SUFFIX);
    }
    return name.substring(0, name.length() - SUFFIX.length());
  }
}
