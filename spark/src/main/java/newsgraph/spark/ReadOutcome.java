package newsgraph.spark;

import java.io.Serializable;
import java.time.LocalDate;
import newsgraph.document.Article;

/**
 * What a reader found in an input, in a form Spark can move between executors: an article's
 * fields, or a skipped input with its reason ({@code reason} non-null, the article fields null).
 */
record ReadOutcome(String source, String text, String url, String title, String byline,
    String language, LocalDate published, String reason) implements Serializable {

  static ReadOutcome of(Article a) {
    return new ReadOutcome(a.source(), a.text(), a.url(), a.title(), a.byline(), a.language(),
        a.published(), null);
  }

  static ReadOutcome skipped(String source, String reason) {
    return new ReadOutcome(source, null, null, null, null, null, null, reason);
  }

  boolean isSkip() {
    return reason != null;
  }

  Article toArticle() {
    return Article.builder(source, text).url(url).title(title).byline(byline).language(language)
        .published(published).build();
  }
}
