package newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.ArticleSink;
import newsgraph.store.Exporter;
import newsgraph.store.LinkSearch;
import newsgraph.store.Store;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[2] on a small corpus: the example articles, JSON Lines with a syndicated copy
 * and a broken line, a WARC and a binary file. One run serves every test (models and Spark start
 * once); the CLI's path (reader, pipeline, store, {@code export --format parquet}) runs on the
 * same inputs for comparison.
 */
class AnalyzeJobTest {
  private static final String WIRE = "The city council voted on Tuesday to close the old grain terminal at the harbour "
      + "after a decade of losses. \"We had no choice left,\" said Mayor Ana Ruiz, who chaired the meeting. "
      + "Dock workers said they would appeal to the regional government in Seville. The terminal employs "
      + "about two hundred people and handled most of the wheat shipped from the province last year.";

  // Twice in one file: one input read twice is one article in the store and in the job.
  private static final String OLIVES = "{\"id\":\"w4\",\"url\":\"https://other.example/4\",\"published\":\"2024-03-06\","
      + "\"text\":" + json("Farmers in the valley began the olive harvest early this year because of the heat. "
          + "\"The trees are tired,\" said grower Luis Pardo.") + "}";

  @TempDir static Path tmp;
  static SparkSession spark;
  static Path inputs;
  static Path sparkOut;
  static Path cliOut;
  static AnalyzeJob.Summary summary;
  static String printed;
  static long cliSkipped;
  static final List<String> storeStories = new ArrayList<>();
  static final List<String> storePeople = new ArrayList<>();

  @BeforeAll
  static void runJobAndCli() throws IOException {
    inputs = Files.createDirectories(tmp.resolve("in"));
    Path examples = Paths.get("../examples/articles").toAbsolutePath().normalize();
    try (var files = Files.list(examples)) {
      for (Path f : files.sorted().limit(2).toList()) Files.copy(f, inputs.resolve(f.getFileName()));
    }
    Files.writeString(inputs.resolve("wire.jsonl"), String.join("\n",
        "{\"id\":\"w1\",\"url\":\"https://wire.example/1\",\"title\":\"Grain terminal to close\",\"published\":\"2024-03-05\",\"text\":" + json(WIRE) + "}",
        "{\"id\":\"w2\",\"url\":\"https://paper.example/2\",\"title\":\"Harbour loses its terminal\",\"published\":\"2024-03-07\",\"text\":"
            + json("Local news from the coast. " + WIRE + " Subscribe to our newsletter for more.") + "}",
        "{\"id\":\"w3\",\"url\":\"https://paper.example/3\",\"title\":\"Terminal closes\",\"published\":\"2024-03-06\",\"text\":"
            + json(WIRE + " Read more on our site.") + "}",
        "{\"id\": broken",
        OLIVES, OLIVES) + "\n");
    String page = "<html><head><title>Mill closes</title></head><body><article><p>The old paper mill closed on "
        + "Friday, ending two centuries of work in the town, said manager Ewa Nowak.</p></article></body></html>";
    Files.write(inputs.resolve("crawl.warc"), warcResponse("https://town.example/mill", page));
    Files.write(inputs.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    // Two reports of one budget (one story; the second names the minister by surname only) and
    // another Smith elsewhere: the links' corpus.
    Files.writeString(inputs.resolve("budget.jsonl"), String.join("\n",
        "{\"id\":\"b1\",\"url\":\"https://news.example/budget\",\"title\":\"Smith unveils austerity budget\",\"published\":\"2024-05-02\",\"text\":"
            + json("Finance Minister Anna Smith unveiled an austerity budget on Thursday that cuts pensions and raises "
                + "the fuel levy. \"The deficit leaves us no room,\" Smith told the Treasury committee. Opposition "
                + "leader Tomas Berg called the budget cruel to pensioners.") + "}",
        "{\"id\":\"b2\",\"url\":\"https://daily.example/levy\",\"title\":\"Pensioners protest austerity budget\",\"published\":\"2024-05-03\",\"text\":"
            + json("Pensioners marched to parliament on Friday against the austerity budget, its pension cuts and the "
                + "higher fuel levy. Finance Minister Smith defended the budget before the Treasury committee again. "
                + "Tomas Berg said the deficit was no excuse.") + "}",
        "{\"id\":\"b3\",\"url\":\"https://coast.example/storm\",\"title\":\"Storm keeps boats in port\",\"published\":\"2024-05-02\",\"text\":"
            + json("A spring storm kept the fishing fleet in port at Kinsale for a third day. \"We lose a week of "
                + "catch,\" said fisherman John Smith, who has worked the boats for thirty years.") + "}") + "\n");

    spark = SparkSession.builder().master("local[2]").appName("AnalyzeJobTest")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    sparkOut = tmp.resolve("spark-out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    summary = AnalyzeJob.run(spark, AnalyzeJob.Options.parse("--partitions", "2", inputs.toString(), sparkOut.toString()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    printed = err.toString(StandardCharsets.UTF_8);

    // The CLI's ingest + export, on the same folder given by its absolute path.
    Path store = tmp.resolve("store");
    List<Article> articles = new ArrayList<>();
    List<String> skips = new ArrayList<>();
    new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, null).read(List.of(inputs.toString()), System.in,
        new ArticleSink() {
          @Override public void accept(Article a) { articles.add(a); }
          @Override public void skip(String source, String reason) { skips.add(source); }
        });
    cliSkipped = skips.size();
    try (Store s = Store.open(store)) {
      for (Article a : articles) {
        Document doc = SharedPipeline.get().apply(a);
        s.add(doc, Store.inputKey(a.source(), a.text()));
      }
      s.commit();
      s.link();
    }
    try (LinkSearch links = LinkSearch.open(store)) {
      for (Row d : spark.read().parquet(sparkOut.resolve("documents.parquet").toString()).collectAsList()) {
        String id = d.getString(d.fieldIndex("id"));
        LinkSearch.ArticleLinks a = links.article(id);
        if (a.storyId() != null) storeStories.add(id + " " + a.storyId());
        a.personIds().forEach((entity, person) -> storePeople.add(id + " " + entity + " " + person));
      }
    }
    cliOut = tmp.resolve("cli-out");
    Exporter.export(store, Exporter.Format.parquet, cliOut);
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  @Test void writesTheSameDocumentsEntitiesAndQuotesAsTheCliExport() {
    for (String table : List.of("documents", "entities", "quotes")) {
      Dataset<Row> job = spark.read().parquet(sparkOut.resolve(table + ".parquet").toString());
      Dataset<Row> cli = spark.read().parquet(cliOut.resolve(table + ".parquet").toString());
      assertEquals(types(cli), types(job), table + " columns");
      List<String> cliRows = rows(cli);
      assertTrue(cliRows.size() > 0, table + " is empty");
      // Compared as sorted lists: the same rows, each as often, in any order.
      assertEquals(cliRows, rows(job), table);
    }
    assertEquals(summary.documents(), spark.read().parquet(sparkOut.resolve("documents.parquet").toString()).count());
  }

  @Test void pointsEachCopyToTheEarliestArticleOfItsGroup() {
    Map<String, String> urlOf = spark.read().parquet(sparkOut.resolve("documents.parquet").toString())
        .collectAsList().stream().filter(r -> !r.isNullAt(r.fieldIndex("url")))
        .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("id")), r -> r.getString(r.fieldIndex("url"))));
    List<String> copies = spark.read().parquet(sparkOut.resolve("copies.parquet").toString()).collectAsList().stream()
        .map(r -> urlOf.get(r.getString(0)) + " -> " + urlOf.get(r.getString(1))).sorted().toList();
    assertEquals(List.of("https://paper.example/2 -> https://wire.example/1",
        "https://paper.example/3 -> https://wire.example/1"), copies);
    assertEquals(2, summary.copies());
  }

  @Test void reportsBadRecordsAndFilesAndAnalysesTheRest() {
    List<String> skipped = spark.read().parquet(sparkOut.resolve("skipped.parquet").toString()).collectAsList()
        .stream().map(r -> r.getString(0)).sorted().toList();
    assertEquals(List.of(inputs.resolve("logo.png").toString(), inputs.resolve("wire.jsonl") + ":4"), skipped);
    assertEquals(cliSkipped, summary.skipped());
    assertTrue(printed.contains("skipped " + inputs.resolve("logo.png") + ": binary content"), printed);
    // Two example articles, four JSON lines (one of them twice), the WARC page and three budget lines.
    assertEquals(10, summary.documents());
  }

  @Test void givesEachArticleTheStoreStoryAndEachPersonTheStorePerson() {
    assertEquals(storeStories.stream().sorted().toList(), rows("stories"));
    assertEquals(storePeople.stream().sorted().toList(), rows("people"));
    assertEquals(storePeople.stream().map(r -> r.split(" ")[2]).distinct().count(), summary.people());
  }

  @Test void findsTheBudgetStoryAndTellsTheTwoSmithsApart() {
    Map<String, String> idOf = spark.read().parquet(sparkOut.resolve("documents.parquet").toString())
        .collectAsList().stream().filter(r -> !r.isNullAt(r.fieldIndex("url")))
        .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("url")), r -> r.getString(r.fieldIndex("id"))));
    String b1 = idOf.get("https://news.example/budget"), b2 = idOf.get("https://daily.example/levy"),
        b3 = idOf.get("https://coast.example/storm");
    Map<String, String> storyOf = rows("stories").stream().map(r -> r.split(" "))
        .collect(Collectors.toMap(r -> r[0], r -> r[1]));
    assertEquals(b1, storyOf.get(b1), "the earlier report names the story");
    assertEquals(b1, storyOf.get(b2));
    assertEquals(null, storyOf.get(b3));
    // Each (document, entity name) of a PERSON with its person id.
    Map<String, String> nameOf = spark.read().parquet(sparkOut.resolve("entities.parquet").toString())
        .collectAsList().stream().filter(r -> "PERSON".equals(r.getString(r.fieldIndex("type"))))
        .collect(Collectors.toMap(r -> r.getString(0) + " " + r.getString(1), r -> r.getString(r.fieldIndex("name"))));
    Map<String, String> person = rows("people").stream().map(r -> r.split(" "))
        .collect(Collectors.toMap(r -> r[0] + "|" + nameOf.get(r[0] + " " + r[1]), r -> r[2]));
    String anna = person.get(b1 + "|Anna Smith");
    assertTrue(anna != null, person.toString());
    assertEquals(anna, person.get(b2 + "|Smith"), person.toString());
    assertTrue(person.get(b3 + "|John Smith") != null && !anna.equals(person.get(b3 + "|John Smith")), person.toString());
    assertEquals(person.get(b1 + "|Tomas Berg"), person.get(b2 + "|Tomas Berg"), person.toString());
  }

  /** A links table's rows as space-joined strings, sorted. */
  private static List<String> rows(String table) {
    return spark.read().parquet(sparkOut.resolve(table + ".parquet").toString()).collectAsList().stream()
        .map(r -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; i < r.size(); i++) b.append(i == 0 ? "" : " ").append(r.getString(i));
          return b.toString();
        }).sorted().toList();
  }

  private static List<String> rows(Dataset<Row> d) {
    return d.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  private static List<String> types(Dataset<Row> d) {
    return java.util.Arrays.stream(d.schema().fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static byte[] warcResponse(String uri, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
    String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:5f0e6c0a-0000-4000-8000-000000000001>\r\n"
        + "WARC-Date: 2026-02-14T10:00:00Z\r\nWARC-Target-URI: " + uri + "\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(http);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
