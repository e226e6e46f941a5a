package newsgraph.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import newsgraph.document.Article;
import newsgraph.store.CopyDetector;
import newsgraph.store.MinHash;

/**
 * The copy detector at corpus scale, on a synthetic corpus built from real news sentences:
 * every original article is eight sentences drawn at random from the BBC corpus's ~40,000 (so
 * two originals share a sentence now and then, but hardly ever half their text), in two
 * paragraphs under a headline of its own; a quarter of the originals get one or two planted
 * copies, each with a site header and footer, a new headline, one word in fifty changed and
 * sometimes the last sentence cut, dated one to three days later. Reports time, peak heap,
 * and the precision and recall of {@code copyOf} against the planted copies.
 */
public final class CopiesBenchmark {
  static final double COPY_RATE = 0.25;
  static final int SENTENCES = 8;
  private final List<String> sentences = new ArrayList<>();

  public CopiesBenchmark(List<Article> corpus) {
    // Each distinct sentence once: the corpus repeats some articles, and a sentence drawn twice
    // would make two originals look like copies.
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Article a : corpus) {
      for (String s : a.text().split("(?<=[.!?\"])\\s+")) {
        if (s.split("\\s+").length >= 8 && seen.add(s.strip())) sentences.add(s.strip());
      }
    }
  }

  /** One generated article: its text, its day, and the article it copies (or -1). */
  record Generated(String text, long day, int copyOf) {}

  public void run(int n, PrintWriter out) throws InterruptedException {
    int[] truth = new int[n];
    CopyDetector detector = new CopyDetector(n);
    HeapPeak.reset();
    long t0 = System.nanoTime();
    int threads = Runtime.getRuntime().availableProcessors();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 64), new ThreadPoolExecutor.CallerRunsPolicy());
    int next = 0;
    for (int group = 0; next < n; group++) {
      for (Generated g : group(group, next)) {
        if (next >= n) break;
        int i = next++;
        truth[i] = g.copyOf();
        pool.execute(() -> detector.set(i, MinHash.signature(g.text()), g.day()));
      }
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    long t1 = System.nanoTime();
    int[] found = detector.copyOf(0.5);
    long t2 = System.nanoTime();

    long planted = 0, predicted = 0, right = 0, originalsFlagged = 0, wrongRoot = 0;
    for (int i = 0; i < n; i++) {
      if (truth[i] >= 0) planted++;
      if (found[i] >= 0) predicted++;
      if (found[i] >= 0 && found[i] == truth[i]) right++;
      if (found[i] >= 0 && truth[i] < 0) originalsFlagged++;
      if (found[i] >= 0 && truth[i] >= 0 && found[i] != truth[i]) wrongRoot++;
    }
    if (Boolean.getBoolean("newsgraph.bench.debug")) {
      out.printf(Locale.ROOT, "  originals called copies %,d; copies given the wrong original %,d%n", originalsFlagged, wrongRoot);
    }
    out.printf(Locale.ROOT, "%,d articles (%,d planted copies) from %,d BBC sentences, %d threads%n",
        n, planted, sentences.size(), threads);
    out.printf(Locale.ROOT, "  generate + MinHash: %.1f s; band sort + pair checks: %.1f s; total %.1f s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9);
    out.printf(Locale.ROOT, "  copyOf precision %.4f, recall %.4f (%,d predicted, %,d right); peak heap %s%n",
        predicted == 0 ? 1.0 : right / (double) predicted, planted == 0 ? 1.0 : right / (double) planted,
        predicted, right, HeapPeak.since());
    out.flush();
  }

  /** Group {@code g}: an original (article number {@code first}) and maybe its copies. */
  List<Generated> group(int g, int first) {
    SplittableRandom r = new SplittableRandom(0x636f70L * 31 + g);
    StringBuilder original = new StringBuilder("Story ").append(g).append(": ")
        .append(words(r, 6)).append('\n');
    int[] picks = r.ints(0, sentences.size()).distinct().limit(SENTENCES).toArray();
    for (int k = 0; k < picks.length; k++) {
      original.append(sentences.get(picks[k])).append(k == SENTENCES / 2 - 1 || k == SENTENCES - 1 ? '\n' : ' ');
    }
    long day = g / 500;
    List<Generated> out = new ArrayList<>();
    out.add(new Generated(original.toString(), day, -1));
    if (r.nextDouble() < COPY_RATE) {
      int copies = 1 + r.nextInt(2);
      for (int c = 0; c < copies; c++) {
        out.add(new Generated(edit(original.toString(), r), day + 1 + r.nextInt(3), first));
      }
    }
    return out;
  }

  private static String edit(String text, SplittableRandom r) {
    String[] lines = text.split("\n");
    StringBuilder b = new StringBuilder("Site " + r.nextInt(1000) + " | Home | News | World\n");
    b.append("Breaking: ").append(words(r, 7)).append('\n');
    if (r.nextDouble() < 0.3) {
      // Cut the last sentence.
      String end = lines[lines.length - 1];
      int cut = Math.max(end.lastIndexOf(". ", end.length() - 2), end.lastIndexOf("\" ", end.length() - 2));
      if (cut > 0) lines[lines.length - 1] = end.substring(0, cut + 1);
    }
    for (int i = 1; i < lines.length; i++) {
      String[] words = lines[i].split(" ");
      for (int w = 0; w < words.length; w++) {
        if (r.nextInt(50) == 0) words[w] = words[w].length() > 3 ? words[w].substring(0, words[w].length() - 1) : "the";
      }
      b.append(String.join(" ", words)).append('\n');
    }
    b.append("Share this article. Follow us for more news. Copyright ").append(2000 + r.nextInt(25)).append('\n');
    return b.toString();
  }

  private static String words(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(Integer.toString(r.nextInt(1 << 20), 36));
    return b.toString();
  }

}
