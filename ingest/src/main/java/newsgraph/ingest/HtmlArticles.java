package newsgraph.ingest;

import java.time.LocalDate;
import newsgraph.document.Article;
import newsgraph.ingest.html.ExtractedPage;

/** An extracted page to the sink: an article, or a skip when the page has no main text. */
public final class HtmlArticles {
  private HtmlArticles() {}

  public static void accept(String source, ExtractedPage page, LocalDate defaultPublished, ArticleSink sink) {
    if (!page.hasText()) {
      sink.skip(source, "no main text found in the HTML page (only navigation, links or markup)");
      return;
    }
    Article.Builder article = Article.builder(source, page.text())
        .url(page.url())
        .title(page.title())
        .byline(page.byline())
        .published(page.published() != null ? page.published() : defaultPublished);
    if (page.language() != null) article.language(page.language());
    sink.accept(article.build());
  }
}
