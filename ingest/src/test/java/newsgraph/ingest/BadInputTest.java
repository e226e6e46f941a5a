package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import newsgraph.document.Article;
import newsgraph.ingest.warc.TestWarcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs issue 8 lists as bad, each reported as {@code skipped SOURCE: REASON} naming where
 * it failed, with everything else read. Big inputs are generated as streams, never stored.
 */
class BadInputTest {
  private static final long HUNDRED_MB = 100L * 1024 * 1024;
  private static final String PAGE = "<html><body><article><p>The lighthouse keeper retired on Sunday after forty years.</p>"
      + "</article></body></html>";
  private static final String RSS_ITEMS = "<rss version=\"2.0\"><channel><title>T</title><link>https://a.example/</link>"
      + "<description>D</description><item><title>Tide</title><link>https://a.example/tide</link>"
      + "<description>A record tide flooded the quay on Monday.</description></item></channel></rss>";

  @TempDir Path dir;

  private static RecordingSink read(InputStream stdin, String... inputs) {
    RecordingSink sink = new RecordingSink();
    new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, LocalDate.of(2026, 3, 2)).read(List.of(inputs), stdin, sink);
    return sink;
  }

  private RecordingSink read(String... inputs) {
    return read(new ByteArrayInputStream(new byte[0]), inputs);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /**
   * {@code size} bytes of HTML made on the fly: a page that opens and then repeats one paragraph,
   * on one line when {@code oneLine} (to sit inside a JSON string).
   */
  static final class HugePage extends InputStream {
    private final byte[] open = TestBytes.utf8("<!DOCTYPE html><html><body><article>");
    private final byte[] block;
    private final long size;
    long served;

    HugePage(long size, boolean oneLine) {
      this.size = size;
      String paragraph = "<p>The river rose again overnight, and the town's volunteers filled sandbags.</p>" + (oneLine ? " " : "\n");
      block = TestBytes.utf8(paragraph.repeat(800));
    }

    HugePage(long size) {
      this(size, false);
    }

    @Override public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override public int read(byte[] b, int off, int len) {
      if (served >= size) return -1;
      int n;
      if (served < open.length) {
        n = (int) Math.min(len, open.length - served);
        System.arraycopy(open, (int) served, b, off, n);
      } else {
        int at = (int) ((served - open.length) % block.length);
        n = (int) Math.min(Math.min(len, block.length - at), size - served);
        System.arraycopy(block, at, b, off, n);
      }
      served += n;
      return n;
    }
  }

  @Test void a100MbPageOnStdinIsSkippedAfterReadingOnlyUpToTheLimit() {
    HugePage page = new HugePage(HUNDRED_MB);
    RecordingSink sink = read(page, "-");
    assertEquals(List.of("<stdin>: larger than the 5.0 MB article limit; raise it with --max-article-size"), sink.skipped);
    assertTrue(page.served < 6L * 1024 * 1024, "read " + page.served + " bytes of a page over the limit");
  }

  @Test void a100MbPageFileIsSkippedWithItsSizeWithoutBeingRead() throws IOException {
    Path file = dir.resolve("huge.html");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write(new HugePage(128 * 1024).readAllBytes());
      f.setLength(HUNDRED_MB); // sparse: the disk holds only the first 128 KB
    }
    Path good = write("good.html", TestBytes.utf8(PAGE));
    RecordingSink sink = read(file.toString(), good.toString());
    assertEquals(List.of(file + ": larger than the 5.0 MB article limit (100.0 MB); raise it with --max-article-size"),
        sink.skipped);
    assertEquals(1, sink.articles.size());
  }

  @Test void a100MbPageInsideGzipIsCappedAfterDecompression() throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(compressed)) {
      new HugePage(HUNDRED_MB).transferTo(gz);
    }
    Path file = write("huge.html.gz", compressed.toByteArray());
    RecordingSink sink = read(file.toString());
    assertEquals(List.of(file + ": larger than the 5.0 MB article limit; raise it with --max-article-size"), sink.skipped);
  }

  @Test void a100MbWarcPayloadIsSkippedAndTheNextRecordRead() throws IOException {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + HUNDRED_MB + "\r\n\r\n";
    String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6d2f0e5a-0000-4000-8000-000000000001>\r\n"
        + "WARC-Date: 2026-02-14T10:00:00Z\r\nWARC-Target-URI: https://w.example/huge\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length() + HUNDRED_MB) + "\r\n\r\n";
    InputStream warc = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        new ByteArrayInputStream(TestBytes.utf8(header + http)), new HugePage(HUNDRED_MB),
        new ByteArrayInputStream(TestWarcs.concat(TestBytes.utf8("\r\n\r\n"),
            TestWarcs.response("https://w.example/next", "text/html", TestBytes.utf8(PAGE)))))));
    RecordingSink sink = read(warc, "-");
    assertEquals(List.of("<stdin>#record1: payload larger than the 5.0 MB article limit; raise it with --max-article-size"),
        sink.skipped);
    assertEquals(List.of("https://w.example/next"), sink.articles.stream().map(Article::url).toList());
  }

  @Test void a100MbJsonLineIsSkippedByItsLineNumberAndTheNextLineRead() {
    InputStream jsonl = new SequenceInputStream(java.util.Collections.enumeration(List.of(
        new ByteArrayInputStream(TestBytes.utf8("{\"id\":\"a\",\"html\":\"")), new HugePage(HUNDRED_MB, true),
        new ByteArrayInputStream(TestBytes.utf8("\"}\n{\"id\":\"b\",\"text\":\"Ice closed the road.\"}\n")))));
    RecordingSink sink = read(jsonl, "-");
    assertEquals(List.of("<stdin>:1: line longer than the 5.0 MB article limit; raise it with --max-article-size"), sink.skipped);
    assertEquals(List.of("Ice closed the road."), sink.articles.stream().map(Article::text).toList());
  }

  /**
   * Run on a thread with a small stack (256 KB), where any recursion over the nesting would
   * overflow: parsing, the metadata (JSON-LD nested as deep, a deep {@code <h1>}), the main-text
   * scoring and the paragraph writer.
   */
  @Test void aPageNested10000DeepIsRead() throws Exception {
    String jsonLd = "<script type=\"application/ld+json\">" + "{\"a\":[".repeat(10_000) + "]}".repeat(10_000) + "</script>";
    String deep = "<html><head>" + jsonLd + "</head><body>" + "<div><span><b>".repeat(10_000) + "<h1>" + "<i>".repeat(10_000)
        + "Bridge</h1><p>The bridge reopened on Tuesday, after months of repairs.</p>" + "<ul><li>".repeat(10_000)
        + "<table><tr><td>".repeat(1_000) + "</b></span></div>".repeat(10_000) + "</body></html>";
    Path file = write("deep.html", TestBytes.utf8(deep));
    RecordingSink[] sink = new RecordingSink[1];
    Throwable[] failure = new Throwable[1];
    Thread thread = new Thread(null, () -> {
      try {
        sink[0] = read(file.toString());
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "small-stack", 256 * 1024);
    thread.start();
    thread.join();
    if (failure[0] != null) throw new AssertionError("failed on a small stack", failure[0]);
    assertEquals(List.of(), sink[0].skipped);
    // jsoup caps its open-element stack, so the structure is bent; the text survives.
    assertTrue(sink[0].articles.get(0).text().contains("The bridge reopened on Tuesday, after months of repairs."));
  }

  @Test void truncatedGzipIsReportedForEachKindWithTheLinesBeforeKept() throws IOException {
    byte[] html = TestBytes.gzip(TestBytes.utf8(PAGE));
    Path page = write("p.html.gz", Arrays.copyOf(html, html.length - 12)); // nothing can be inflated
    byte[] bigHtml = TestBytes.gzip(new HugePage(200_000).readAllBytes());
    Path bigPage = write("big.html.gz", Arrays.copyOf(bigHtml, bigHtml.length - 12)); // the start can
    byte[] lines = TestBytes.gzip(TestBytes.utf8("{\"text\":\"First line stays.\"}\n".repeat(2000) + "{\"text\":\"Cut.\"}\n".repeat(2000)));
    Path jsonl = write("l.jsonl.gz", Arrays.copyOf(lines, lines.length - 30));
    RecordingSink sink = read(page.toString(), bigPage.toString(), jsonl.toString());
    assertEquals(3, sink.skipped.size(), sink.skipped.toString());
    assertTrue(sink.skipped.get(0).startsWith(page + ": truncated or corrupt gzip"), sink.skipped.toString());
    assertTrue(sink.skipped.get(1).startsWith(bigPage + ": truncated or corrupt input"), sink.skipped.toString());
    assertTrue(sink.skipped.get(2).matches(java.util.regex.Pattern.quote(jsonl.toString())
        + ":\\d+: the input breaks off here.*"), sink.skipped.toString());
    assertTrue(sink.articles.size() >= 2000, "kept " + sink.articles.size() + " lines");
  }

  @Test void aFeedNested10000DeepIsRefusedWhereItGoesTooDeep() throws IOException {
    String deep = "<rss version=\"2.0\"><channel><title>T</title><link>https://a.example/</link><description>D</description>"
        + "<item><title>x</title><description>Text.</description>" + "<x>".repeat(10_000) + "</x>".repeat(10_000)
        + "</item></channel></rss>";
    String xhtml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:t</id><updated>2026-02-01T00:00:00Z</updated>"
        + "<entry><title>B</title><id>urn:b</id><updated>2026-02-02T00:00:00Z</updated><content type=\"xhtml\">"
        + "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + "<div>".repeat(10_000) + "Deep." + "</div>".repeat(10_001)
        + "</content></entry></feed>";
    Path rss = write("deep.xml", TestBytes.utf8(deep));
    Path atom = write("deep.atom", TestBytes.utf8(xhtml));
    RecordingSink sink = read(rss.toString(), atom.toString());
    assertEquals(List.of(), sink.articles);
    assertEquals(2, sink.skipped.size(), sink.skipped.toString());
    assertTrue(sink.skipped.get(0).startsWith(rss + ": invalid XML at line 1, column "), sink.skipped.toString());
    assertTrue(sink.skipped.get(0).endsWith("elements nested more than 256 deep"), sink.skipped.toString());
    assertTrue(sink.skipped.get(1).startsWith(atom + ": invalid XML at line 1"), sink.skipped.toString());
  }

  @Test void aWindows1251PageWithoutADeclarationIsDetectedWithAWarning() throws IOException {
    String russian = "<html><body><article><p>Городской совет в понедельник проголосовал за ремонт старого моста. "
        + "Работы продлятся до осени, сообщил мэр города журналистам.</p></article></body></html>";
    Path file = write("ru.html", russian.getBytes(Charset.forName("windows-1251")));
    RecordingSink sink = read(file.toString());
    assertTrue(sink.articles.get(0).text().startsWith("Городской совет в понедельник"), sink.articles.get(0).text());
    assertEquals(List.of(file + ": no charset declared and not UTF-8; detected windows-1251"), sink.warnings);
  }

  /** The list in one folder: each bad input reported where it failed, the good ones read. */
  @Test void aFolderOfBadInputsReportsEachAndReadsTheRest() throws IOException {
    write("a-good.html", TestBytes.utf8(PAGE));
    byte[] warc = TestWarcs.concat(TestWarcs.response("https://w.example/1", "text/html", TestBytes.utf8(PAGE)),
        TestWarcs.response("https://w.example/2", "text/html", TestBytes.utf8(PAGE)));
    write("b-truncated.warc", Arrays.copyOf(warc, warc.length - 100));
    // A real .warc.gz gzips each record on its own: concatenated gzip members.
    byte[] gz = TestWarcs.concat(TestBytes.gzip(TestWarcs.response("https://w.example/1", "text/html", TestBytes.utf8(PAGE))),
        TestBytes.gzip(TestWarcs.response("https://w.example/2", "text/html", TestBytes.utf8(PAGE))));
    write("c-truncated.warc.gz", Arrays.copyOf(gz, gz.length - 20));
    write("d-broken-http.warc", TestWarcs.concat(TestWarcs.record("response", "https://w.example/bad", "2026-02-14T10:00:00Z",
        "application/http; msgtype=response", TestBytes.utf8("NOT HTTP\r\n\r\n<p>x</p>")),
        TestWarcs.response("https://w.example/3", "text/html", TestBytes.utf8(PAGE))));
    write("e-invalid.xml", TestBytes.utf8(RSS_ITEMS.replace("</title><link>https://a.example/tide", "<link>https://a.example/tide")));
    write("f-xxe.xml", TestBytes.utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + RSS_ITEMS.replace("A record tide", "&x;")));
    write("g-laughs.xml", TestBytes.utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + RSS_ITEMS.replace("A record tide", "&c;")));
    write("h-lines.jsonl", TestBytes.utf8("{\"text\":\"Snow fell.\"}\n{\"text\": nope}\n{\"text\":\"Ice formed.\"}\n"));
    RecordingSink sink = read(dir.toString());
    String d = dir + "/";
    assertEquals(List.of(d + "b-truncated.warc#record2", d + "c-truncated.warc.gz#record2", d + "d-broken-http.warc#record1",
        d + "e-invalid.xml", d + "f-xxe.xml", d + "g-laughs.xml", d + "h-lines.jsonl:2"),
        sink.skipped.stream().map(s -> s.substring(0, s.indexOf(": "))).toList());
    assertTrue(sink.skipped.get(3).contains("invalid XML at line 1, column"), sink.skipped.get(3));
    assertTrue(sink.skipped.get(4).contains("refused: the feed declares a DOCTYPE"), sink.skipped.get(4));
    assertTrue(sink.skipped.get(5).contains("refused: the feed declares a DOCTYPE"), sink.skipped.get(5));
    assertTrue(sink.skipped.get(6).contains("invalid JSON"), sink.skipped.get(6));
    assertEquals(List.of("a-good.html", "b-truncated.warc#record1", "c-truncated.warc.gz#record1", "d-broken-http.warc#record2",
        "h-lines.jsonl:1", "h-lines.jsonl:3"),
        sink.articles.stream().map(a -> a.source().substring(d.length())).toList());
  }
}
