package newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import newsgraph.document.Article;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private static RecordingSink read(String jsonl, long maxLine) throws IOException {
    RecordingSink sink = new RecordingSink();
    new JsonLinesReader("feed.jsonl", maxLine, LocalDate.of(2026, 1, 1), sink)
        .read(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
    return sink;
  }

  @Test void readsMetadataAndLaysTextOut() throws IOException {
    Article a = read("{\"id\":\"x1\",\"url\":\"https://n.example/a\",\"title\":\"T\","
        + "\"published\":\"2024-06-12T10:00:00Z\",\"text\":\"One.\\n\\nTwo.\"}\n", 10_000).articles.get(0);
    assertEquals("https://n.example/a", a.source());
    assertEquals("T", a.title());
    assertEquals(LocalDate.of(2024, 6, 12), a.published());
    assertEquals("One.\nTwo.", a.text());
  }

  @Test void namesTheSourceByIdThenByLine() throws IOException {
    RecordingSink sink = read("{\"id\":\"x1\",\"text\":\"A.\"}\n{\"text\":\"B.\"}", 10_000);
    assertEquals(List.of("feed.jsonl#x1", "feed.jsonl:2"), sink.articles.stream().map(Article::source).toList());
    assertEquals(LocalDate.of(2026, 1, 1), sink.articles.get(1).published());
  }

  @Test void skipsABadLineAndReadsTheRest() throws IOException {
    RecordingSink sink = read("{\"text\":\"A.\"}\n{not json\n\n{\"title\":\"no text\"}\n{\"text\":\"D.\"}\n", 10_000);
    assertEquals(List.of("A.", "D."), sink.articles.stream().map(Article::text).toList());
    assertEquals(2, sink.skipped.size());
    assertTrue(sink.skipped.get(0).startsWith("feed.jsonl:2: invalid JSON"), sink.skipped.toString());
    assertEquals("feed.jsonl:4: no \"text\" nor \"html\" field", sink.skipped.get(1));
  }

  @Test void skipsALineOverTheLimit() throws IOException {
    RecordingSink sink = read("{\"text\":\"" + "x".repeat(500) + "\"}\n{\"text\":\"ok\"}", 100);
    assertEquals(1, sink.articles.size());
    assertTrue(sink.skipped.get(0).startsWith("feed.jsonl:1: line longer than"), sink.skipped.toString());
  }

  @Test void keepsAnArticleWithAnUnreadableDateAndWarns() throws IOException {
    RecordingSink sink = read("{\"text\":\"A.\",\"published\":\"last Tuesday\"}", 10_000);
    assertEquals(LocalDate.of(2026, 1, 1), sink.articles.get(0).published());
    assertEquals(1, sink.warnings.size());
  }

  @Test void treatsNullFieldsAsAbsent() throws IOException {
    Article a = read("{\"text\":\"A.\",\"title\":null,\"url\":null}", 10_000).articles.get(0);
    assertNull(a.title());
    assertNull(a.url());
  }

  @Test void readsAnHtmlRecordThroughTheExtractor() throws IOException {
    String html = "<html><head><meta property=\\\"og:title\\\" content=\\\"Page title\\\"></head><body>"
        + "<nav>Home</nav><article><p>The bridge reopened on Tuesday after months of work.</p>"
        + "<p>It cost four million euros.</p></article></body></html>";
    RecordingSink sink = read("{\"id\":\"h1\",\"published\":\"2024-06-12\",\"html\":\"" + html + "\"}\n", 10_000);
    Article a = sink.articles.get(0);
    assertEquals("The bridge reopened on Tuesday after months of work.\nIt cost four million euros.", a.text());
    assertEquals("Page title", a.title());
    assertEquals(LocalDate.of(2024, 6, 12), a.published());
  }

  @Test void skipsAnHtmlRecordWithNoMainText() throws IOException {
    RecordingSink sink = read("{\"id\":\"h2\",\"html\":\"<nav><a href=/>Home</a></nav>\"}\n", 10_000);
    assertTrue(sink.articles.isEmpty());
    assertTrue(sink.skipped.get(0).contains("no main text"), sink.skipped.toString());
  }
}
