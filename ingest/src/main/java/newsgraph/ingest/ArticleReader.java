package newsgraph.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipException;
import newsgraph.ingest.feed.FeedArticles;
import newsgraph.ingest.html.HtmlExtractor;
import newsgraph.ingest.html.PageCharset;
import newsgraph.ingest.warc.WarcArticles;

/**
 * Turns command-line inputs (files, folders, globs, {@code -} for stdin) into articles. The kind
 * of each file is sniffed from its content: plain text, HTML, JSON Lines, RSS/Atom/RDF feeds or WARC
 * archives, gzipped or not. Anything it
 * cannot read is reported to the sink as skipped, with the reason, and the rest goes on.
 *
 * <p>Memory stays bounded: a file is read only up to {@code maxArticleBytes} (one article), and
 * JSON Lines are streamed a line at a time and WARC archives a record at a time, each line or
 * record payload held to the same limit. A feed is parsed whole, so it is held to the limit too.
 */
public final class ArticleReader {
  /** 5 MB: a hundred times a long news article, far below what would strain the heap. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;

  private final long maxArticleBytes;
  private final LocalDate defaultPublished;

  /**
   * @param maxArticleBytes largest article accepted, in bytes of (decompressed) input
   * @param defaultPublished publication date for articles whose input gives none; may be null
   */
  public ArticleReader(long maxArticleBytes, LocalDate defaultPublished) {
    if (maxArticleBytes < 1) {
      throw new IllegalArgumentException("maxArticleBytes must be positive, got " + maxArticleBytes);
    }
    this.maxArticleBytes = maxArticleBytes;
    this.defaultPublished = defaultPublished;
  }

  /** Reads every input in order; {@code stdin} is what {@code -} reads. */
  public void read(List<String> inputs, InputStream stdin, ArticleSink sink) {
    for (String input : inputs) {
      if (input.equals("-")) {
        readStream("<stdin>", stdin, -1, sink);
      } else {
        for (Path file : InputFiles.expand(input, sink)) {
          readFile(file, sink);
        }
      }
    }
  }

  private void readFile(Path file, ArticleSink sink) {
    String source = file.toString();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      sink.skip(source, "cannot read file: " + e);
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      readStream(source, in, size, sink);
    } catch (IOException e) {
      sink.skip(source, "cannot read file: " + e);
    }
  }

  /**
   * Reads one input already opened elsewhere (a Spark task's file stream, say) as {@link #read}
   * reads a file: sniffed, and every article or skip reported to {@code sink} under {@code source}.
   *
   * @param size the input's size in bytes, or -1 when unknown
   */
  public void readStream(String source, InputStream raw, long size, ArticleSink sink) {
    try {
      Payload payload = Payload.open(source, raw, size);
      switch (payload.kind()) {
        case EMPTY -> sink.skip(source, "empty input, no text");
        case BINARY -> sink.skip(source, "binary content (" + payload.detail() + "), not an article");
        case UNSUPPORTED -> sink.skip(source, payload.detail());
        case JSON_LINES -> new JsonLinesReader(source, maxArticleBytes, defaultPublished, sink).read(payload.stream());
        case HTML -> readHtml(source, payload, sink);
        case TEXT -> readPlainText(source, payload, sink);
        case FEED -> readFeed(source, payload, sink);
        case WARC -> new WarcArticles(source, maxArticleBytes, defaultPublished, sink).read(payload.stream());
      }
    } catch (EOFException | ZipException e) {
      sink.skip(source, "truncated or corrupt input, cannot read it: " + e.getMessage());
    } catch (IOException e) {
      sink.skip(source, "cannot read: " + e.getMessage());
    }
  }

  private void readHtml(String source, Payload payload, ArticleSink sink) throws IOException {
    byte[] bytes = readCapped(source, payload, sink);
    if (bytes == null) return;
    PageCharset.Decoded page = PageCharset.decode(bytes, null);
    if (page.note() != null) sink.warn(source, page.note());
    HtmlArticles.accept(source, HtmlExtractor.extract(page.text(), null), defaultPublished, sink);
  }

  private void readFeed(String source, Payload payload, ArticleSink sink) throws IOException {
    byte[] bytes = readCapped(source, payload, sink);
    if (bytes == null) return;
    FeedArticles.read(source, bytes, defaultPublished, sink);
  }

  private void readPlainText(String source, Payload payload, ArticleSink sink) throws IOException {
    byte[] bytes = readCapped(source, payload, sink);
    if (bytes == null) return;
    String text;
    try {
      text = TextDecoding.decode(bytes);
    } catch (TextDecoding.InvalidTextException e) {
      sink.skip(source, e.getMessage());
      return;
    }
    String laidOut = PlainTextLayout.layout(text);
    if (laidOut.isEmpty()) {
      sink.skip(source, "empty input, no text");
      return;
    }
    sink.accept(newsgraph.document.Article.builder(source, laidOut).published(defaultPublished).build());
  }

  /** The whole input, or null (reported as skipped) when it is over the article size limit. */
  private byte[] readCapped(String source, Payload payload, ArticleSink sink) throws IOException {
    if (!payload.compressed() && payload.size() > maxArticleBytes) {
      sink.skip(source, "larger than the " + Limits.describe(maxArticleBytes) + " article limit ("
          + Limits.describe(payload.size()) + "); raise it with --max-article-size");
      return null;
    }
    byte[] bytes = Limits.readAtMost(payload.stream(), maxArticleBytes);
    if (bytes == null) {
      sink.skip(source, "larger than the " + Limits.describe(maxArticleBytes)
          + " article limit; raise it with --max-article-size");
    }
    return bytes;
  }
}
