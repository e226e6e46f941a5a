package newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import newsgraph.document.Article;
import newsgraph.ingest.html.ExtractedPage;
import newsgraph.ingest.html.HtmlExtractor;

/**
 * JSON Lines of {@code {"id","url","title","published","text"|"html"}}, one article per line,
 * streamed: a bad line is skipped with its line number and the rest are read.
 *
 * <p>An article's source is its {@code url}, else {@code FILE#id}, else {@code FILE:LINE}.
 */
final class JsonLinesReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String file;
  private final long maxLineBytes;
  private final LocalDate defaultPublished;
  private final ArticleSink sink;

  JsonLinesReader(String file, long maxLineBytes, LocalDate defaultPublished, ArticleSink sink) {
    this.file = file;
    this.maxLineBytes = maxLineBytes;
    this.defaultPublished = defaultPublished;
    this.sink = sink;
  }

  /**
   * Reads every line. When the input breaks off (a truncated gzip), the lines before are kept and
   * the break is reported at the line where it happened.
   */
  void read(InputStream in) {
    ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
    long lineNumber = 1;
    boolean tooLong = false;
    byte[] buf = new byte[64 * 1024];
    int n;
    while (true) {
      try {
        n = in.read(buf);
      } catch (IOException e) {
        sink.skip(file + ":" + lineNumber, "the input breaks off here (truncated or corrupt?), reading stops: "
            + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        return;
      }
      if (n <= 0) break;
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] != '\n') continue;
        tooLong = append(line, buf, from, i - from, tooLong);
        finishLine(line, lineNumber++, tooLong);
        line.reset();
        tooLong = false;
        from = i + 1;
      }
      tooLong = append(line, buf, from, n - from, tooLong);
    }
    if (line.size() > 0 || tooLong) {
      finishLine(line, lineNumber, tooLong);
    }
  }

  /** Appends unless the line is over the limit; returns whether it is. */
  private boolean append(ByteArrayOutputStream line, byte[] buf, int from, int len, boolean tooLong) {
    if (tooLong || line.size() + (long) len > maxLineBytes) return true;
    line.write(buf, from, len);
    return false;
  }

  private void finishLine(ByteArrayOutputStream line, long number, boolean tooLong) {
    String where = file + ":" + number;
    if (tooLong) {
      sink.skip(where, "line longer than the " + Limits.describe(maxLineBytes)
          + " article limit; raise it with --max-article-size");
      return;
    }
    String json;
    try {
      json = TextDecoding.decode(line.toByteArray());
    } catch (TextDecoding.InvalidTextException e) {
      sink.skip(where, e.getMessage());
      return;
    }
    if (json.isBlank()) return;
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      sink.skip(where, "invalid JSON: " + e.getOriginalMessage());
      return;
    }
    if (node == null || !node.isObject()) {
      sink.skip(where, "expected a JSON object per line");
      return;
    }
    String source = field(node, "url");
    if (source == null) {
      String id = field(node, "id");
      source = id != null ? file + "#" + id : where;
    }
    String text = field(node, "text");
    if (text == null && field(node, "html") != null) {
      readHtml(node, source);
      return;
    }
    if (text == null) {
      sink.skip(source, "no \"text\" nor \"html\" field");
      return;
    }
    String laidOut = PlainTextLayout.layout(text);
    if (laidOut.isEmpty()) {
      sink.skip(source, "empty text");
      return;
    }
    Article.Builder article = Article.builder(source, laidOut)
        .url(field(node, "url"))
        .title(field(node, "title"))
        .byline(field(node, "byline"))
        .published(defaultPublished);
    String language = field(node, "language");
    if (language != null) article.language(language);
    String published = field(node, "published");
    if (published != null) {
      try {
        article.published(parseDate(published));
      } catch (DateTimeParseException e) {
        sink.warn(source, "cannot read published date '" + published + "'; using --date instead");
      }
    }
    sink.accept(article.build());
  }

  /** An {@code "html"} record: the page gives text and metadata, the record's own fields win. */
  private void readHtml(JsonNode node, String source) {
    ExtractedPage page = HtmlExtractor.extract(field(node, "html"), field(node, "url"));
    String published = field(node, "published");
    LocalDate date = page.published() != null ? page.published() : defaultPublished;
    if (published != null) {
      try {
        date = parseDate(published);
      } catch (DateTimeParseException e) {
        sink.warn(source, "cannot read published date '" + published + "'; using the page's or --date");
      }
    }
    ExtractedPage merged = new ExtractedPage(page.text(), orElse(field(node, "title"), page.title()),
        orElse(field(node, "byline"), page.byline()), date, orElse(field(node, "url"), page.url()),
        orElse(field(node, "language"), page.language()));
    HtmlArticles.accept(source, merged, defaultPublished, sink);
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }

  /** The date part of an ISO date or date-time ({@code 2024-06-12}, {@code 2024-06-12T10:00:00Z}). */
  static LocalDate parseDate(String value) {
    String v = value.strip();
    return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) return null;
    String s = v.asText();
    return s.isBlank() ? null : s;
  }
}
