package newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.ArticleSink;
import org.apache.hadoop.fs.Path;
import org.apache.spark.input.PortableDataStream;

/**
 * One input file, as Spark's {@code binaryFiles} hands it over, to articles: the CLI's own
 * {@link ArticleReader} sniffs its kind (text, HTML, JSON Lines, WARC, feeds, gzip) and reports
 * what it cannot read, so a bad line or record becomes a skip, not a failed task.
 */
final class InputReading {
  private InputReading() {}

  static Iterator<ReadOutcome> read(String uri, PortableDataStream stream, long maxArticleBytes,
      LocalDate defaultPublished) {
    String source = sourceName(uri);
    List<ReadOutcome> out = new ArrayList<>();
    ArticleSink sink = new ArticleSink() {
      @Override
      public void accept(Article article) {
        out.add(ReadOutcome.of(article));
      }

      @Override
      public void skip(String skipped, String reason) {
        out.add(ReadOutcome.skipped(skipped, reason));
      }
    };
    try (InputStream in = stream.open()) {
      new ArticleReader(maxArticleBytes, defaultPublished).readStream(source, in, -1, sink);
    } catch (IOException | RuntimeException e) {
      out.add(ReadOutcome.skipped(source, "cannot read: " + e));
    }
    return out.iterator();
  }

  /**
   * A local file's source is its path, as the CLI names a file given by its absolute path, so
   * both give an article the same id (the id hashes the source); other URIs (HDFS, S3) stay whole.
   */
  static String sourceName(String uri) {
    Path path = new Path(uri);
    String scheme = path.toUri().getScheme();
    return scheme == null || scheme.equals("file") ? path.toUri().getPath() : uri;
  }
}
