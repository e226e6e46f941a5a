package newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsgraph.document.EntityType;
import newsgraph.entities.EntityRecognizer.TaggedSpan;

/**
 * A team's line-up, {@code Turkey - 1 - Rustu Recber , 4 - Hakan Unsal ( 14 - Sergen Yalcin ,
 * 57th ) , 2 - Recep Cetin ...}: every name after a shirt number is a player. The tagger reads
 * each name of such a line alone and now and then calls an unfamiliar one a body or a place
 * ({@code 5 - Alpay Ozalan}); when most of the line's numbered names that it tagged are people,
 * so are the rest.
 *
 * <p>A numbered name runs from the word after {@code N -} (or {@code N-}) to the next comma,
 * semicolon, bracket, full stop, dash, number or minute ({@code 46th}); lower-case particles inside it
 * ({@code Joaquin del Olmo}) belong to it. The people among a line's tagged numbered names must
 * be at least {@link #MIN_PEOPLE} and two in three, so a numbered list of clubs or places keeps
 * its types.
 */
final class LineUps {
  private static final int MIN_PEOPLE = 3;
  private static final int MAX_NAME_TOKENS = 5;
  private static final Pattern SHIRT = Pattern.compile("\\d{1,2}-?");
  private static final Pattern NUMBER_OR_MINUTE = Pattern.compile("\\d+([.:]\\d+)?(st|nd|rd|th)?");

  private LineUps() {}

  /** Slot: tokens {@code first..last} of a unit, after a shirt number. */
  private record Slot(int first, int last) {}

  static void retype(List<List<String>> words, List<List<TaggedSpan>> spans) {
    for (int u = 0; u < words.size(); u++) {
      List<Slot> slots = slotsOf(words.get(u));
      if (slots.size() <= MIN_PEOPLE) continue; // nothing left to retype once enough are people
      List<TaggedSpan> current = spans.get(u);
      int people = 0;
      int tagged = 0;
      Set<Slot> asSlots = new HashSet<>(slots);
      for (TaggedSpan s : current) {
        if (!asSlots.contains(new Slot(s.first(), s.last()))) continue;
        tagged++;
        if (s.type() == EntityType.PERSON) people++;
      }
      if (people < MIN_PEOPLE || 3 * people < 2 * tagged) continue;
      boolean[] covered = new boolean[words.get(u).size()];
      List<TaggedSpan> out = new ArrayList<>(current.size());
      for (TaggedSpan s : current) {
        boolean inSlot = asSlots.contains(new Slot(s.first(), s.last()));
        out.add(inSlot && s.type() != EntityType.PERSON ? new TaggedSpan(EntityType.PERSON, s.first(), s.last()) : s);
        for (int i = s.first(); i <= s.last(); i++) covered[i] = true;
      }
      // A slot of two words or more the tagger left wholly untagged is a player too.
      for (Slot slot : slots) {
        boolean free = slot.last() > slot.first();
        for (int i = slot.first(); i <= slot.last() && free; i++) free = !covered[i];
        if (free) out.add(new TaggedSpan(EntityType.PERSON, slot.first(), slot.last()));
      }
      out.sort(Comparator.comparingInt(TaggedSpan::first));
      spans.set(u, out);
    }
  }

  /** The numbered names of a line: {@code N - Name} up to the next delimiter. */
  private static List<Slot> slotsOf(List<String> w) {
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (!SHIRT.matcher(w.get(i)).matches()) continue;
      int first = w.get(i).endsWith("-") ? i + 1 : i + 2;
      if (!w.get(i).endsWith("-") && (i + 1 >= w.size() || !w.get(i + 1).equals("-"))) continue;
      if (first >= w.size() || !startsUpper(w.get(first))) continue;
      int end = first;
      while (end < w.size() && !isDelimiter(w.get(end))) end++;
      int last = end - 1;
      while (last > first && !startsUpper(w.get(last))) last--;
      if (last - first + 1 > MAX_NAME_TOKENS || !allNameWords(w, first, last)) continue;
      slots.add(new Slot(first, last));
      i = last;
    }
    return slots;
  }

  private static boolean isDelimiter(String word) {
    return word.equals(",") || word.equals(";") || word.equals("(") || word.equals(")")
        || word.equals(".") || word.equals("-") || NUMBER_OR_MINUTE.matcher(word).matches()
        || SHIRT.matcher(word).matches();
  }

  /** Capitalised words, and lower-case particles between them ({@code del}, {@code van}). */
  private static boolean allNameWords(List<String> w, int first, int last) {
    for (int i = first; i <= last; i++) {
      String word = w.get(i);
      if (word.codePoints().noneMatch(Character::isLetter)) return false;
      if (!startsUpper(word) && (word.length() > 3 || i == first || i == last)) return false;
    }
    return true;
  }

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
