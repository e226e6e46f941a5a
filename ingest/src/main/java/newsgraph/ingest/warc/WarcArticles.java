package newsgraph.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import newsgraph.document.Article;
import newsgraph.ingest.ArticleSink;
import newsgraph.ingest.HtmlArticles;
import newsgraph.ingest.Limits;
import newsgraph.ingest.PlainTextLayout;
import newsgraph.ingest.html.ExtractedPage;
import newsgraph.ingest.html.HtmlExtractor;
import newsgraph.ingest.html.PageCharset;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC archive (plain or gzipped; the caller has already unwrapped gzip) to articles: each
 * {@code response} record whose HTTP payload is HTML or plain text becomes one, with the target URI
 * as url. Requests, metadata, redirects, error pages, images and the like are ignored.
 *
 * <p>Records are streamed one at a time and a payload is read only up to the article size limit,
 * so memory does not grow with the archive. A record with a broken HTTP header is skipped and
 * the next one read; a truncated archive ends the reading with the records before it kept.
 */
public final class WarcArticles {
  private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

  private final String source;
  private final long maxBytes;
  private final LocalDate defaultPublished;
  private final ArticleSink sink;

  public WarcArticles(String source, long maxBytes, LocalDate defaultPublished, ArticleSink sink) {
    this.source = source;
    this.maxBytes = maxBytes;
    this.defaultPublished = defaultPublished;
    this.sink = sink;
  }

  public void read(InputStream in) {
    int n = 0;
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        n++;
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.skip(source + "#record" + n, "truncated or corrupt archive, reading stops here: " + message(e));
          return;
        }
        if (next.isEmpty()) return;
        if (next.get() instanceof WarcResponse response) {
          try {
            response(source + "#record" + n, response);
          } catch (EOFException e) {
            // The archive ends inside this record: nothing after it can be read.
            sink.skip(source + "#record" + n, "truncated archive, reading stops here: " + message(e));
            return;
          } catch (IOException | RuntimeException e) {
            sink.skip(source + "#record" + n, "cannot read the HTTP response: " + message(e));
          }
        }
      }
    } catch (IOException e) {
      sink.skip(source + "#record" + n, "truncated or corrupt archive: " + message(e));
    }
  }

  private void response(String recordSource, WarcResponse response) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP)) return; // e.g. a DNS or Gemini response
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() >= 300) return;
    MediaType type = http.contentType();
    if (!TEXT_TYPES.contains(type.base().toString().toLowerCase(java.util.Locale.ROOT))) return;
    byte[] body = Limits.readAtMost(http.bodyDecoded().stream(), maxBytes);
    if (body == null) {
      sink.skip(recordSource, "payload larger than the " + Limits.describe(maxBytes)
          + " article limit; raise it with --max-article-size");
      return;
    }
    String url = response.target();
    LocalDate crawled = captureDate(response, http);
    // The HTTP header's charset, else the page's <meta charset>, checked against the bytes (PageCharset).
    PageCharset.Decoded decoded = PageCharset.decode(body, type.parameters().get("charset"));
    if (decoded.note() != null) sink.warn(recordSource, decoded.note());
    if (type.base().toString().equalsIgnoreCase("text/plain")) {
      String text = PlainTextLayout.layout(decoded.text());
      if (text.isEmpty()) {
        sink.skip(recordSource, "empty input, no text");
        return;
      }
      sink.accept(Article.builder(recordSource, text).url(url).published(crawled).build());
      return;
    }
    ExtractedPage page = HtmlExtractor.extract(decoded.text(), url);
    if (page.url() == null) {
      page = new ExtractedPage(page.text(), page.title(), page.byline(), page.published(), url, page.language());
    }
    HtmlArticles.accept(recordSource, page, crawled, sink);
  }

  /**
   * The day of the capture: WARC-Date, else the HTTP Date header. It stands in for the publication
   * date only when the page itself gives none (HtmlArticles prefers the page's own).
   */
  private LocalDate captureDate(WarcResponse response, HttpResponse http) {
    Instant warcDate = null;
    try {
      warcDate = response.date();
    } catch (RuntimeException e) {
      // an unparseable WARC-Date: fall back to HTTP's
    }
    if (warcDate != null) return warcDate.atZone(ZoneOffset.UTC).toLocalDate();
    Optional<String> httpDate = http.headers().first("Date");
    if (httpDate.isPresent()) {
      try {
        return ZonedDateTime.parse(httpDate.get().strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
      } catch (DateTimeParseException e) {
        // fall through to the default
      }
    }
    return defaultPublished;
  }

  private static String message(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
