package newsgraph.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import newsgraph.document.CodePointIndex;
import newsgraph.document.DateMention;
import newsgraph.document.Document;
import newsgraph.document.Sentence;
import newsgraph.pipeline.Stage;

/**
 * Adds {@code dates}: calendar dates the text names, each with its value and granularity (CONTRACT
 * §2). Absolute dates ({@code March 3, 2024}, {@code 3 March}, {@code 2022}, {@code mid-2023}) and
 * relative ones ({@code yesterday}, {@code on Monday}, {@code last week}, {@code two days ago})
 * are resolved against {@code published}; a bare weekday, month or month-day is the latest one on
 * or before it, or the first on or after it in a future-tense clause. Without {@code published} a
 * relative date keeps a null value. Durations ({@code three years}, {@code the past year}), sets
 * ({@code every week}), decades and times of day alone are no dates and are left out.
 *
 * <p>Only the contract's granularities: a week, weekend, quarter, half or season becomes the month
 * that holds it entirely, else the year that does, else is left out. Needs sentences (for tense);
 * thread-safe.
 */
public final class DateNormalizer implements Stage {
  private record Candidate(int start, int end, DateRange range) {}

  @Override
  public Document apply(Document doc) {
    String text = doc.text();
    CodePointIndex index = CodePointIndex.of(text);
    int[][] sentences = sentenceChars(doc, index);
    List<Candidate> candidates = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Map<String, Matcher> matchers = new HashMap<>();
    Matcher trigger = DateGrammar.TRIGGER.matcher(text);
    while (trigger.find()) {
      String kind = kindOf(trigger);
      int from = Math.max(0, trigger.start() - DateGrammar.WINDOW_BEFORE);
      int to = Math.min(text.length(), trigger.end() + DateGrammar.WINDOW_AFTER);
      for (int r = 0; r < DateGrammar.RULES.size(); r++) {
        DateGrammar.Rule rule = DateGrammar.RULES.get(r);
        if (!rule.trigger().equals(kind)) continue;
        Matcher m = matchers.computeIfAbsent(rule.name(), k -> rule.pattern().matcher(text));
        m.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
          // A match must hold its trigger: one cut short by the window's edge is found whole
          // from the window around its own trigger.
          if (m.start() > trigger.start() || m.end() < trigger.end()) continue;
          if (!seen.add((long) m.start() << 32 | (long) m.end() << 5 | r)) continue; // r < 32
          int[] sentence = sentenceAt(sentences, m.start(), text);
          Anchor anchor = new Anchor(doc.published(), doc.published() == null ? TenseCues.Tense.UNKNOWN
              : TenseCues.of(text, sentence[0], sentence[1], m.start(), m.end()));
          DateRange range = rule.resolver().resolve(m, text, anchor);
          if (range != null) candidates.add(new Candidate(m.start(), trimEnd(text, m.start(), m.end()), range));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::start)
        .thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
    List<DateMention> dates = new ArrayList<>();
    int covered = 0;
    for (Candidate c : candidates) {
      if (c.start < covered) continue;
      covered = c.end;
      if (c.range == DateGrammar.BLOCK) continue;
      String value = c.range.value();
      if (c.range.anchored() && value == null) continue; // longer than a year
      dates.add(new DateMention(text.substring(c.start, c.end), index.span(c.start, c.end), value,
          c.range.granularity()));
    }
    return doc.withDates(dates);
  }

  private static String kindOf(Matcher trigger) {
    for (String kind : DateGrammar.TRIGGER_KINDS) if (trigger.start(kind) >= 0) return kind;
    throw new IllegalStateException("trigger without a kind: " + trigger.group());
  }

  /** A match never ends in whitespace. */
  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    return end;
  }

  private static int[][] sentenceChars(Document doc, CodePointIndex index) {
    List<Sentence> sentences = doc.sentences();
    int[][] chars = new int[sentences.size()][];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = new int[] {index.toChar(sentences.get(i).span().start()),
          index.toChar(sentences.get(i).span().end())};
    }
    return chars;
  }

  /** The sentence holding char {@code at}, or its line when no sentence does (a headline, a dateline). */
  private static int[] sentenceAt(int[][] sentences, int at, String text) {
    int lo = 0, hi = sentences.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences[mid][1] <= at) lo = mid + 1;
      else if (sentences[mid][0] > at) hi = mid - 1;
      else return sentences[mid];
    }
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    return new int[] {from, to < 0 ? text.length() : to};
  }
}
