package newsgraph.ingest.html;

import java.time.LocalDate;

/**
 * What {@link HtmlExtractor} found in a page: the main text, one paragraph per line (empty when
 * the page has none), and the metadata it could read; every other field may be null.
 */
public record ExtractedPage(String text, String title, String byline, LocalDate published, String url,
    String language) {
  public ExtractedPage {
    if (text == null) throw new IllegalArgumentException("text must not be null (use \"\" for none)");
  }

  /** Whether a main text was found; when not, the page is skipped, not analysed. */
  public boolean hasText() {
    return !text.isEmpty();
  }
}
