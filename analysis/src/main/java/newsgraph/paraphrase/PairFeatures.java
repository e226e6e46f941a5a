package newsgraph.paraphrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Surface features of a pair of texts that tell a rewording from a different statement, all in
 * [0, 1]: word, n-gram and character overlap; how much of each side the other covers; the
 * machine-translation-metric features of Madnani et al. (2012), i.e. clipped n-gram precision
 * each way (BLEU's parts) and the longest common subsequence, on stemmed words; whether the
 * numbers and the capitalised names agree (a changed figure or name is a different fact); the
 * length difference; and content-word overlap that counts WordNet synonyms and near kinds as
 * shared ({@link SynonymOverlap}).
 */
final class PairFeatures {
  /** The features that need no lookups; the screening model uses these alone. */
  static final int SURFACE = 22;
  static final int COUNT = SURFACE + SynonymOverlap.COUNT;

  private PairFeatures() {}

  /** The words of a text: lower-cased runs of letters and digits. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
      if (i > start) words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** What the features need of one text, computed once however many pairs it is in. */
  static final class Prepared {
    final List<String> words;
    final Set<String> wordSet;
    final List<String> stems;
    final Set<String> contentStems;
    private final Set<String> contentWords;
    private SynonymOverlap.Side synonyms;
    /** Stem n-gram counts for n = 1..4 (index n - 1), for BLEU's clipped precision. */
    final List<Map<String, Integer>> stemGrams = new ArrayList<>(4);
    final Set<String> bigrams;
    final Set<String> trigrams;
    final Set<String> chars3;
    final Set<String> chars4;
    final Set<String> names;
    final Set<String> numbers;

    Prepared(String text) {
      words = words(text);
      wordSet = new HashSet<>(words);
      stems = stems(words);
      contentStems = contentSet(stems);
      contentWords = contentSet(words);
      for (int n = 1; n <= 4; n++) stemGrams.add(counts(ngrams(stems, n)));
      bigrams = new HashSet<>(ngrams(words, 2));
      trigrams = new HashSet<>(ngrams(words, 3));
      String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      chars3 = charGrams(lower, 3);
      chars4 = charGrams(lower, 4);
      names = capitalised(text);
      numbers = numbers(words);
    }

    /** The WordNet side, looked up on first need only (one thread per text, as in a document). */
    SynonymOverlap.Side synonyms() {
      if (synonyms == null) synonyms = new SynonymOverlap.Side(contentWords);
      return synonyms;
    }
  }

  static double[] of(String a, String b) {
    return of(new Prepared(a), new Prepared(b));
  }

  static double[] of(Prepared a, Prepared b) {
    return withSynonyms(a, b, surface(a, b));
  }

  /** All {@link #COUNT} features but the WordNet ones, which are left 0. */
  static double[] surface(Prepared a, Prepared b) {
    double[] f = new double[COUNT];
    int k = 0;
    f[k++] = jaccard(a.wordSet, b.wordSet);
    f[k++] = Math.min(cover(a.wordSet, b.wordSet), cover(b.wordSet, a.wordSet));
    f[k++] = Math.max(cover(a.wordSet, b.wordSet), cover(b.wordSet, a.wordSet));
    f[k++] = jaccard(a.bigrams, b.bigrams);
    f[k++] = jaccard(a.trigrams, b.trigrams);
    f[k++] = jaccard(a.chars3, b.chars3);
    f[k++] = a.words.isEmpty() && b.words.isEmpty() ? 0
        : Math.abs(a.words.size() - b.words.size()) / (double) Math.max(a.words.size(), b.words.size());
    f[k++] = a.numbers.equals(b.numbers) ? 1 : 0;
    f[k++] = jaccard(a.contentStems, b.contentStems);
    f[k++] = Math.min(cover(a.contentStems, b.contentStems), cover(b.contentStems, a.contentStems));
    for (int n = 1; n <= 4; n++) {
      Map<String, Integer> ga = a.stemGrams.get(n - 1);
      Map<String, Integer> gb = b.stemGrams.get(n - 1);
      int clipped = clippedMatches(ga, gb);
      double pa = a.stems.size() < n ? 0 : clipped / (double) (a.stems.size() - n + 1);
      double pb = b.stems.size() < n ? 0 : clipped / (double) (b.stems.size() - n + 1);
      f[k++] = Math.min(pa, pb);
      f[k++] = Math.max(pa, pb);
    }
    List<String> ta = a.stems;
    List<String> tb = b.stems;
    int lcs = longestCommonSubsequence(ta, tb);
    f[k++] = ta.isEmpty() || tb.isEmpty() ? 0 : lcs / (double) Math.max(ta.size(), tb.size());
    f[k++] = ta.isEmpty() || tb.isEmpty() ? 0 : lcs / (double) Math.min(ta.size(), tb.size());
    f[k++] = jaccard(a.names, b.names);
    f[k++] = jaccard(a.chars4, b.chars4);
    return f;
  }

  /** Fills the WordNet features (from {@link #SURFACE} on) of a pair's {@link #surface} array. */
  static double[] withSynonyms(Prepared a, Prepared b, double[] f) {
    SynonymOverlap.fill(a.synonyms(), b.synonyms(), f, SURFACE);
    return f;
  }

  static <T> double jaccard(Set<T> a, Set<T> b) {
    if (a.isEmpty() && b.isEmpty()) return 0;
    int shared = 0;
    for (T x : a) if (b.contains(x)) shared++;
    return shared / (double) (a.size() + b.size() - shared);
  }

  /** Share of {@code a}'s items that {@code b} has too. */
  private static <T> double cover(Set<T> a, Set<T> b) {
    if (a.isEmpty()) return 0;
    int shared = 0;
    for (T w : a) if (b.contains(w)) shared++;
    return shared / (double) a.size();
  }

  private static List<String> stems(List<String> words) {
    EnglishStemmer stemmer = new EnglishStemmer(); // not thread-safe: one per call
    List<String> stems = new ArrayList<>(words.size());
    for (String w : words) {
      stemmer.setCurrent(w);
      stemmer.stem();
      stems.add(stemmer.getCurrent());
    }
    return stems;
  }

  private static Set<String> contentSet(List<String> stems) {
    Set<String> content = new LinkedHashSet<>();
    for (String s : stems) if (!StopWords.contains(s)) content.add(s);
    return content;
  }

  private static List<String> ngrams(List<String> words, int n) {
    List<String> grams = new ArrayList<>();
    for (int i = 0; i + n <= words.size(); i++) grams.add(String.join(" ", words.subList(i, i + n)));
    return grams;
  }

  private static Map<String, Integer> counts(List<String> grams) {
    Map<String, Integer> counts = new HashMap<>();
    for (String g : grams) counts.merge(g, 1, Integer::sum);
    return counts;
  }

  /**
   * BLEU's clipped matches: n-grams found on both sides, each counted as often as the side that
   * has it fewer times. Divided by a side's n-gram count, that side's clipped precision.
   */
  private static int clippedMatches(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.size() > b.size()) return clippedMatches(b, a);
    int matched = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer other = b.get(e.getKey());
      if (other != null) matched += Math.min(e.getValue(), other);
    }
    return matched;
  }

  private static int longestCommonSubsequence(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    for (String x : a) {
      int[] current = new int[b.size() + 1];
      for (int j = 0; j < b.size(); j++) {
        current[j + 1] = x.equals(b.get(j)) ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
      }
      previous = current;
    }
    return previous[b.size()];
  }

  /** Character n-grams of text already lower-cased with its whitespace collapsed. */
  private static Set<String> charGrams(String s, int n) {
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + n <= s.length(); i++) grams.add(s.substring(i, i + n));
    return grams;
  }

  private static Set<String> capitalised(String text) {
    Set<String> names = new HashSet<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      if (boundary && Character.isUpperCase(text.charAt(i))) {
        int start = i;
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
        if (i - start > 1) names.add(text.substring(start, i));
      } else {
        i++;
      }
    }
    return names;
  }

  private static Set<String> numbers(List<String> words) {
    Set<String> numbers = new HashSet<>();
    for (String w : words) if (Character.isDigit(w.charAt(0))) numbers.add(w);
    return numbers;
  }
}
