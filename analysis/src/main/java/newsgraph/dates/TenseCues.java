package newsgraph.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tense of the clause around a date mention. The nearest tense cue to the left of the
 * mention decides ({@code said on Monday it will...} is past, {@code will meet on Monday} future);
 * with none there, the nearest to its right ({@code On Monday the minister will...}); with none
 * at all, the tense is unknown.
 */
final class TenseCues {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['\u2019][A-Za-z]+)?");
  private static final int WINDOW = 8;
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)(?:(?:this|next|last|on)\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day");

  private static final Set<String> FUTURE = Set.of("will", "won't", "shall", "going", "scheduled",
      "expected", "expects", "plans", "planned", "planning", "payable", "upcoming", "ahead",
      "expire", "expires", "effective", "deadline", "record", "intends", "aims",
      "tomorrow", "next", "forthcoming", "wo", "would");
  private static final Set<String> PAST = Set.of("said", "was", "were", "had", "did", "told",
      "ago", "yesterday", "last", "earlier", "announced", "reported", "took", "began", "came",
      "went", "won", "lost", "fell", "rose", "made", "gave", "saw", "met", "left", "found", "held",
      "spoke", "wrote", "got", "became", "ran", "paid", "sold", "bought", "hit", "cut");
  private static final Set<String> DEADLINE = Set.of("by", "until", "till", "to");
  private static final Set<String> PASSIVE = Set.of("be", "been", "being");

  private TenseCues() {}

  enum Tense { PAST, FUTURE, UNKNOWN }

  /** The tense of the clause around chars [start, end) of {@code text}, inside [from, to). */
  static Tense of(String text, int from, int to, int start, int end) {
    List<String> left = words(text, from, start);
    // "by Dec. 15", "until May", "extended to Nov. 20": a deadline's own tense says little about
    // a calendar date. A weekday has no year to fall back on, so "would reach the town by
    // Saturday" still takes the clause's tense.
    if (!left.isEmpty() && DEADLINE.contains(left.get(left.size() - 1))) {
      if (!WEEKDAY.matcher(text.substring(start, end)).matches()) return Tense.UNKNOWN;
      left = left.subList(0, left.size() - 1);
    }
    for (int i = left.size() - 1, seen = 0; i >= 0 && seen < WINDOW; i--, seen++) {
      Tense cue = cue(left.get(i), i > 0 ? left.get(i - 1) : "");
      if (cue != null) return cue;
    }
    List<String> right = words(text, end, to);
    for (int i = 0; i < right.size() && i < WINDOW; i++) {
      Tense cue = cue(right.get(i), i > 0 ? right.get(i - 1) : "");
      if (cue != null) return cue;
    }
    return Tense.UNKNOWN;
  }

  /** FUTURE, PAST, FALSE past, null no cue. */
  private static Tense cue(String word, String before) {
    if (FUTURE.contains(word) || word.endsWith("'ll")) return Tense.FUTURE;
    // "will be held on Monday": a participle after "be" is no past tense.
    if (PASSIVE.contains(before)) return null;
    if (PAST.contains(word) || (word.length() > 4 && word.endsWith("ed"))) return Tense.PAST;
    return null;
  }

  private static List<String> words(String text, int from, int to) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(Math.max(0, from), Math.min(text.length(), Math.max(from, to)));
    while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    return words;
  }
}
