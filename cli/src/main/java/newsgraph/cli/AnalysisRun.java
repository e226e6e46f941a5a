package newsgraph.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import newsgraph.analysis.StandardPipeline;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.ArticleSink;
import newsgraph.pipeline.OrderedParallelRunner;
import newsgraph.pipeline.Pipeline;

/**
 * Reads the inputs, analyses every article on all cores and hands each article with its document,
 * in input order, to {@code done}; what cannot be read or analysed is reported on stderr as
 * {@code skipped SOURCE: REASON}. Shared by {@code analyze} and {@code ingest}.
 */
final class AnalysisRun {
  private AnalysisRun() {}

  /** The number of skipped inputs. {@code wanted} false leaves an article out silently (already stored). */
  static long run(List<String> inputs, InputStream stdin, InputOptions options, PrintWriter err,
      Predicate<Article> wanted, BiConsumer<Article, Document> done) {
    // Models load (seconds) while the inputs are listed and read.
    CompletableFuture<Pipeline> pipeline = CompletableFuture.supplyAsync(StandardPipeline::create);
    AtomicLong skipped = new AtomicLong();
    try (Progress progress = Progress.start(err);
        OrderedParallelRunner<Article, Document> runner = new OrderedParallelRunner<>(options.threads,
            article -> pipeline.join().apply(article),
            outcome -> {
              if (outcome.error() != null) {
                skipped.incrementAndGet();
                err.println("skipped " + outcome.input().source() + ": analysis failed: "
                    + rootMessage(outcome.error()));
              } else {
                done.accept(outcome.input(), outcome.result());
              }
              progress.articleDone(outcome.error() == null,
                  outcome.error() == null ? outcome.result().tokens().size() : 0);
            })) {
      ArticleReader reader = new ArticleReader(options.maxArticleBytes, options.date);
      reader.read(inputs, stdin, new ArticleSink() {
        @Override
        public void accept(Article article) {
          if (wanted.test(article)) runner.submit(article);
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
    return skipped.get();
  }

  static String rootMessage(Throwable e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c.getMessage() != null && !message.toString().contains(c.getMessage())) {
        message.append(": ").append(c.getMessage());
      }
    }
    return message.toString();
  }
}
