package newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * Names in the rows of a results or standings table: a document's rows of one shape name
 * things of one kind, so a name the tagger missed in one row ({@code Stoke 4 3 1 0 7 4 10},
 * {@code Sale 31 Wasps 33}) takes the type it gave the names in the same place of the other rows.
 *
 * <p>Two shapes: a result, {@code NAME SCORE NAME SCORE}, and a standings row, {@code NAME}
 * followed by five or more numbers. When at least {@link #MIN_VOTES} slots of a shape that the
 * tagger tagged exactly agree on a type (two in three of them), a slot it left wholly untagged
 * gets that type, and so does one it tagged exactly as something else ({@code Currie 45 Heriot's
 * F.P. 5} among clubs: Currie is a club, not a person). A document's table of players and its
 * table of clubs have different shapes or different documents, so each keeps its own kind.
 */
final class TableRows {
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final int MIN_VOTES = 2;
  private static final int MAX_NAME_TOKENS = 4;

  private TableRows() {}

  /**
   * A name slot: tokens {@code first..last} of unit {@code unit}, in a row of one shape;
   * {@code nameLast} ends the name before a town's capitals in brackets ({@code Rad ( B )}), or
   * is {@code last}.
   */
  private record Slot(int unit, int first, int last, int nameLast, boolean result) {
    boolean fits(TaggedSpan s) {
      return s.first() == first && (s.last() == last || s.last() == nameLast);
    }
  }

  static void fill(List<List<String>> words, List<List<TaggedSpan>> spans) {
    List<Slot> slots = new ArrayList<>();
    for (int u = 0; u < words.size(); u++) slots.addAll(slotsOf(u, words.get(u)));
    if (slots.isEmpty()) return;
    Map<EntityType, Integer> resultVotes = new EnumMap<>(EntityType.class);
    Map<EntityType, Integer> standingVotes = new EnumMap<>(EntityType.class);
    for (Slot slot : slots) {
      for (TaggedSpan s : spans.get(slot.unit())) {
        if (slot.fits(s)) (slot.result() ? resultVotes : standingVotes).merge(s.type(), 1, Integer::sum);
      }
    }
    EntityType resultType = agreed(resultVotes);
    EntityType standingType = agreed(standingVotes);
    for (Slot slot : slots) {
      EntityType type = slot.result() ? resultType : standingType;
      if (type == null) continue;
      // A club's town letters are part of its name (Mladost ( L ), Rad ( B )); no other name's.
      int last = type == EntityType.ORGANIZATION ? slot.last() : slot.nameLast();
      TaggedSpan target = new TaggedSpan(type, slot.first(), last);
      List<TaggedSpan> current = spans.get(slot.unit());
      boolean fitted = current.stream().anyMatch(slot::fits);
      if (!fitted && current.stream().anyMatch(s -> s.first() <= last && slot.first() <= s.last())) continue;
      List<TaggedSpan> out = new ArrayList<>(current.size() + 1);
      for (TaggedSpan s : current) {
        if (s.first() > last || s.last() < slot.first()) out.add(s);
      }
      out.add(target);
      out.sort(Comparator.comparingInt(TaggedSpan::first));
      spans.set(slot.unit(), out);
    }
  }

  /** The type of at least two in three votes, given at least {@link #MIN_VOTES}; else null. */
  private static EntityType agreed(Map<EntityType, Integer> votes) {
    int total = votes.values().stream().mapToInt(Integer::intValue).sum();
    for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
      if (v.getValue() >= MIN_VOTES && 3 * v.getValue() >= 2 * total) return v.getKey();
    }
    return null;
  }

  /** The name slots of a result or standings row, none for other lines. */
  private static List<Slot> slotsOf(int unit, List<String> w) {
    int n = w.size();
    // NAME SCORE NAME SCORE
    int firstScore = firstNumber(w, 0);
    if (firstScore > 0 && firstScore <= MAX_NAME_TOKENS && n - firstScore - 2 >= 1
        && n - firstScore - 2 <= MAX_NAME_TOKENS && isNumber(w.get(n - 1))
        && isName(w, 0, firstScore) && isName(w, firstScore + 1, n - 1)) {
      return List.of(slot(unit, w, 0, firstScore - 1, true), slot(unit, w, firstScore + 1, n - 2, true));
    }
    // NAME N N N N N ...
    if (firstScore > 0 && firstScore <= MAX_NAME_TOKENS && n - firstScore >= 5 && isName(w, 0, firstScore)) {
      for (int i = firstScore; i < n; i++) {
        if (!isNumber(w.get(i))) return List.of();
      }
      return List.of(slot(unit, w, 0, firstScore - 1, false));
    }
    return List.of();
  }

  private static Slot slot(int unit, List<String> w, int first, int last, boolean result) {
    return new Slot(unit, first, last, townLetters(w, first, last) ? last - 3 : last, result);
  }

  /**
   * Words {@code first..last} end in one or two capitals in brackets after a name, which they
   * do not abbreviate ({@code Proleter ( Z )}, not {@code Popular Party ( PP )}).
   */
  private static boolean townLetters(List<String> w, int first, int last) {
    if (last - first < 3 || !w.get(last - 2).equals("(") || !w.get(last).equals(")")
        || !w.get(last - 1).matches("\\p{Lu}{1,2}")) {
      return false;
    }
    String letters = w.get(last - 1);
    StringBuilder initials = new StringBuilder();
    for (int i = first; i < last - 2; i++) {
      if (!w.get(i).isEmpty() && Character.isUpperCase(w.get(i).codePointAt(0))) initials.append(w.get(i).charAt(0));
    }
    int j = 0;
    for (int i = 0; i < initials.length() && j < letters.length(); i++) {
      if (initials.charAt(i) == letters.charAt(j)) j++;
    }
    return j < letters.length();
  }

  private static int firstNumber(List<String> w, int from) {
    for (int i = from; i < w.size(); i++) if (isNumber(w.get(i))) return i;
    return -1;
  }

  /**
   * Words {@code [from, to)}: no numbers, the first capitalised; it may end in a town's
   * capitals in brackets ({@code Proleter ( Z )}).
   */
  private static boolean isName(List<String> w, int from, int to) {
    if (from >= to || !Character.isUpperCase(w.get(from).codePointAt(0))) return false;
    if (townLetters(w, from, to - 1)) to -= 3;
    for (int i = from; i < to; i++) {
      if (isNumber(w.get(i)) || w.get(i).codePoints().noneMatch(Character::isLetter)) return false;
    }
    return true;
  }

  private static boolean isNumber(String w) {
    return NUMBER.matcher(w).matches();
  }

}
