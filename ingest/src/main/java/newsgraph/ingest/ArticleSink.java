package newsgraph.ingest;

import newsgraph.document.Article;

/** Receives what a reader finds: articles, and inputs it had to skip with the reason why. */
public interface ArticleSink {
  void accept(Article article);

  /** {@code source} could not be read as an article; {@code reason} says what was wrong. */
  void skip(String source, String reason);

  /** Something was off but the article was kept (e.g. an unreadable date). */
  default void warn(String source, String message) {}
}
