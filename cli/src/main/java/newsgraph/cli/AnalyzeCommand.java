package newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.json.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph analyze}: articles in, one JSON document per article out (CONTRACT §2). */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Analyse articles and print one JSON document per article.",
        "Documents go to stdout, one per line, in input order. Skipped inputs are reported on",
        "stderr as 'skipped SOURCE: REASON'.",
        "",
        "Examples:",
        "  newsgraph analyze --date 2026-03-02 examples/articles/01-moscow-grain-talks.txt",
        "  newsgraph analyze examples/articles > out.jsonl",
        "  cat article.txt | newsgraph analyze --format pretty -",
        ""})
final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = {
      "A file, a folder (read recursively), a glob such as 'news/**.txt', or - for stdin.",
      "Plain text (one article per file), HTML pages, RSS/Atom feeds, WARC archives, or",
      "JSON Lines of {\"id\",\"url\",\"title\",\"published\",\"text\"|\"html\"}, gzipped",
      "or not; the kind is sniffed from the content."})
  List<String> inputs;

  @Option(names = "--format", paramLabel = "jsonl|pretty", defaultValue = "jsonl", description = {
      "jsonl: one document per line (default); pretty: indented, for reading."})
  Format format;

  @Mixin InputOptions options;

  enum Format { jsonl, pretty }

  @Override
  public Integer call() {
    options.check(spec);
    PrintWriter out = spec.commandLine().getOut();
    long skipped = AnalysisRun.run(inputs, main.stdin, options, spec.commandLine().getErr(),
        article -> true, (article, doc) -> {
          DocumentJson.write(doc, out, format == Format.pretty);
          out.println();
        });
    out.flush();
    return skipped == 0 ? 0 : 1;
  }
}
