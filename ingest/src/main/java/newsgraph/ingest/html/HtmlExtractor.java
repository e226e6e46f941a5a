package newsgraph.ingest.html;

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
   * Extracts from page bytes; the charset comes from a byte-order mark, the page's
   * {@code <meta charset>} or detection (see {@link PageCharset}).
   */
  public static ExtractedPage extract(byte[] html, String baseUri) {
    return extract(PageCharset.decode(html, null).text(), baseUri);
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
