package newsgraph.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import newsgraph.analysis.StandardPipeline;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.ArticleSink;
import newsgraph.json.DocumentJson;
import newsgraph.pipeline.OrderedParallelRunner;
import newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
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
        "Analyse articles and print one JSON document per article on stdout, one per line,",
        "in input order. Skipped inputs are reported on stderr as 'skipped SOURCE: REASON'.",
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
      "Plain text (one article per file) or JSON Lines of",
      "{\"id\",\"url\",\"title\",\"published\",\"text\"}, gzipped or not; the kind is",
      "sniffed from the content."})
  List<String> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = {
      "Publication date for articles whose input gives none (an input's own date wins).",
      "Relative dates such as 'on Monday' are resolved against it."})
  LocalDate date;

  @Option(names = "--format", paramLabel = "jsonl|pretty", defaultValue = "jsonl", description = {
      "jsonl: one document per line (default); pretty: indented, for reading."})
  Format format;

  @Option(names = "--threads", paramLabel = "N", description = {
      "Articles analysed in parallel (default: one per core, here ${DEFAULT-VALUE})."})
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-article-size", paramLabel = "SIZE", defaultValue = "5MB",
      converter = ByteSizeConverter.class, description = {
      "Largest article read, e.g. 500KB or 20MB (default ${DEFAULT-VALUE}); larger inputs are",
      "skipped, so one huge file cannot exhaust memory."})
  long maxArticleBytes;

  enum Format { jsonl, pretty }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be at least 1, got " + threads);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Models load (seconds) while the inputs are listed and read.
    CompletableFuture<Pipeline> pipeline = CompletableFuture.supplyAsync(StandardPipeline::create);
    AtomicLong skipped = new AtomicLong();
    try (Progress progress = Progress.start(err);
        OrderedParallelRunner<Article, Document> runner = new OrderedParallelRunner<>(threads,
            article -> pipeline.join().apply(article),
            outcome -> {
              if (outcome.error() != null) {
                skipped.incrementAndGet();
                err.println("skipped " + outcome.input().source() + ": analysis failed: "
                    + rootMessage(outcome.error()));
              } else {
                DocumentJson.write(outcome.result(), out, format == Format.pretty);
                out.println();
              }
              progress.articleDone(outcome.error() == null,
                  outcome.error() == null ? outcome.result().tokens().size() : 0);
            })) {
      ArticleReader reader = new ArticleReader(maxArticleBytes, date);
      reader.read(inputs, main.stdin, new ArticleSink() {
        @Override
        public void accept(Article article) {
          runner.submit(article);
        }

        @Override
        public void skip(String source, String reason) {
          skipped.incrementAndGet();
          err.println("skipped " + source + ": " + reason);
          progress.articleDone(false, 0);
        }

        @Override
        public void warn(String source, String message) {
          err.println("warning " + source + ": " + message);
        }
      });
      runner.finish();
    }
    out.flush();
    return skipped.get() == 0 ? 0 : 1;
  }

  private static String rootMessage(Throwable e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c.getMessage() != null && !message.toString().contains(c.getMessage())) {
        message.append(": ").append(c.getMessage());
      }
    }
    return message.toString();
  }
}
