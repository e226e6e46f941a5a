package newsgraph.store;

import java.util.Arrays;

/**
 * Copies across a whole corpus at once, for batch jobs (the benchmark, a Spark stage): the same
 * MinHash signatures and LSH bands as {@link Store}, but held in flat arrays instead of an
 * index. Band keys of all articles are packed into one {@code long[]} and sorted, so articles
 * that share a band sit side by side; each such pair is checked on the signatures and joined
 * (union-find); each group's root is its earliest article. Memory per article: 256 bytes of
 * 16-bit signature (b-bit MinHash, Li and König 2010) and 256 bytes of band keys.
 */
public final class CopyDetector {
  private static final int MAX_ARTICLES = 1 << 26;
  private final short[] signatures;
  private final long[] days;
  private int size;

  public CopyDetector(int capacity) {
    if (capacity > MAX_ARTICLES) throw new IllegalArgumentException("at most " + MAX_ARTICLES + " articles");
    signatures = new short[capacity * MinHash.SIZE];
    days = new long[capacity];
  }

  /** Adds article number {@code size()}; {@code day} orders copies (earliest is the root). */
  public synchronized int add(int[] signature, long day) {
    int i = size++;
    for (int k = 0; k < MinHash.SIZE; k++) signatures[i * MinHash.SIZE + k] = (short) signature[k];
    days[i] = day;
    return i;
  }

  /** Sets article {@code i}'s signature (for callers that fill articles in parallel). */
  public void set(int i, int[] signature, long day) {
    for (int k = 0; k < MinHash.SIZE; k++) signatures[i * MinHash.SIZE + k] = (short) signature[k];
    days[i] = day;
    synchronized (this) {
      size = Math.max(size, i + 1);
    }
  }

  public int size() {
    return size;
  }

  /** Estimated Jaccard of two stored articles (16-bit minima). */
  double similarity(int a, int b) {
    int same = 0;
    int oa = a * MinHash.SIZE;
    int ob = b * MinHash.SIZE;
    for (int k = 0; k < MinHash.SIZE; k++) if (signatures[oa + k] == signatures[ob + k]) same++;
    return same / (double) MinHash.SIZE;
  }

  /** For each article, the article it is a copy of (its group's earliest), or -1. */
  public int[] copyOf(double threshold) {
    int n = size;
    long[] keys = new long[n * MinHash.BANDS];
    int[] sig = new int[MinHash.SIZE];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < MinHash.SIZE; k++) sig[k] = signatures[i * MinHash.SIZE + k];
      for (int band = 0; band < MinHash.BANDS; band++) {
        long h = MinHash.bandHash(sig, band) & 0xffffffffL;
        // 32 bits of band hash, 5 bits of band, 26 bits of article number.
        keys[i * MinHash.BANDS + band] = (h << 31) | ((long) band << 26) | i;
      }
    }
    Arrays.parallelSort(keys);
    int[] parent = UnionFind.singletons(n);
    int start = 0;
    for (int j = 1; j <= keys.length; j++) {
      if (j < keys.length && keys[j] >>> 26 == keys[start] >>> 26) continue;
      // keys[start..j) share a band: check each later one against the run's members.
      for (int x = start; x < j && x < start + 64; x++) {
        int a = (int) (keys[x] & ((1 << 26) - 1));
        for (int y = x + 1; y < j && y < start + 64; y++) {
          int b = (int) (keys[y] & ((1 << 26) - 1));
          if (UnionFind.find(parent, a) != UnionFind.find(parent, b) && similarity(a, b) >= threshold) UnionFind.union(parent, a, b);
        }
      }
      start = j;
    }
    // The root of each group is its earliest article (ties: the first added).
    int[] earliest = new int[n];
    Arrays.fill(earliest, -1);
    for (int i = 0; i < n; i++) {
      int r = UnionFind.find(parent, i);
      if (earliest[r] < 0 || days[i] < days[earliest[r]]) earliest[r] = i;
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int root = earliest[UnionFind.find(parent, i)];
      out[i] = root == i ? -1 : root;
    }
    return out;
  }
}
