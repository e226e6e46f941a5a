package newsgraph.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.ArticleSink;

/** The BBC news corpus under the gold data folder, read as {@code analyze} reads it. */
public final class NewsCorpus {
  private NewsCorpus() {}

  /**
   * Every article of {@code news-corpus/bbc-news-2225.jsonl.gz}; an article the reader skips is
   * an error here, since measurements on a silently smaller corpus would mislead.
   */
  public static List<Article> articles(Path data) throws IOException {
    Path bbc = data.resolve("news-corpus").resolve("bbc-news-2225.jsonl.gz");
    if (!Files.exists(bbc)) throw new IOException("no news corpus at " + bbc);
    List<Article> articles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, null).read(List.of(bbc.toString()),
        new ByteArrayInputStream(new byte[0]), new ArticleSink() {
          @Override public void accept(Article article) { articles.add(article); }
          @Override public void skip(String source, String reason) { skipped.add(source + ": " + reason); }
        });
    if (!skipped.isEmpty()) throw new IOException("news corpus articles skipped: " + skipped);
    return articles;
  }
}
