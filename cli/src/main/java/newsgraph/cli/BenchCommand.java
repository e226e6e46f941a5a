package newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import newsgraph.bench.CopiesBenchmark;
import newsgraph.bench.PipelineComparison;
import newsgraph.bench.RepairBenchmark;
import newsgraph.bench.SearchBenchmark;
import newsgraph.bench.ServeBenchmark;
import newsgraph.bench.StoreBenchmark;
import newsgraph.document.Article;
import newsgraph.eval.NewsCorpus;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph bench}: throughput beside the peer it must beat, in one run, as a ratio:
 * the repair stage (JMH, one thread) beside python-ftfy's {@code fix_text}, and the whole
 * analysis beside CoreNLP's quote and NER pipelines ({@link PipelineComparison}).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Measure throughput beside the baseline.",
        "Both run on the same articles, in one run, and the ratio is printed.",
        "  repair:   the repair stage (JMH, one thread) beside python-ftfy's fix_text, when",
        "            'python3 -c \"import ftfy\"' works (set PYTHONPATH to where ftfy is installed).",
        "  pipeline: the whole analysis beside CoreNLP's quote pipeline (tokenize,ssplit,pos,lemma,",
        "            ner,depparse,coref,quote) and NER pipeline, tokens/s on one thread; all cores;",
        "            peak heap; cold start to the first article. Needs about 6 GB of heap",
        "            (NEWSGRAPH_JAVA_OPTS=-Xmx6g) for CoreNLP's coreference models.",
        "  copies:   syndicated-copy detection (MinHash/LSH) on a synthetic corpus of --corpus-size",
        "            articles built from BBC paragraphs with planted copies: time, peak heap,",
        "            precision and recall. Not part of 'all'.",
        "  search:   search latency (p50/p90/p99) on the store given by --store, words and names",
        "            drawn from its documents. Not part of 'all'.",
        "  serve:    the HTTP server on loopback over --store: --clients clients send requests",
        "            back to back for --seconds to GET /api/search, then to POST /api/analyze;",
        "            requests/s, p50, p99 and max per route. Not part of 'all'.",
        "  store:    builds a fresh store of --corpus-size synthetic articles (the copies corpus, no",
        "            NLP: each article names two people, an organisation and a place and quotes one)",
        "            in --store (an empty folder): ingest articles/s, linking time, size on disk,",
        "            peak heap, then search latency as 'search'. Not part of 'all'.",
        "The corpus is the BBC news corpus under --data (clean news text)."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Gold data folder (default: ../shared/data beside the repository).")
  Path data;

  @picocli.CommandLine.Parameters(paramLabel = "TASK", arity = "0..1", defaultValue = "all",
      description = "repair, pipeline, copies, search, serve, store, or all (repair and pipeline; default ${DEFAULT-VALUE}).")
  String task;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "40",
      description = "Articles in the pipeline comparison, spread over the corpus (default ${DEFAULT-VALUE}).")
  int articleCount;

  @picocli.CommandLine.Mixin StoreOption store;

  @Option(names = "--corpus-size", paramLabel = "N", defaultValue = "1000000",
      description = "Articles in the synthetic corpus of the copies benchmark (default ${DEFAULT-VALUE}).")
  int corpusSize;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1000",
      description = "Articles per commit in the store benchmark (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--one-by-one", description = "Store benchmark: add articles one by one (Store.add, as ingest does) instead of in bulk.")
  boolean oneByOne;

  @Option(names = "--no-link", description = "Store benchmark: skip linking stories and people (slow at a million articles).")
  boolean noLink;

  @Option(names = "--repeats", paramLabel = "R", defaultValue = "3",
      description = "Timed passes per system in the pipeline comparison (default ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
      description = "Concurrent clients in the serve benchmark (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
      description = "Timed seconds per route in the serve benchmark, after a warm-up of a fifth of that (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--forks", defaultValue = "3", description = "JMH forks; the spread across them is reported (default ${DEFAULT-VALUE}).")
  int forks;

  @Override
  public Integer call() throws IOException, RunnerException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = data != null ? data : EvalCommand.defaultData();
    if (!List.of("repair", "pipeline", "copies", "search", "serve", "store", "all").contains(task)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown bench task '" + task + "'; tasks: repair, pipeline, copies, search, serve, store, all");
    }
    if (task.equals("serve")) {
      if (clients < 1 || seconds < 1) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--clients and --seconds must be at least 1");
      }
      try {
        ServeBenchmark.run(store.dir, clients, java.time.Duration.ofSeconds(seconds), true, out);
      } catch (IOException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      return 0;
    }
    if (task.equals("search")) {
      try {
        SearchBenchmark.run(store.dir, 1000, out);
      } catch (IOException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      return 0;
    }
    List<Article> articles;
    try {
      articles = NewsCorpus.articles(dir);
    } catch (IOException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage() + "; give --data");
    }
    if (task.equals("store")) {
      try {
        new StoreBenchmark(articles).run(corpusSize, store.dir, batch, oneByOne, !noLink, out);
      } catch (IOException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      return 0;
    }
    if (task.equals("copies")) {
      new CopiesBenchmark(articles).run(corpusSize, out);
      return 0;
    }
    if (!task.equals("pipeline")) repair(out, articles);
    if (!task.equals("repair")) {
      List<Article> sample = PipelineComparison.sample(articles, articleCount);
      new PipelineComparison(sample, repeats, out).run(PipelineComparison.tempArticle(sample.get(0)));
    }
    return 0;
  }

  private void repair(PrintWriter out, List<Article> articles)
      throws IOException, RunnerException, InterruptedException {
    List<String> texts = new ArrayList<>();
    for (Article a : articles) texts.add(a.text());
    Path corpus = Files.createTempFile("newsgraph-bench", ".txt");
    Files.writeString(corpus, String.join("\u0000", texts), StandardCharsets.UTF_8);
    long bytes = Files.size(corpus);
    double megabytes = bytes / 1e6;
    out.printf(Locale.ROOT, "Repair on %d BBC articles, %.2f MB of UTF-8 text, one thread%n", texts.size(), megabytes);
    out.flush();

    Options options = new OptionsBuilder()
        .include(RepairBenchmark.class.getName())
        .forks(forks).warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(5).measurementTime(TimeValue.seconds(2))
        .jvmArgsAppend("-Dnewsgraph.bench.corpus=" + corpus, "-Xmx1g")
        .timeUnit(TimeUnit.MILLISECONDS).build();
    Collection<RunResult> results = new Runner(options).run();
    RunResult result = results.iterator().next();
    double ms = result.getPrimaryResult().getScore();
    double error = result.getPrimaryResult().getScoreError();
    double ours = megabytes / (ms / 1000);
    out.printf(Locale.ROOT, "%-34s %8.1f MB/s  (%.1f ms per pass, ±%.1f ms at 99.9%%, %d forks)%n",
        "Newsgraph TextRepairer (JMH)", ours, ms, error, forks);

    double[] ftfy = ftfySeconds(corpus);
    if (ftfy == null) {
      out.println("ftfy: not measured (python3 cannot import ftfy; install it and set PYTHONPATH)");
    } else {
      double best = Double.MAX_VALUE, worst = 0;
      for (double s : ftfy) { best = Math.min(best, s); worst = Math.max(worst, s); }
      out.printf(Locale.ROOT, "%-34s %8.1f MB/s  (%.0f-%.0f ms per pass over %d passes)%n",
          "python-ftfy fix_text", megabytes / best, best * 1000, worst * 1000, ftfy.length);
      out.printf(Locale.ROOT, "ratio: Newsgraph is %.0fx ftfy's throughput (against ftfy's best pass)%n",
          ours / (megabytes / best));
    }
    Files.deleteIfExists(corpus);
  }

  /** Seconds per pass of ftfy.fix_text over every article, five passes, or null without ftfy. */
  private static double[] ftfySeconds(Path corpus) throws IOException, InterruptedException {
    String script = String.join("\n",
        "import sys, time, ftfy",
        "texts = open(sys.argv[1], encoding='utf-8').read().split('\\0')",
        "for _ in range(5):",
        "    t = time.perf_counter()",
        "    for s in texts: ftfy.fix_text(s)",
        "    print(time.perf_counter() - t)");
    Process p = new ProcessBuilder("python3", "-c", script, corpus.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) return null;
    List<Double> seconds = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (!line.isBlank()) seconds.add(Double.parseDouble(line.strip()));
    }
    return seconds.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
