package newsgraph.store;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import newsgraph.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Fills an empty store with many articles at once (a benchmark corpus, a migration), about a
 * hundred times faster than {@link Store#add} one by one. {@link Store#add} looks up each new
 * article's copies in the index, which needs a fresh reader every few hundred adds; here the
 * copies of the whole batch are found at once by {@link CopyDetector} (the same MinHash
 * signatures, LSH bands and threshold, and the same rule: a group's root is its earliest article,
 * ties going to the one that came first), and the documents are then encoded and indexed on all
 * cores with no reader in between. The inputs are read twice (signatures, then documents), so a
 * million articles never sit in memory together. Only an empty store: copies of articles already
 * stored would need the index lookup again, which is what {@link Store#add} does.
 */
public final class BulkLoad {
  private BulkLoad() {}

  /** One article to store, with the key of its input before analysis. */
  public record Input(Document document, String inputKey) {}

  /** Articles stored (duplicates of an earlier input's id are skipped) and how many are copies. */
  public record Result(int articles, int copies) {}

  /** Lucene's indexing buffer while loading: fewer, larger flushed segments than the default 16 MB. */
  private static final double RAM_BUFFER_MB = 256;

  /**
   * Adds {@code inputs} (at most {@code capacity} of them; iterated twice, in the same order both
   * times) to the empty {@code store} and commits.
   */
  static Result load(Store store, int capacity, Iterable<Input> inputs) throws IOException {
    if (store.size() > 0) throw new IllegalStateException("bulk load needs an empty store; add to a filled one with Store.add");
    int threads = Runtime.getRuntime().availableProcessors();

    // Pass 1: signatures on all cores, then the copy groups of the whole batch.
    CopyDetector detector = new CopyDetector(capacity);
    String[] ids = new String[capacity];
    BitSet repeated = new BitSet();
    Set<String> seen = new HashSet<>();
    int[] count = {0};
    int inputNo = 0;
    try (Workers workers = new Workers(threads)) {
      for (Input in : inputs) {
        Document doc = in.document();
        if (!seen.add(doc.id())) {
          repeated.set(inputNo++);
          continue;
        }
        inputNo++;
        if (count[0] == capacity) throw new IllegalArgumentException("more than " + capacity + " inputs");
        int slot = count[0]++;
        ids[slot] = doc.id();
        workers.run(() -> detector.set(slot, MinHash.signature(doc.text()), Copies.day(doc)));
      }
    }
    seen = null;
    int n = count[0];
    int[] roots = detector.copyOf(Store.COPY_THRESHOLD);

    // Pass 2: encode and index on all cores; Lucene's IndexWriter takes adds from many threads.
    IndexWriter writer = store.writer();
    double buffer = writer.getConfig().getRAMBufferSizeMB();
    writer.getConfig().setRAMBufferSizeMB(RAM_BUFFER_MB);
    int copies = 0;
    try (Workers workers = new Workers(threads)) {
      int slot = 0;
      inputNo = 0;
      for (Input in : inputs) {
        if (repeated.get(inputNo++)) continue;
        if (slot >= n || !in.document().id().equals(ids[slot])) {
          throw new IllegalStateException("the inputs changed between the two passes at input " + (inputNo - 1));
        }
        String copyOf = roots[slot] >= 0 ? ids[roots[slot]] : null;
        if (copyOf != null) copies++;
        slot++;
        workers.run(() -> {
          Document doc = in.document();
          var d = Store.toLucene(doc, in.inputKey(), MinHash.signature(doc.text()), copyOf);
          writer.addDocument(Store.FACETS.build(d));
        });
      }
      if (slot != n) throw new IllegalStateException("the inputs changed between the two passes: " + slot + " of " + n);
    } finally {
      writer.getConfig().setRAMBufferSizeMB(buffer);
    }
    store.commit();
    store.refreshReader();
    return new Result(n, copies);
  }

  /** A task that may throw. */
  private interface Task {
    void run() throws IOException;
  }

  /**
   * A fixed pool with a short queue (the producer runs a task itself when it is full, so inputs
   * are read no faster than they are used); the first failure is rethrown at close.
   */
  private static final class Workers implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Workers(int threads) {
      pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(threads * 32), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    void run(Task task) throws IOException {
      rethrow();
      pool.execute(() -> {
        try {
          if (failure.get() == null) task.run();
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      });
    }

    private void rethrow() throws IOException {
      Throwable t = failure.get();
      if (t == null) return;
      if (t instanceof IOException e) throw e;
      if (t instanceof RuntimeException e) throw e;
      if (t instanceof Error e) throw e;
      throw new IOException(t);
    }

    @Override
    public void close() throws IOException {
      pool.shutdown();
      try {
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          // Wait: a million articles take minutes.
        }
      } catch (InterruptedException e) {
        pool.shutdownNow();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      rethrow();
    }
  }
}
