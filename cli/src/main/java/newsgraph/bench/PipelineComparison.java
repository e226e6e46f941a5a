package newsgraph.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import newsgraph.analysis.StandardPipeline;
import newsgraph.document.Article;
import newsgraph.eval.CoreNlpBaseline;
import newsgraph.pipeline.OrderedParallelRunner;
import newsgraph.pipeline.Pipeline;

/**
 * Newsgraph's whole analysis beside CoreNLP's quote pipeline (tokenize … depparse, coref,
 * quote) and its NER pipeline (tokenize … ner), on the same articles in one run: each warmed
 * up for {@link #WARM_UP_SECONDS} (at least one pass), then timed over several passes on one thread; tokens per second (the
 * tokens Newsgraph finds, one denominator for all three), median and range, and the ratios.
 * Also Newsgraph on all cores, the peak heap of each phase, and a cold start to the first
 * article's output in a fresh JVM. CoreNLP is configured exactly as the quote eval runs it
 * ({@link CoreNlpBaseline}).
 */
public final class PipelineComparison {
  private final List<Article> articles;
  private final int repeats;
  private final PrintWriter out;

  public PipelineComparison(List<Article> articles, int repeats, PrintWriter out) {
    this.articles = articles;
    this.repeats = repeats;
    this.out = out;
  }

  public void run(Path oneArticle) throws IOException, InterruptedException {
    HeapPeak.reset();
    Pipeline newsgraph = StandardPipeline.create();
    long tokens = 0;
    for (Article a : articles) tokens += newsgraph.apply(a).tokens().size();
    out.printf(Locale.ROOT, "%d BBC articles, %,d tokens; %d timed passes after at least %.0f s of warm-up each%n",
        articles.size(), tokens, repeats, WARM_UP_SECONDS);
    out.printf(Locale.ROOT, "%-44s %12s %18s %10s%n", "", "tokens/s", "range", "peak heap");
    out.flush();
    double[] ours = passes(a -> newsgraph.apply(a));
    String oursHeap = HeapPeak.since();
    row("Newsgraph full analysis, 1 thread", ours, tokens, oursHeap);
    int cores = Runtime.getRuntime().availableProcessors();
    double[] oursAll = passesParallel(newsgraph, cores);
    row("Newsgraph full analysis, " + cores + " threads", oursAll, tokens, HeapPeak.since());

    HeapPeak.reset();
    StanfordCoreNLP ner = CoreNlpBaseline.create(CoreNlpBaseline.NER_ANNOTATORS);
    double[] nerTimes = passes(a -> ner.annotate(new Annotation(a.text())));
    row("CoreNLP NER pipeline, 1 thread", nerTimes, tokens, HeapPeak.since());

    HeapPeak.reset();
    StanfordCoreNLP quotes = CoreNlpBaseline.create(CoreNlpBaseline.QUOTE_ANNOTATORS);
    double[] quoteTimes = passes(a -> quotes.annotate(new Annotation(a.text())));
    row("CoreNLP quote pipeline, 1 thread", quoteTimes, tokens, HeapPeak.since());

    double o = median(ours);
    out.printf(Locale.ROOT, "ratio (medians, 1 thread): Newsgraph is %.1fx the quote pipeline and %.2fx the NER pipeline%n",
        median(quoteTimes) / o, median(nerTimes) / o);
    out.printf(Locale.ROOT, "cold start to the first article's output (fresh JVM, -Xmx1500m): %.2f s%n",
        coldStart(oneArticle));
    out.flush();
  }

  /** Every system warms up for at least this long (and one pass), so the JIT is done with it. */
  static final double WARM_UP_SECONDS = 20;

  /** Seconds per timed pass, after warm-up passes. */
  private double[] passes(Consumer<Article> work) {
    long warm = System.nanoTime();
    do {
      for (Article a : articles) work.accept(a);
    } while ((System.nanoTime() - warm) / 1e9 < WARM_UP_SECONDS);
    double[] seconds = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      long t = System.nanoTime();
      for (Article a : articles) work.accept(a);
      seconds[r] = (System.nanoTime() - t) / 1e9;
    }
    return seconds;
  }

  private double[] passesParallel(Pipeline pipeline, int threads) {
    runParallel(pipeline, threads); // the threads' own warm-up pass
    double[] seconds = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      long t = System.nanoTime();
      runParallel(pipeline, threads);
      seconds[r] = (System.nanoTime() - t) / 1e9;
    }
    return seconds;
  }

  private void runParallel(Pipeline pipeline, int threads) {
    try (var runner = new OrderedParallelRunner<Article, Object>(threads, pipeline::apply, outcome -> { })) {
      for (Article a : articles) runner.submit(a);
      runner.finish();
    }
  }

  private void row(String name, double[] seconds, long tokens, String heap) {
    double[] rates = Arrays.stream(seconds).map(s -> tokens / s).sorted().toArray();
    out.printf(Locale.ROOT, "%-44s %12.0f %8.0f-%-9.0f %10s%n", name, tokens / median(seconds),
        rates[0], rates[rates.length - 1], heap);
    out.flush();
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** Wall seconds from starting a new JVM on this classpath to the first line of output. */
  private static double coldStart(Path article) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long t = System.nanoTime();
    Process p = new ProcessBuilder(java, "-Xmx1500m", "-cp", System.getProperty("java.class.path"),
        "newsgraph.cli.Main", "analyze", article.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    double seconds = Double.NaN;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      if (r.readLine() != null) seconds = (System.nanoTime() - t) / 1e9;
      while (r.readLine() != null) { /* drain */ }
    }
    p.waitFor();
    return seconds;
  }

  /** Writes one article's text to a temporary file for the cold start. */
  public static Path tempArticle(Article a) throws IOException {
    Path f = Files.createTempFile("newsgraph-cold", ".txt");
    Files.writeString(f, a.text(), StandardCharsets.UTF_8);
    f.toFile().deleteOnExit();
    return f;
  }

  /** Every k-th article, so that all of the corpus's sections are in a small sample. */
  public static List<Article> sample(List<Article> all, int n) {
    List<Article> out = new ArrayList<>(n);
    int step = Math.max(1, all.size() / Math.max(1, n));
    for (int i = 0; i < all.size() && out.size() < n; i += step) out.add(all.get(i));
    return out;
  }
}
