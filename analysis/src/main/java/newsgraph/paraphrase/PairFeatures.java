package newsgraph.paraphrase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Surface features of a pair of texts that tell a rewording from a different statement: word,
 * bigram, trigram and character-trigram overlap, how much of each side the other covers, the
 * length difference, and whether the numbers agree (a changed figure is a different fact).
 * All features are in [0, 1].
 */
final class PairFeatures {
  static final int COUNT = 8;

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

  static double[] of(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    Set<String> sa = new HashSet<>(wa);
    Set<String> sb = new HashSet<>(wb);
    double coverA = cover(sa, sb);
    double coverB = cover(sb, sa);
    return new double[] {
        jaccard(sa, sb),
        Math.min(coverA, coverB),
        Math.max(coverA, coverB),
        jaccard(ngrams(wa, 2), ngrams(wb, 2)),
        jaccard(ngrams(wa, 3), ngrams(wb, 3)),
        jaccard(charTrigrams(a), charTrigrams(b)),
        wa.isEmpty() && wb.isEmpty() ? 0 : Math.abs(wa.size() - wb.size()) / (double) Math.max(wa.size(), wb.size()),
        numbers(wa).equals(numbers(wb)) ? 1 : 0};
  }

  /** Share of {@code a}'s words that {@code b} has too. */
  private static double cover(Set<String> a, Set<String> b) {
    if (a.isEmpty()) return 0;
    int shared = 0;
    for (String w : a) if (b.contains(w)) shared++;
    return shared / (double) a.size();
  }

  static <T> double jaccard(Set<T> a, Set<T> b) {
    if (a.isEmpty() && b.isEmpty()) return 0;
    int shared = 0;
    for (T x : a) if (b.contains(x)) shared++;
    return shared / (double) (a.size() + b.size() - shared);
  }

  private static Set<String> ngrams(List<String> words, int n) {
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + n <= words.size(); i++) grams.add(String.join(" ", words.subList(i, i + n)));
    return grams;
  }

  private static Set<String> charTrigrams(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 3 <= s.length(); i++) grams.add(s.substring(i, i + 3));
    return grams;
  }

  private static Set<String> numbers(List<String> words) {
    Set<String> numbers = new HashSet<>();
    for (String w : words) if (Character.isDigit(w.charAt(0))) numbers.add(w);
    return numbers;
  }
}
