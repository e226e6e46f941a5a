package newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph ingest}: analyse articles into the store; a rerun skips what is stored. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Analyse articles and add them to the store.",
        "The store is a Lucene index in one folder. Every --batch articles are committed, so a",
        "killed ingest keeps what it committed; a rerun skips articles already stored (same",
        "source and text) without analysing them again. At the end, stories (articles about one",
        "event) and people across the corpus are recomputed over the whole store.",
        "",
        "Example:",
        "  newsgraph ingest --store newsgraph-data examples/articles",
        ""})
final class IngestCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
      description = "Articles per commit (default ${DEFAULT-VALUE}).")
  int batch;

  @Mixin InputOptions options;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = {
      "A file, a folder (read recursively), a glob, or - for stdin; as for analyze."})
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    options.check(spec);
    return ingest(store.dir, inputs, main.stdin, options, batch, spec.commandLine().getErr());
  }

  /** Analyses the inputs into the store at {@code dir}; the exit status (1 when some were skipped). */
  static int ingest(Path dir, List<String> inputs, InputStream stdin, InputOptions options,
      int batch, PrintWriter err) throws IOException {
    AtomicLong added = new AtomicLong();
    AtomicLong present = new AtomicLong();
    long skipped;
    Store.Links links = null;
    long linkMillis = 0;
    try (Store s = Store.open(dir)) {
      skipped = AnalysisRun.run(inputs, stdin, options, err,
          article -> {
            try {
              if (!s.containsInput(Store.inputKey(article.source(), article.text()))) return true;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            present.incrementAndGet();
            return false;
          },
          (article, doc) -> {
            try {
              s.add(doc, Store.inputKey(article.source(), article.text()));
              if (added.incrementAndGet() % batch == 0) s.commit();
            } catch (IOException e) {
              throw new UncheckedIOException("cannot write to the store at " + dir + ": " + e.getMessage(), e);
            }
          });
      // Stories and people are recomputed over the whole store, so they do not depend on the
      // order articles came in; a rerun that adds nothing keeps the links it has.
      if (added.get() > 0 || !s.hasLinks()) {
        long t0 = System.nanoTime();
        links = s.link();
        linkMillis = (System.nanoTime() - t0) / 1_000_000;
      }
    }
    err.printf("newsgraph: %d articles added to %s, %d already there, %d skipped%n",
        added.get(), dir, present.get(), skipped);
    if (links != null) {
      err.printf("newsgraph: linked %d articles in %.1f s: %d stories of %d articles, %d people from %d mentions%n",
          links.articles(), linkMillis / 1000.0, links.stories(), links.storyArticles(), links.people(), links.mentions());
    }
    err.flush();
    return skipped == 0 ? 0 : 1;
  }
}
