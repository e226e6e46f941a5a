package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.ingest.warc.TestWarcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and WARC archives among the other inputs: sniffed by content, gzipped or not, in one run. */
class ArticleReaderFormatsTest {
  private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);
  private static final String PAGE = "<html><body><article><p>The lighthouse keeper retired on Sunday after forty years.</p>"
      + "</article></body></html>";
  private static final String RSS = "<rss version=\"2.0\"><channel><title>T</title><link>https://a.example/</link>"
      + "<description>D</description><item><title>Tide</title><link>https://a.example/tide</link>"
      + "<description>A record tide flooded the quay on Monday.</description></item></channel></rss>";
  private static final String ATOM = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:t</id>"
      + "<updated>2026-02-01T00:00:00Z</updated><entry><title>Bridge</title><id>urn:b</id>"
      + "<link href=\"https://b.example/bridge\"/><updated>2026-02-02T00:00:00Z</updated>"
      + "<content type=\"html\">&lt;p&gt;The new bridge opened to traffic on Monday morning.&lt;/p&gt;</content></entry></feed>";

  @TempDir Path dir;

  private RecordingSink read(String... inputs) {
    RecordingSink sink = new RecordingSink();
    new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, LocalDate.of(2026, 3, 2)).read(List.of(inputs), NO_STDIN, sink);
    return sink;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] warc(String uri) {
    return TestWarcs.response(uri, "text/html; charset=utf-8", TestBytes.utf8(PAGE));
  }

  @Test void readsAFolderMixingEveryKindGzippedOrNot() throws IOException {
    write("a.txt", TestBytes.utf8("Snow fell overnight."));
    write("b.html", TestBytes.utf8(PAGE));
    write("c.xml", TestBytes.utf8("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- hourly -->\n" + RSS));
    write("d.atom.gz", TestBytes.gzip(TestBytes.utf8(ATOM)));
    write("e.warc", TestWarcs.concat(warc("https://w.example/1"), warc("https://w.example/2")));
    // A real .warc.gz gzips each record on its own: concatenated gzip members.
    write("f.warc.gz", TestWarcs.concat(TestBytes.gzip(warc("https://w.example/3")), TestBytes.gzip(warc("https://w.example/4"))));
    write("g.jsonl.gz", TestBytes.gzip(TestBytes.utf8("{\"id\":\"j1\",\"text\":\"Ice closed the road.\"}\n")));
    write("h.bin", TestWarcs.concat(TestBytes.gzip(TestBytes.utf8("not gzip inside?"))));
    RecordingSink sink = read(dir.toString());
    assertEquals(List.of("Snow fell overnight.", "The lighthouse keeper retired on Sunday after forty years.",
        "A record tide flooded the quay on Monday.", "The new bridge opened to traffic on Monday morning."),
        sink.articles.stream().map(Article::text).toList().subList(0, 4));
    assertEquals(List.of("https://a.example/tide", "https://b.example/bridge", "https://w.example/1",
        "https://w.example/2", "https://w.example/3", "https://w.example/4"),
        sink.articles.stream().map(Article::url).filter(u -> u != null).toList());
    assertEquals(List.of(dir.resolve("e.warc") + "#record1", dir.resolve("e.warc") + "#record2"),
        sink.articles.stream().map(Article::source).filter(s -> s.contains("e.warc")).toList());
    assertEquals(10, sink.articles.size(), sink.skipped.toString());
    assertEquals(List.of(), sink.skipped);
    assertEquals(List.of(dir.resolve("c.xml") + "#item1: item has only a summary"), sink.warnings);
  }

  @Test void sniffsAFeedPastADoctypeSoItIsRefusedNotPassedOffAsHtml() throws IOException {
    Path file = write("x.xml", TestBytes.utf8("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\">]>" + RSS));
    RecordingSink sink = read(file.toString());
    assertEquals(List.of(), sink.articles);
    assertTrue(sink.skipped.get(0).startsWith(file + ": refused: the feed declares a DOCTYPE"), sink.skipped.toString());
  }

  @Test void sniffsRdfFeedsWithoutAFeedName() throws IOException {
    String rdf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
        + "<channel rdf:about=\"https://r.example/\"><title>R</title><link>https://r.example/</link><description>d</description></channel>"
        + "<item rdf:about=\"https://r.example/1\"><title>Fog</title><link>https://r.example/1</link>"
        + "<description>Fog grounded flights at the airport.</description></item></rdf:RDF>";
    RecordingSink sink = read(write("page.txt", TestBytes.utf8(rdf)).toString());
    assertEquals("https://r.example/1", sink.articles.get(0).url());
  }

  @Test void reportsATruncatedGzippedWarcAndKeepsWhatCameBefore() throws IOException {
    byte[] whole = TestWarcs.concat(TestBytes.gzip(warc("https://w.example/1")), TestBytes.gzip(warc("https://w.example/2")));
    Path file = write("t.warc.gz", Arrays.copyOf(whole, whole.length - 40));
    RecordingSink sink = read(file.toString());
    assertEquals(List.of("https://w.example/1"), sink.articles.stream().map(Article::url).toList());
    assertEquals(1, sink.skipped.size(), sink.skipped.toString());
    assertTrue(sink.skipped.get(0).startsWith(file + "#record2: truncated"), sink.skipped.toString());
  }

  @Test void reportsATruncatedGzippedFeedAsSkipped() throws IOException {
    byte[] gz = TestBytes.gzip(TestBytes.utf8(RSS));
    Path file = write("t.xml.gz", Arrays.copyOf(gz, gz.length - 10));
    RecordingSink sink = read(file.toString());
    assertEquals(List.of(), sink.articles);
    assertEquals(1, sink.skipped.size(), sink.skipped.toString());
  }
}
