package newsgraph.ingest.warc;

import static newsgraph.ingest.warc.TestWarcs.concat;
import static newsgraph.ingest.warc.TestWarcs.record;
import static newsgraph.ingest.warc.TestWarcs.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.ingest.RecordingSink;
import org.junit.jupiter.api.Test;

class WarcArticlesTest {
  private static final LocalDate DEFAULT = LocalDate.of(2026, 1, 1);
  private static final String PAGE = "<html><head><title>Mill closes</title></head><body><article>"
      + "<p>The old paper mill closed on Friday, ending two centuries of work in the town.</p>"
      + "<p>Workers gathered at the gate to say goodbye to the site.</p></article></body></html>";

  private static RecordingSink read(byte[] warc, long max) {
    RecordingSink sink = new RecordingSink();
    new WarcArticles("a.warc", max, DEFAULT, sink).read(new ByteArrayInputStream(warc));
    return sink;
  }

  private static RecordingSink read(byte[] warc) {
    return read(warc, 5_000_000);
  }

  @Test void readsAnHtmlResponseWithTargetUriAndWarcDate() {
    byte[] warc = concat(
        record("warcinfo", null, "2026-02-14T09:00:00Z", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)),
        record("request", "https://town.example/mill", "2026-02-14T10:00:00Z", "application/http; msgtype=request",
            "GET /mill HTTP/1.1\r\nHost: town.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
        response("https://town.example/mill", "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)),
        response("https://town.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}));
    RecordingSink sink = read(warc);
    assertEquals(1, sink.articles.size(), sink.skipped.toString());
    Article a = sink.articles.get(0);
    assertEquals("a.warc#record3", a.source());
    assertEquals("https://town.example/mill", a.url());
    assertEquals("Mill closes", a.title());
    assertEquals(LocalDate.of(2026, 2, 14), a.published());
    assertEquals("The old paper mill closed on Friday, ending two centuries of work in the town.\n"
        + "Workers gathered at the gate to say goodbye to the site.", a.text());
    assertEquals(List.of(), sink.skipped);
  }

  @Test void decodesWithTheHttpCharsetElseTheMetaTagElseUtf8() {
    String body = "<html><body><article><p>Le café de la gare a rouvert ses portes lundi matin après les travaux.</p></article></body></html>";
    byte[] latin1 = body.getBytes(Charset.forName("ISO-8859-1"));
    String withMeta = body.replace("<body>", "<head><meta charset=\"windows-1252\"></head><body>");
    RecordingSink sink = read(concat(
        response("https://x.example/1", "text/html; charset=ISO-8859-1", latin1),
        response("https://x.example/2", "text/html", withMeta.getBytes(Charset.forName("windows-1252"))),
        response("https://x.example/3", "text/html", body.getBytes(StandardCharsets.UTF_8))));
    assertEquals(3, sink.articles.size(), sink.skipped.toString());
    for (Article a : sink.articles) assertTrue(a.text().contains("café de la gare"), a.text());
  }

  @Test void readsPlainTextPayloads() {
    RecordingSink sink = read(response("https://x.example/t.txt", "text/plain",
        "River levels fell overnight.\n\nRoads reopened.".getBytes(StandardCharsets.UTF_8)));
    assertEquals("River levels fell overnight.\nRoads reopened.", sink.articles.get(0).text());
  }

  @Test void skipsARecordWithABrokenHttpHeaderAndReadsTheRest() {
    byte[] broken = record("response", "https://x.example/bad", "2026-02-14T10:00:00Z", "application/http; msgtype=response",
        "NOT HTTP AT ALL\u0000\r\n\r\n<p>x</p>".getBytes(StandardCharsets.ISO_8859_1));
    RecordingSink sink = read(concat(broken, response("https://town.example/mill", "text/html", PAGE.getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of("a.warc#record2"), sink.articles.stream().map(Article::source).toList());
    assertEquals(1, sink.skipped.size());
    assertTrue(sink.skipped.get(0).startsWith("a.warc#record1: cannot read the HTTP response"), sink.skipped.toString());
  }

  @Test void reportsATruncatedArchiveKeepingTheRecordsBeforeIt() {
    byte[] whole = concat(response("https://town.example/mill", "text/html", PAGE.getBytes(StandardCharsets.UTF_8)),
        response("https://town.example/two", "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
    RecordingSink sink = read(Arrays.copyOf(whole, whole.length - 150));
    assertEquals(List.of("a.warc#record1"), sink.articles.stream().map(Article::source).toList());
    assertEquals(1, sink.skipped.size(), sink.skipped.toString());
    assertTrue(sink.skipped.get(0).startsWith("a.warc#record2: "), sink.skipped.toString());
  }

  @Test void capsAPayloadByTheArticleLimit() {
    RecordingSink sink = read(response("https://x.example/big", "text/html",
        ("<p>" + "word ".repeat(500) + "</p>").getBytes(StandardCharsets.UTF_8)), 1000);
    assertEquals(List.of(), sink.articles);
    assertTrue(sink.skipped.get(0).startsWith("a.warc#record1: payload larger than"), sink.skipped.toString());
  }
}
