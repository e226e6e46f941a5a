package newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Article;

/** Keeps what a reader reported, for assertions (shared by the feed and WARC tests). */
public final class RecordingSink implements ArticleSink {
  public final List<Article> articles = new ArrayList<>();
  public final List<String> skipped = new ArrayList<>();
  public final List<String> warnings = new ArrayList<>();

  @Override public void accept(Article article) { articles.add(article); }
  @Override public void skip(String source, String reason) { skipped.add(source + ": " + reason); }
  @Override public void warn(String source, String message) { warnings.add(source + ": " + message); }
}
