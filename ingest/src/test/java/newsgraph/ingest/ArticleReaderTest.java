package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import newsgraph.document.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

  @TempDir Path dir;

  private RecordingSink read(long maxBytes, String... inputs) {
    RecordingSink sink = new RecordingSink();
    new ArticleReader(maxBytes, LocalDate.of(2026, 3, 2)).read(List.of(inputs), NO_STDIN, sink);
    return sink;
  }

  private RecordingSink read(String... inputs) {
    return read(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, inputs);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test void readsAPlainTextFileWithTheDefaultDate() throws IOException {
    Path file = write("a.txt", "LONDON (AP) — Rain.\n\nMore rain.");
    RecordingSink sink = read(file.toString());
    Article a = sink.articles.get(0);
    assertEquals(file.toString(), a.source());
    assertEquals("LONDON (AP) — Rain.\nMore rain.", a.text());
    assertEquals(LocalDate.of(2026, 3, 2), a.published());
    assertEquals(List.of(), sink.skipped);
  }

  @Test void readsAFolderRecursivelyInNameOrderLeavingHiddenFilesOut() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    write("b.txt", "Second.");
    write("sub/c.txt", "Third.");
    write("a.txt", "First.");
    write(".hidden", "Not an article.");
    RecordingSink sink = read(dir.toString());
    assertEquals(List.of("First.", "Second.", "Third."), sink.articles.stream().map(Article::text).toList());
  }

  @Test void expandsAGlob() throws IOException {
    write("a.txt", "First.");
    write("b.md", "Other.");
    RecordingSink sink = read(dir + "/*.txt");
    assertEquals(List.of("First."), sink.articles.stream().map(Article::text).toList());
  }

  @Test void skipsAMissingFileAndReadsTheRest() throws IOException {
    Path good = write("good.txt", "Fine.");
    RecordingSink sink = read(dir.resolve("missing.txt").toString(), good.toString());
    assertEquals(1, sink.articles.size());
    assertEquals(List.of(dir.resolve("missing.txt") + ": no such file or folder"), sink.skipped);
  }

  @Test void skipsAnEmptyFolder() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(List.of(empty + ": folder holds no files to read"), read(empty.toString()).skipped);
  }

  @Test void skipsEmptyAndWhitespaceOnlyFiles() throws IOException {
    RecordingSink sink = read(write("e.txt", "").toString(), write("w.txt", " \n\n ").toString());
    assertEquals(0, sink.articles.size());
    assertEquals(2, sink.skipped.size());
    assertTrue(sink.skipped.stream().allMatch(s -> s.contains("empty")), sink.skipped.toString());
  }

  @Test void skipsBinaryContent() throws IOException {
    Path bin = Files.write(dir.resolve("x.txt"), new byte[] {'a', 0, 1, 2, 'b'});
    Path pdf = Files.write(dir.resolve("y.txt"), "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));
    RecordingSink sink = read(bin.toString(), pdf.toString());
    assertEquals(List.of(bin + ": binary content (NUL byte at offset 1), not an article",
        pdf + ": binary content (a PDF document), not an article"), sink.skipped);
  }

  @Test void skipsInvalidUtf8NamingTheByte() throws IOException {
    Path latin1 = Files.write(dir.resolve("l.txt"), "Price: £5".getBytes(StandardCharsets.ISO_8859_1));
    RecordingSink sink = read(latin1.toString());
    assertEquals(0, sink.articles.size());
    assertTrue(sink.skipped.get(0).contains("invalid UTF-8 at byte 7"), sink.skipped.toString());
  }

  @Test void skipsAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
    Path big = write("big.txt", "word ".repeat(1000));
    RecordingSink sink = read(1000, big.toString());
    assertEquals(0, sink.articles.size());
    assertTrue(sink.skipped.get(0).contains("larger than the 1000 B article limit"), sink.skipped.toString());
  }

  @Test void readsGzippedText() throws IOException {
    Path gz = dir.resolve("a.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("Zoë in Łódź.".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals("Zoë in Łódź.", read(gz.toString()).articles.get(0).text());
  }

  @Test void limitsGzippedTextAfterDecompression() throws IOException {
    Path gz = dir.resolve("bomb.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("a".repeat(5000).getBytes(StandardCharsets.UTF_8));
    }
    RecordingSink sink = read(1000, gz.toString());
    assertEquals(0, sink.articles.size());
    assertTrue(sink.skipped.get(0).contains("larger than"), sink.skipped.toString());
  }

  @Test void readsUtf16WithAByteOrderMark() throws IOException {
    byte[] body = "Hello from Ağrı.".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xfe;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Path file = Files.write(dir.resolve("u16.txt"), bytes);
    assertEquals("Hello from Ağrı.", read(file.toString()).articles.get(0).text());
  }

  @Test void readsStdin() {
    RecordingSink sink = new RecordingSink();
    new ArticleReader(1000, null).read(List.of("-"),
        new ByteArrayInputStream("From stdin.".getBytes(StandardCharsets.UTF_8)), sink);
    assertEquals("<stdin>", sink.articles.get(0).source());
  }

  @Test void readsAnHtmlPageAsAnArticleWithItsMetadata() throws IOException {
    Path file = write("p.html", "<!DOCTYPE html><html lang=\"fr\"><head><title>Pont</title>"
        + "<meta property=\"article:published_time\" content=\"2024-06-12\"></head><body><nav>Accueil</nav>"
        + "<article><p>Le pont a rouvert mardi, après des mois de travaux.</p><p>Il a coûté quatre millions.</p>"
        + "</article></body></html>");
    RecordingSink sink = read(file.toString());
    assertEquals(List.of(), sink.skipped);
    Article a = sink.articles.get(0);
    assertEquals("Le pont a rouvert mardi, après des mois de travaux.\nIl a coûté quatre millions.", a.text());
    assertEquals("fr", a.language());
    assertEquals(LocalDate.of(2024, 6, 12), a.published());
  }

  @Test void sniffsHtmlWithoutAnHtmlName() throws IOException {
    RecordingSink sink = read(write("page.txt", "<div><p>The bridge reopened on Tuesday after months of work.</p></div>").toString());
    assertEquals("The bridge reopened on Tuesday after months of work.", sink.articles.get(0).text());
  }

  @Test void skipsAnHtmlPageWithNoMainText() throws IOException {
    RecordingSink sink = read(write("menu.html", "<!DOCTYPE html><nav><a href=/a>Home</a></nav><footer>(c)</footer>").toString());
    assertEquals(List.of(), sink.articles);
    assertTrue(sink.skipped.get(0).contains("no main text"), sink.skipped.toString());
  }

  @Test void reportsAFeedWithoutItems() throws IOException {
    RecordingSink sink = read(write("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
        + "<link>https://example.org/</link><description>D</description></channel></rss>").toString());
    assertEquals(List.of(dir.resolve("feed.xml") + ": feed has no items"), sink.skipped);
  }

  @Test void reportsXmlThatIsNotAFeedAsUnsupported() throws IOException {
    RecordingSink sink = read(write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url></urlset>").toString());
    assertTrue(sink.skipped.get(0).contains("neither an RSS/Atom/RDF feed nor HTML"), sink.skipped.toString());
  }

  @Test void capsHtmlBySizeLimit() throws IOException {
    RecordingSink sink = read(100, write("big.html", "<p>" + "word ".repeat(100) + "</p>").toString());
    assertTrue(sink.skipped.get(0).contains("article limit"), sink.skipped.toString());
  }
}
