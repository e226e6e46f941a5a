package newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.ArticleSink;
import newsgraph.json.DocumentJson;
import newsgraph.pipeline.OrderedParallelRunner;
import org.apache.spark.sql.SparkSession;

/**
 * Local-mode throughput of the job per core beside the plain CLI path on the same articles, in
 * one JVM with the models loaded once: the CLI's way (reader, the pipeline on N threads, each
 * document written as JSON) and the job in {@code local[N]} (reading, analysis, Parquet, copies).
 * The two alternate, after one warm-up pass each, so a load change on a shared machine hits
 * both. Each pass reports wall time and the process's CPU time; the ratio per CPU second is the
 * steadier one when other work competes for the cores.
 *
 * <pre>bin/newsgraph-spark bench [--runs R] [--cores N] [INPUT]   (default ../shared/data/news-corpus)</pre>
 */
public final class SparkBench {
  private SparkBench() {}

  record Pass(String arm, long articles, double wallSeconds, double cpuSeconds) {
    double perCoreWall(int cores) {
      return articles / wallSeconds / cores;
    }

    double perCpuSecond() {
      return articles / cpuSeconds;
    }
  }

  public static void main(String[] args) throws IOException {
    int runs = 3;
    int cores = 2;
    String input = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--cores" -> cores = Integer.parseInt(args[++i]);
        default -> input = args[i];
      }
    }
    if (input == null) {
      Path home = Paths.get(System.getProperty("newsgraph.home", "."));
      input = home.resolve("../shared/data/news-corpus").normalize().toString();
    }
    SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("newsgraph bench spark")
        .config("spark.ui.enabled", "false").getOrCreate();
    Path out = Files.createTempDirectory("newsgraph-bench-spark");
    JobTimes jobs = new JobTimes();
    if (Boolean.getBoolean("newsgraph.bench.jobs")) spark.sparkContext().addSparkListener(jobs);
    try {
      SharedPipeline.get();
      System.out.printf(Locale.ROOT, "input %s, %d cores, %d timed runs of each after one warm-up%n", input, cores, runs);
      List<Pass> cli = new ArrayList<>();
      List<Pass> job = new ArrayList<>();
      for (int r = 0; r <= runs; r++) {
        Pass c = cliPass(input, cores);
        jobs.clear();
        Pass s = sparkPass(spark, input, out);
        jobs.print();
        System.out.printf(Locale.ROOT, "%s cli   %5d articles %6.1f s wall %6.1f s cpu  %.2f art/s/core %.2f art/cpu-s%n",
            r == 0 ? "warm-up" : "run " + r + "  ", c.articles(), c.wallSeconds(), c.cpuSeconds(), c.perCoreWall(cores), c.perCpuSecond());
        System.out.printf(Locale.ROOT, "%s spark %5d articles %6.1f s wall %6.1f s cpu  %.2f art/s/core %.2f art/cpu-s%n",
            r == 0 ? "warm-up" : "run " + r + "  ", s.articles(), s.wallSeconds(), s.cpuSeconds(), s.perCoreWall(cores), s.perCpuSecond());
        if (r > 0) {
          cli.add(c);
          job.add(s);
        }
      }
      List<Double> wallRatio = new ArrayList<>();
      List<Double> cpuRatio = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        wallRatio.add(job.get(i).perCoreWall(cores) / cli.get(i).perCoreWall(cores));
        cpuRatio.add(job.get(i).perCpuSecond() / cli.get(i).perCpuSecond());
      }
      System.out.printf(Locale.ROOT, "spark/cli per core, wall: median %.2f (%.2f-%.2f); per CPU second: median %.2f (%.2f-%.2f)%n",
          median(wallRatio), min(wallRatio), max(wallRatio), median(cpuRatio), min(cpuRatio), max(cpuRatio));
    } finally {
      spark.stop();
      deleteTree(out);
    }
  }

  /** What {@code analyze} does: read, analyse on N threads in input order, print each as JSON. */
  static Pass cliPass(String input, int threads) {
    long cpu0 = cpuNanos();
    long t0 = System.nanoTime();
    AtomicLong done = new AtomicLong();
    Writer sink = Writer.nullWriter();
    try (OrderedParallelRunner<Article, Document> runner = new OrderedParallelRunner<>(threads,
        article -> SharedPipeline.get().apply(article),
        outcome -> {
          if (outcome.error() == null) {
            DocumentJson.write(outcome.result(), sink, false);
            done.incrementAndGet();
          }
        })) {
      new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, null).read(List.of(input), System.in, new ArticleSink() {
        @Override public void accept(Article a) { runner.submit(a); }
        @Override public void skip(String source, String reason) {}
      });
      runner.finish();
    }
    return new Pass("cli", done.get(), (System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu0) / 1e9);
  }

  static Pass sparkPass(SparkSession spark, String input, Path out) {
    long cpu0 = cpuNanos();
    long t0 = System.nanoTime();
    AnalyzeJob.Summary s = AnalyzeJob.run(spark, new AnalyzeJob.Options(List.of(input), out.toString(), null,
        ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, 0, true), System.err);
    return new Pass("spark", s.documents(), (System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu0) / 1e9);
  }

  /** Wall time of each Spark job of a pass, by the job's call site (with -Dnewsgraph.bench.jobs=true). */
  static final class JobTimes extends org.apache.spark.scheduler.SparkListener {
    private final java.util.Map<Integer, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Integer, String> sites = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
      started.put(start.jobId(), start.time());
      // The last stage is the one the action runs: its name is the action's call site.
      var stages = start.stageInfos();
      sites.put(start.jobId(), stages.isEmpty() ? "?" : stages.last().name());
    }

    @Override
    public void onJobEnd(org.apache.spark.scheduler.SparkListenerJobEnd end) {
      Long t0 = started.remove(end.jobId());
      if (t0 != null) lines.add(String.format(Locale.ROOT, "  job %4d %7.2f s  %s", end.jobId(), (end.time() - t0) / 1e3, sites.remove(end.jobId())));
    }

    private final java.util.Map<Integer, long[]> taskTimes = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void onTaskEnd(org.apache.spark.scheduler.SparkListenerTaskEnd end) {
      if (end.taskInfo() == null) return;
      long[] t = taskTimes.computeIfAbsent(end.stageId(), k -> new long[3]);
      synchronized (t) {
        long ms = end.taskInfo().duration();
        t[0]++;
        t[1] += ms;
        t[2] = Math.max(t[2], ms);
      }
    }

    @Override
    public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted done) {
      var info = done.stageInfo();
      long[] t = taskTimes.remove(info.stageId());
      if (t == null || info.submissionTime().isEmpty() || info.completionTime().isEmpty()) return;
      long wall = (Long) info.completionTime().get() - (Long) info.submissionTime().get();
      lines.add(String.format(Locale.ROOT, "    stage %4d %7.2f s wall, %3d tasks, %7.2f s in tasks (longest %.2f s)  %s",
          info.stageId(), wall / 1e3, t[0], t[1] / 1e3, t[2] / 1e3, info.name()));
    }

    void clear() {
      lines.clear();
    }

    void print() {
      synchronized (lines) {
        lines.forEach(System.out::println);
      }
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double median(List<Double> xs) {
    List<Double> s = xs.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static double min(List<Double> xs) {
    return xs.stream().min(Comparator.naturalOrder()).orElse(Double.NaN);
  }

  private static double max(List<Double> xs) {
    return xs.stream().max(Comparator.naturalOrder()).orElse(Double.NaN);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
