package newsgraph.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.store.UnionFind;

/**
 * Groups the articles of a corpus into stories: articles about one event. Two articles are linked
 * when they are published within {@link Settings#windowDays} of each other (undated ones match
 * any day), share at least {@link Settings#minShared} rare keys (entity names and content words
 * that few articles use), and their similarity (cosine of TF-IDF word vectors, plus the IDF-weighted
 * overlap of their entity names) reaches {@link Settings#threshold}; a copy is always linked to
 * what it copies. Stories are the connected groups of two or more articles; each is named after
 * its earliest article (then the smallest id), so a rerun on the same corpus gives the same ids.
 *
 * <p>Candidates come from an inverted index over rare keys only, scanned within the date window,
 * so the work grows with the corpus times the window's size, not with all pairs. Add every
 * article, then call {@link #stories()} once. Not thread-safe.
 */
public final class StoryDetector {
  /** The knobs, tuned on the dev part of the hand-labelled BBC stories ({@code eval stories}). */
  public record Settings(int windowDays, double threshold, double nameWeight, int minShared, double maxDfShare) {
    public static final Settings DEFAULT = new Settings(7, 0.55, 0.5, 2, 0.01);
  }

  private static final long UNDATED = Long.MAX_VALUE;
  private final Settings settings;
  private final Map<String, Integer> keys = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<String> copyOf = new ArrayList<>();
  private final List<int[]> nameKeys = new ArrayList<>();
  /** Each article's name keys sorted, to look names up without a loop over both articles' names. */
  private final List<int[]> sortedNameKeys = new ArrayList<>();
  private final List<int[]> termKeys = new ArrayList<>();
  private final List<float[]> termCounts = new ArrayList<>();
  private long[] days = new long[1024];

  public StoryDetector(Settings settings) {
    this.settings = settings;
  }

  public StoryDetector() {
    this(Settings.DEFAULT);
  }

  public void add(StoryArticle a) {
    int i = ids.size();
    ids.add(a.id());
    copyOf.add(a.copyOf());
    if (i == days.length) days = Arrays.copyOf(days, days.length * 2);
    days[i] = a.published() == null ? UNDATED : a.published().toEpochDay();
    int[] names = new int[a.names().size()];
    for (int k = 0; k < names.length; k++) names[k] = key("n:" + a.names().get(k));
    nameKeys.add(distinct(names));
    int[] sorted = nameKeys.get(i).clone();
    Arrays.sort(sorted);
    sortedNameKeys.add(sorted);
    int[] terms = new int[a.terms().size()];
    float[] counts = new float[terms.length];
    int k = 0;
    // In word order, not the map's (which varies between JVMs): sums of floats then add up
    // the same on every machine.
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(a.terms()).entrySet()) {
      terms[k] = key("t:" + e.getKey());
      counts[k++] = e.getValue();
    }
    termKeys.add(terms);
    termCounts.add(counts);
  }

  private int key(String s) {
    Integer id = keys.get(s);
    if (id == null) {
      id = keys.size();
      keys.put(s, id);
    }
    return id;
  }

  private static int[] distinct(int[] a) {
    return Arrays.stream(a).distinct().toArray();
  }

  /** Each article that belongs to a story of two or more, mapped to the story's id. */
  public Map<String, String> stories() {
    copyRoots = null;
    int n = ids.size();
    int[] df = new int[keys.size()];
    for (int i = 0; i < n; i++) {
      for (int k : nameKeys.get(i)) df[k]++;
      for (int k : termKeys.get(i)) df[k]++;
    }
    double[] idf = new double[df.length];
    for (int k = 0; k < df.length; k++) idf[k] = Math.log((n + 1.0) / df[k]);
    // Weighted vectors, normalised once.
    float[][] termWeights = new float[n][];
    double[] nameMass = new double[n];
    for (int i = 0; i < n; i++) {
      int[] t = termKeys.get(i);
      float[] w = new float[t.length];
      double norm = 0;
      for (int k = 0; k < t.length; k++) {
        w[k] = (float) ((1 + Math.log(termCounts.get(i)[k])) * idf[t[k]]);
        norm += w[k] * w[k];
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < t.length; k++) w[k] = norm == 0 ? 0 : (float) (w[k] / norm);
      termWeights[i] = w;
      for (int k : nameKeys.get(i)) nameMass[i] += idf[k];
    }
    Integer[] byDay = new Integer[n];
    for (int i = 0; i < n; i++) byDay[i] = i;
    // Same day by id, not by the order added: the answer must not depend on the input order.
    Arrays.sort(byDay, (a, b) -> {
      if (days[a] != days[b]) return Long.compare(days[a], days[b]);
      int byId = ids.get(a).compareTo(ids.get(b));
      return byId != 0 ? byId : Integer.compare(a, b);
    });
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) rank[byDay[r]] = r;
    int maxDf = Math.max(20, (int) (n * settings.maxDfShare()));
    int[][] postings = postings(n, df, maxDf, byDay);

    int[] parent = UnionFind.singletons(n);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) index.put(ids.get(i), i);
    for (int i = 0; i < n; i++) {
      Integer original = copyOf.get(i) == null ? null : index.get(copyOf.get(i));
      if (original != null) UnionFind.union(parent, i, original);
    }
    int[] shared = new int[n];
    int[] touched = new int[n];
    List<long[]> pairs = new ArrayList<>();
    List<Double> sims = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      int i = byDay[r];
      int count = 0;
      for (int[] keysOf : new int[][] {nameKeys.get(i), termKeys.get(i)}) {
        for (int k : keysOf) {
          int[] p = postings[k];
          if (p == null) continue;
          int from = firstAfter(p, r);
          for (int x = from; x < p.length; x++) {
            int j = byDay[p[x]];
            if (days[i] != UNDATED && days[j] != UNDATED && days[j] - days[i] > settings.windowDays()) {
              // Dated articles past the window: skip to the undated ones at the end.
              x = firstUndated(p, byDay) - 1;
              continue;
            }
            if (shared[j]++ == 0) touched[count++] = j;
          }
        }
      }
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        if (shared[j] >= settings.minShared()) {
          double sim = similarity(i, j, termWeights, nameMass, idf);
          if (sim >= settings.threshold()) {
            pairs.add(new long[] {i, j});
            sims.add(sim);
          }
        }
        shared[j] = 0;
      }
    }
    merge(parent, pairs, sims, rank, termWeights, nameMass, idf);
    return name(parent);
  }

  /**
   * Joins linked articles most similar pair first, and two groups only when their average
   * similarity (every pair of members, unlinked pairs counting as computed) reaches the
   * threshold: single links would chain one topic's articles (a politician's launch, defections
   * and policies) into one story through the articles that mention two of its events.
   */
  private void merge(int[] parent, List<long[]> pairs, List<Double> sims, int[] rank, float[][] termWeights,
      double[] nameMass, double[] idf) {
    Integer[] order = new Integer[pairs.size()];
    for (int x = 0; x < order.length; x++) order[x] = x;
    // Equal similarities (copies have equal ones) by day rank, so the input order cannot decide.
    Comparator<Integer> bySim = (a, b) -> Double.compare(sims.get(b), sims.get(a));
    Arrays.sort(order, bySim.thenComparingInt(x -> rank[(int) pairs.get(x)[0]])
        .thenComparingInt(x -> rank[(int) pairs.get(x)[1]]));
    Map<Integer, List<Integer>> members = new HashMap<>();
    // Two groups found too far apart stay so until one of them grows: many linking pairs between
    // the same two groups need their average computed once. A group's version counts its merges.
    int[] version = new int[parent.length];
    Set<List<Integer>> apart = new HashSet<>();
    for (int x : order) {
      int a = (int) pairs.get(x)[0], b = (int) pairs.get(x)[1];
      int ra = UnionFind.find(parent, a), rb = UnionFind.find(parent, b);
      if (ra == rb) continue;
      List<Integer> groups = ra < rb ? List.of(ra, version[ra], rb, version[rb]) : List.of(rb, version[rb], ra, version[ra]);
      if (apart.contains(groups)) continue;
      List<Integer> ma = members.computeIfAbsent(ra, k -> membersOf(parent, k));
      List<Integer> mb = members.computeIfAbsent(rb, k -> membersOf(parent, k));
      if (ma.size() * (long) mb.size() > MAX_LINKAGE_PAIRS) continue;
      double sum = 0;
      for (int i : ma) for (int j : mb) sum += similarity(i, j, termWeights, nameMass, idf);
      if (sum / (ma.size() * (double) mb.size()) < settings.threshold()) {
        apart.add(groups);
        continue;
      }
      UnionFind.union(parent, ra, rb);
      int root = UnionFind.find(parent, ra);
      version[root] = Math.max(version[ra], version[rb]) + 1;
      List<Integer> joined = new ArrayList<>(ma);
      joined.addAll(mb);
      members.remove(ra);
      members.remove(rb);
      members.put(root, joined);
    }
  }

  /** Groups whose member pairs exceed this are not joined (a story of thousands is no event). */
  private static final long MAX_LINKAGE_PAIRS = 40_000;

  /** The members of a group before any merge: itself, or an article and its copies. */
  private List<Integer> membersOf(int[] parent, int root) {
    List<Integer> out = new ArrayList<>();
    if (copyRoots == null) {
      copyRoots = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        int r = UnionFind.find(parent, i);
        if (r != i) copyRoots.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
      }
    }
    out.add(root);
    out.addAll(copyRoots.getOrDefault(root, List.of()));
    return out;
  }

  private Map<Integer, List<Integer>> copyRoots;

  /** For each rare key (seen twice or more, at most {@code maxDf} times), its articles' day ranks, ascending. */
  private int[][] postings(int n, int[] df, int maxDf, Integer[] byDay) {
    int[][] postings = new int[df.length][];
    int[] fill = new int[df.length];
    for (int k = 0; k < df.length; k++) if (df[k] >= 2 && df[k] <= maxDf) postings[k] = new int[df[k]];
    for (int r = 0; r < n; r++) {
      int i = byDay[r];
      for (int k : nameKeys.get(i)) if (postings[k] != null) postings[k][fill[k]++] = r;
      for (int k : termKeys.get(i)) if (postings[k] != null) postings[k][fill[k]++] = r;
    }
    return postings;
  }

  private static int firstAfter(int[] p, int r) {
    int at = Arrays.binarySearch(p, r);
    return at >= 0 ? at + 1 : -at - 1;
  }

  private int firstUndated(int[] p, Integer[] byDay) {
    int lo = 0, hi = p.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[byDay[p[mid]]] != UNDATED) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Cosine of the word vectors plus {@code nameWeight} times the Dice overlap of entity names (IDF-weighted). */
  double similarity(int a, int b, float[][] termWeights, double[] nameMass, double[] idf) {
    double cos = 0;
    int[] ta = termKeys.get(a), tb = termKeys.get(b);
    float[] wa = termWeights[a], wb = termWeights[b];
    for (int x = 0; x < ta.length; x++) {
      for (int y = 0; y < tb.length; y++) if (ta[x] == tb[y]) cos += wa[x] * wb[y];
    }
    double sharedNames = 0;
    // In a's order, as the sum always went, so the floats add up the same.
    int[] sortedB = sortedNameKeys.get(b);
    for (int ka : nameKeys.get(a)) if (Arrays.binarySearch(sortedB, ka) >= 0) sharedNames += idf[ka];
    double dice = nameMass[a] + nameMass[b] == 0 ? 0 : 2 * sharedNames / (nameMass[a] + nameMass[b]);
    return cos + settings.nameWeight() * dice;
  }

  private Map<String, String> name(int[] parent) {
    int n = ids.size();
    int[] size = new int[n];
    int[] earliest = new int[n];
    Arrays.fill(earliest, -1);
    for (int i = 0; i < n; i++) {
      int r = UnionFind.find(parent, i);
      size[r]++;
      int e = earliest[r];
      if (e < 0 || days[i] < days[e] || days[i] == days[e] && ids.get(i).compareTo(ids.get(e)) < 0) earliest[r] = i;
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int r = UnionFind.find(parent, i);
      if (size[r] >= 2) out.put(ids.get(i), ids.get(earliest[r]));
    }
    return out;
  }
}
