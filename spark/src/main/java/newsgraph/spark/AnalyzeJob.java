package newsgraph.spark;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsgraph.ingest.ArticleReader;
import newsgraph.store.Store;
import org.apache.spark.HashPartitioner;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The analysis as a Spark job, for corpora one machine cannot take: reads text, HTML, JSON
 * Lines, WARC and feed files (gzipped or not) under one or more paths or URIs (local, HDFS, S3:
 * whatever Spark's file systems resolve), runs the CLI's pipeline on every article and writes
 * what {@code export --format parquet} writes, one Parquet folder per table in the output
 * folder: {@code documents.parquet}, {@code entities.parquet}, {@code quotes.parquet}, plus
 * {@code copies.parquet} (each near-duplicate copy and the earliest article of its group),
 * {@code stories.parquet} (each article of a story and the story's id), {@code people.parquet}
 * (each PERSON entity's person id: the ids {@code Store.link()} gives, see {@link LinkStages})
 * and {@code skipped.parquet} (inputs that could not be read or analysed, with the reason).
 *
 * <pre>spark-submit --class newsgraph.spark.AnalyzeJob JAR [--date YYYY-MM-DD]
 *     [--max-article-size BYTES] [--partitions N] [--overwrite] INPUT... OUTPUT</pre>
 *
 * Exit status as the CLI's: 0 when every article was processed, 1 when some were skipped (each
 * also printed on stderr as {@code skipped SOURCE: REASON}, up to a hundred), 2 for a usage error.
 */
public final class AnalyzeJob {
  private static final int SKIPS_PRINTED = 100;

  /** What to read and where to write. {@code partitions} 0: four per core of the cluster. */
  public record Options(List<String> inputs, String output, LocalDate date, long maxArticleBytes,
      int partitions, boolean overwrite) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) throw new IllegalArgumentException("no input given");
      if (maxArticleBytes < 1) throw new IllegalArgumentException("--max-article-size must be positive");
      if (partitions < 0) throw new IllegalArgumentException("--partitions must not be negative");
    }

    /** {@code [--date D] [--max-article-size BYTES] [--partitions N] [--overwrite] INPUT... OUTPUT} */
    public static Options parse(String... args) {
      List<String> paths = new ArrayList<>();
      LocalDate date = null;
      long max = ArticleReader.DEFAULT_MAX_ARTICLE_BYTES;
      int partitions = 0;
      boolean overwrite = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        try {
          switch (a) {
            case "--date" -> date = LocalDate.parse(value(args, ++i, a));
            case "--max-article-size" -> max = Long.parseLong(value(args, ++i, a));
            case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
            case "--overwrite" -> overwrite = true;
            default -> {
              if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
              paths.add(a);
            }
          }
        } catch (NumberFormatException | DateTimeParseException e) {
          throw new IllegalArgumentException("bad value for " + a + ": " + e.getMessage(), e);
        }
      }
      if (paths.size() < 2) throw new IllegalArgumentException("give at least one INPUT and the OUTPUT folder");
      return new Options(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), date, max,
          partitions, overwrite);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
      return args[i];
    }
  }

  /** What a run did. {@code skips} holds at most a hundred of the skipped inputs. */
  public record Summary(long documents, long entities, long quotes, long copies, long stories,
      long people, long skipped, List<String> skips) {}

  private AnalyzeJob() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("newsgraph spark: " + e.getMessage());
      System.err.println("usage: AnalyzeJob [--date YYYY-MM-DD] [--max-article-size BYTES] "
          + "[--partitions N] [--overwrite] INPUT... OUTPUT");
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("newsgraph analyze");
    // Run locally when not started by spark-submit (which sets the master).
    if (!conf.contains("spark.master")) conf.setMaster("local[*]");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    Summary s;
    try {
      s = run(spark, options, System.err);
    } finally {
      spark.stop();
    }
    System.err.printf("newsgraph spark: %d documents, %d entities, %d quotes, %d copies, %d stories, %d people, "
        + "%d skipped, in %s%n", s.documents(), s.entities(), s.quotes(), s.copies(), s.stories(), s.people(),
        s.skipped(), options.output());
    System.exit(s.skipped() > 0 ? 1 : 0);
  }

  /** Runs the job on {@code spark}; skipped inputs are also printed on {@code err}. */
  public static Summary run(SparkSession spark, Options o, PrintStream err) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    long max = o.maxArticleBytes();
    LocalDate date = o.date();
    int partitions = o.partitions() > 0 ? o.partitions() : 4 * jsc.defaultParallelism();

    JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(String.join(",", o.inputs()));
    // binaryFiles packs small files into few splits, and one JSON Lines or WARC file can hold
    // millions of articles: spread the articles (cheap to move) before the analysis (not cheap).
    // By source, so that the articles which could share an id meet in one partition, where
    // ArticleAnalysis keeps one of them, as the store keeps one article per id.
    JavaRDD<Analyzed> analyzed = files
        .flatMap(f -> InputReading.read(f._1(), f._2(), max, date))
        .keyBy(ReadOutcome::source)
        .partitionBy(new HashPartitioner(partitions))
        .values()
        .mapPartitions(ArticleAnalysis::analyze)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Analyzed> documents = analyzed.filter(a -> !a.isSkip());
    // After the first pass (the analysis, on every partition) the later ones only read the
    // cached articles: one task per core, each reading several cached partitions, since the
    // per-task cost (scheduling, a Parquet file) outweighed the reading in those passes.
    JavaRDD<Analyzed> cached = analyzed.coalesce(Math.min(partitions, jsc.defaultParallelism()));
    JavaRDD<Analyzed> later = cached.filter(a -> !a.isSkip());
    JavaRDD<Analyzed> skipped = cached.filter(Analyzed::isSkip);
    try {
      write(spark, documents.map(Analyzed::document), "documents", o);
      write(spark, later.flatMap(a -> a.entities().iterator()), "entities", o);
      write(spark, later.flatMap(a -> a.quotes().iterator()), "quotes", o);
      List<Tuple2<String, String>> copies = CopyStage.copies(
          later.map(a -> new CopyStage.Signed(a.id(), a.source(), a.day(), a.signature())),
          Store.COPY_THRESHOLD);
      writePairs(jsc, spark, copies, Tables.copiesSchema(), "copies", o);
      Map<String, String> copyOf = new HashMap<>();
      for (Tuple2<String, String> c : copies) copyOf.put(c._1(), c._2());
      List<Tuple2<String, String>> stories = LinkStages.stories(documents.map(Analyzed::story), copyOf);
      writePairs(jsc, spark, stories, Tables.storiesSchema(), "stories", o);
      JavaRDD<Row> personRows = LinkStages.people(later.flatMap(a -> a.people().iterator()), later.getNumPartitions())
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      spark.createDataFrame(personRows, Tables.peopleSchema()).write().mode(mode(o)).parquet(path(o, "people"));
      long people = personRows.map(r -> r.getString(2)).distinct().count();
      personRows.unpersist(false);
      // One file, but repartition, not coalesce: the filter over every article runs on all
      // cores and only the skips move; coalesce(1) would read every article in one task.
      spark.createDataFrame(skipped.map(a -> RowFactory.create(a.source(), a.reason())), Tables.skippedSchema())
          .repartition(1).write().mode(mode(o)).parquet(path(o, "skipped"));
      Dataset<Row> skipTable = spark.read().parquet(path(o, "skipped"));
      long skipCount = skipTable.count();
      List<String> skips = skipTable.limit(SKIPS_PRINTED).collectAsList().stream()
          .map(r -> "skipped " + r.getString(0) + ": " + r.getString(1)).toList();
      skips.forEach(err::println);
      long[] counts = later.map(a -> new long[] {1, a.entities().size(), a.quotes().size()})
          .fold(new long[3], (x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]});
      return new Summary(counts[0], counts[1], counts[2], copies.size(),
          stories.stream().map(Tuple2::_2).distinct().count(), people, skipCount, skips);
    } finally {
      analyzed.unpersist(false);
    }
  }

  private static void write(SparkSession spark, JavaRDD<Row> rows, String table, Options o) {
    spark.createDataFrame(rows, Tables.schema(table)).write().mode(mode(o)).parquet(path(o, table));
  }

  /** A two-column table the driver computed, spread over partitions of at most 100,000 rows. */
  private static void writePairs(JavaSparkContext jsc, SparkSession spark, List<Tuple2<String, String>> pairs,
      org.apache.spark.sql.types.StructType schema, String table, Options o) {
    List<Row> rows = pairs.stream().map(p -> RowFactory.create(p._1(), p._2())).toList();
    spark.createDataFrame(jsc.parallelize(rows, Math.max(1, rows.size() / 100_000)), schema).write().mode(mode(o))
        .parquet(path(o, table));
  }

  private static SaveMode mode(Options o) {
    return o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
  }

  private static String path(Options o, String table) {
    return o.output().replaceAll("/+$", "") + "/" + table + ".parquet";
  }
}
