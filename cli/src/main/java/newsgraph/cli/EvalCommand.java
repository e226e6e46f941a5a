package newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import newsgraph.eval.Evaluations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph eval}: accuracy on the gold data, beside the baseline (CONTRACT §5). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
        "Measure accuracy on gold data beside the baseline.",
        "Prints Newsgraph and the baseline on the same items, in one table.",
        "",
        "Tasks: ${COMPLETION-CANDIDATES}, or all.",
        "  repair       ftfy's test cases (beside ftfy) and changes made to clean BBC news",
        "  ner          entity P/R/F1 on CoNLL-2003 (beside CoreNLP's CoNLL CRF on the gold tokens)",
        "  quotes       quote spans and speakers on PolNeAR (exact, overlap, attribution)",
        "  paraphrase   F1 and accuracy on MRPC (beside word overlap); refits and prints the weights",
        "  geocode      toponym resolution on GeoWebNews, LGL, TR-News, GeoVirus (beside population)",
        "  dates        date spans and values on TimeBank/AQUAINT TIMEX3 (beside SUTime)",
        "  extract      main text of HTML pages on Zyte's benchmark (beside trafilatura, readability)",
        "  stories      same-event groups on hand-labelled BBC families, pairwise (beside words only)",
        ""})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TASK", description = "What to evaluate: ${COMPLETION-CANDIDATES}, or all.",
      completionCandidates = Evaluations.Names.class)
  String task;

  @Option(names = "--data", paramLabel = "DIR", description = {
      "The gold data folder (default: ../shared/data beside the repository)."})
  Path data;

  @Option(names = "--split", paramLabel = "train|dev|test", defaultValue = "test", description = {
      "Which split to score (default ${DEFAULT-VALUE}). Develop on train and dev; report test."})
  String split;

  @Option(names = "--no-baseline", description = {
      "Score Newsgraph only and skip a slow baseline (quotes: CoreNLP; dates: SUTime); for development."})
  boolean noBaseline;

  @Override
  public Integer call() throws IOException {
    Path dir = data != null ? data : defaultData();
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "no gold data folder at " + dir + "; give one with --data");
    }
    if (!task.equals("all") && !Evaluations.names().contains(task)) {
      throw new ParameterException(spec.commandLine(), "unknown task '" + task + "'; tasks: "
          + String.join(", ", Evaluations.names()) + ", all");
    }
    for (String name : Evaluations.names()) {
      if (task.equals("all") || task.equals(name)) {
        spec.commandLine().getOut().println(Evaluations.run(name, dir, split, !noBaseline));
        spec.commandLine().getOut().flush();
      }
    }
    return 0;
  }

  /** ../shared/data beside the repository; the launcher says where the repository is. */
  static Path defaultData() {
    String home = System.getProperty("newsgraph.home");
    return (home != null ? Paths.get(home) : Paths.get(".")).toAbsolutePath().normalize()
        .resolveSibling("shared").resolve("data");
  }
}
