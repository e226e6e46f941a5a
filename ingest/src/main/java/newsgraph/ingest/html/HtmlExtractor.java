package newsgraph.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page to its main text and metadata. jsoup parses (leniently: broken markup never
 * throws); {@link PageMetadata} reads title, byline, date, URL and language; {@link MainContent}
 * picks the container of the article body and strips what is not body; {@link ParagraphWriter}
 * lays it out one paragraph per line. No network, no scripts run.
 */
public final class HtmlExtractor {
  private HtmlExtractor() {}

  /** Extracts from page text already decoded. */
  public static ExtractedPage extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
  }

  /**
   * Extracts from page bytes; the charset comes from a byte-order mark or the page's
   * {@code <meta charset>}, else UTF-8.
   */
  public static ExtractedPage extract(byte[] html, String baseUri) {
    try {
      return extract(Jsoup.parse(new ByteArrayInputStream(html), null, baseUri == null ? "" : baseUri));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HTML from memory", e); // not expected: no real I/O
    }
  }

  private static ExtractedPage extract(Document doc) {
    PageMetadata meta = PageMetadata.of(doc);
    Element main = MainContent.find(doc);
    List<String> paragraphs = dropHeadline(BoilerplateLines.filter(ParagraphWriter.paragraphs(main)), meta.title());
    return new ExtractedPage(String.join("\n", paragraphs), meta.title(), meta.byline(), meta.published(),
        meta.url(), meta.language());
  }

  /** The headline is metadata, not body: drop it where it opens the text. */
  private static List<String> dropHeadline(List<String> paragraphs, String title) {
    List<String> out = new ArrayList<>(paragraphs);
    if (title != null && !out.isEmpty() && out.get(0).equalsIgnoreCase(title.strip())) out.remove(0);
    return out;
  }
}
