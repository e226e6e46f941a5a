package newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import newsgraph.document.Article;
import newsgraph.ingest.ArticleReader;
import newsgraph.ingest.ArticleSink;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.TaskCompletionListener;

/**
 * One input file, as Spark's {@code binaryFiles} hands it over, to articles: the CLI's own
 * {@link ArticleReader} sniffs its kind (text, HTML, JSON Lines, WARC, feeds, gzip) and reports
 * what it cannot read, so a bad line or record becomes a skip, not a failed task.
 *
 * <p>The reader pushes what it finds; Spark pulls. One JSON Lines or WARC file can hold millions
 * of articles, more than a task's memory, so the reader runs on its own thread into a small
 * queue and the task takes from it as it goes: a file's articles are never all in memory at once.
 * When the task ends early (failed, cancelled, or simply done with the iterator) the reader's
 * thread is interrupted and stops.
 */
final class InputReading {
  /** Articles read ahead of the task. */
  static final int READ_AHEAD = 16;

  /** Opens the input; a task's {@link PortableDataStream#open}, or a test's bytes. */
  interface Opener {
    InputStream open() throws IOException;
  }

  private InputReading() {}

  static Iterator<ReadOutcome> read(String uri, PortableDataStream stream, long maxArticleBytes,
      LocalDate defaultPublished) {
    return read(sourceName(uri), stream::open, maxArticleBytes, defaultPublished);
  }

  static Iterator<ReadOutcome> read(String source, Opener opener, long maxArticleBytes, LocalDate defaultPublished) {
    Pulled pulled = new Pulled(source, opener, maxArticleBytes, defaultPublished);
    TaskContext task = TaskContext.get();
    if (task != null) task.addTaskCompletionListener((TaskCompletionListener) context -> pulled.stop());
    pulled.thread.start();
    return pulled;
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

  /** The queue between the reader's thread and the task. */
  static final class Pulled implements Iterator<ReadOutcome> {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(READ_AHEAD);
    final Thread thread;
    private Object next;

    Pulled(String source, Opener opener, long maxArticleBytes, LocalDate defaultPublished) {
      thread = new Thread(() -> produce(source, opener, maxArticleBytes, defaultPublished), "newsgraph-read");
      thread.setDaemon(true);
    }

    private void produce(String source, Opener opener, long maxArticleBytes, LocalDate defaultPublished) {
      Object last = END;
      try {
        ArticleSink sink = new ArticleSink() {
          @Override
          public void accept(Article article) {
            put(ReadOutcome.of(article));
          }

          @Override
          public void skip(String skipped, String reason) {
            put(ReadOutcome.skipped(skipped, reason));
          }
        };
        try (InputStream in = opener.open()) {
          new ArticleReader(maxArticleBytes, defaultPublished).readStream(source, in, -1, sink);
        } catch (IOException | RuntimeException e) {
          if (e instanceof Stopped) return;
          put(ReadOutcome.skipped(source, "cannot read: " + e));
        }
      } catch (Stopped e) {
        return;
      } catch (Throwable e) {
        // An Error (out of memory, say) fails the task, as it would without the thread.
        last = e;
      }
      try {
        queue.put(last);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void put(Object item) {
      try {
        queue.put(item);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stopped();
      }
    }

    void stop() {
      thread.interrupt();
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        try {
          next = queue.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stop();
          throw new IllegalStateException("interrupted while reading an input", e);
        }
      }
      if (next instanceof Throwable t) {
        next = END;
        if (t instanceof Error error) throw error;
        throw new IllegalStateException("reading an input failed", t);
      }
      return next != END;
    }

    @Override
    public ReadOutcome next() {
      if (!hasNext()) throw new NoSuchElementException();
      ReadOutcome r = (ReadOutcome) next;
      next = null;
      return r;
    }
  }

  /** Unwinds the reader when the task no longer wants its articles. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super("the task stopped reading", null, false, false);
    }
  }
}
