package newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.StringHelper;

/**
 * MinHash signatures of an article's word shingles, and the LSH band keys that make articles
 * with similar signatures meet (Broder 1997; Leskovec, Rajaraman and Ullman, "Mining of Massive
 * Datasets", ch. 3). Two copies of one wire story share most of their 5-word shingles even with a
 * new headline, boilerplate or small edits; two stories about one event share few.
 * {@link #BANDS} bands of {@link #ROWS} rows put the candidate threshold near Jaccard 0.42;
 * {@link #similarity} then estimates the Jaccard of a candidate pair from the full signatures.
 * Deterministic: the hash functions come from a fixed seed.
 */
public final class MinHash {
  static final int SHINGLE = 5;
  static final int BANDS = 32;
  static final int ROWS = 4;
  static final int SIZE = BANDS * ROWS;
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final long[] A = new long[SIZE];
  private static final long[] B = new long[SIZE];

  static {
    SplittableRandom random = new SplittableRandom(0x6e657773L);
    for (int i = 0; i < SIZE; i++) {
      A[i] = random.nextLong() | 1; // odd: multiply-shift hashing (Dietzfelbinger et al. 1997)
      B[i] = random.nextLong();
    }
  }

  private MinHash() {}

  /** The signature of a text; a text of fewer than five words is one shingle. */
  public static int[] signature(String text) {
    int[] sig = new int[SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    String[] window = new String[SHINGLE];
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    int words = 0;
    StringBuilder shingle = new StringBuilder();
    while (m.find()) {
      window[words % SHINGLE] = m.group();
      words++;
      if (words >= SHINGLE) {
        shingle.setLength(0);
        for (int k = words - SHINGLE; k < words; k++) shingle.append(window[k % SHINGLE]).append(' ');
        mix(sig, hash(shingle));
      }
    }
    if (words > 0 && words < SHINGLE) {
      for (int k = 0; k < words; k++) shingle.append(window[k]).append(' ');
      mix(sig, hash(shingle));
    }
    return sig;
  }

  private static int hash(CharSequence s) {
    byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
    return StringHelper.murmurhash3_x86_32(b, 0, b.length, 0x9747b28c);
  }

  private static void mix(int[] sig, int shingleHash) {
    long x = shingleHash & 0xffffffffL;
    for (int i = 0; i < SIZE; i++) {
      int h = (int) ((A[i] * x + B[i]) >>> 33);
      if (h < sig[i]) sig[i] = h;
    }
  }

  /** The estimated Jaccard similarity of the two shingle sets: the share of equal minima. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) if (a[i] == b[i]) same++;
    return same / (double) SIZE;
  }

  /** One key per band: articles that share a key are candidates. */
  public static String[] bandKeys(int[] sig) {
    String[] keys = new String[BANDS];
    for (int band = 0; band < BANDS; band++) keys[band] = band + ":" + Integer.toHexString(bandHash(sig, band));
    return keys;
  }

  /** The hash of one band's rows. */
  static int bandHash(int[] sig, int band) {
    int h = band;
    for (int r = 0; r < ROWS; r++) h = 31 * h + sig[band * ROWS + r];
    return h;
  }

  static byte[] toBytes(int[] sig) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(sig.length * 4);
    b.asIntBuffer().put(sig);
    return b.array();
  }

  static int[] fromBytes(byte[] bytes, int offset, int length) {
    int[] sig = new int[length / 4];
    java.nio.ByteBuffer.wrap(bytes, offset, length).asIntBuffer().get(sig);
    return sig;
  }
}
