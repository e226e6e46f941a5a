package newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Mention;
import newsgraph.document.Span;

/**
 * What makes a word an acronym, which names it stands for ({@code WHO}, World Health
 * Organization), and where an article defines one in brackets.
 */
final class Acronyms {
  private Acronyms() {}

  /** Words an acronym skips: {@code WHO} for World Health Organization, not the "of". */
  private static final Set<String> ACRONYM_SKIPS = Set.of("of", "the", "and", "for", "on", "in",
      "at", "to", "&", "de", "du", "des", "la", "le", "der", "die", "und", "y", "del");

  /** The acronym's letters, in order, are capitals of the name, the first one first. */
  static boolean abbreviates(String acronym, String name) {
    String letters = letters(acronym);
    String capitals = name.codePoints().filter(Character::isUpperCase)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    if (letters.isEmpty() || capitals.isEmpty() || letters.charAt(0) != capitals.charAt(0)) return false;
    int k = 0;
    for (int i = 0; i < capitals.length() && k < letters.length(); i++) {
      if (capitals.charAt(i) == letters.charAt(k)) k++;
    }
    return k == letters.length();
  }

  static boolean isAcronym(String text) {
    String letters = letters(text);
    return letters.length() >= 2 && letters.length() <= 7 && text.equals(text.toUpperCase(Locale.ROOT))
        && text.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '&');
  }

  static String letters(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().filter(Character::isLetter).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (word.isEmpty() || ACRONYM_SKIPS.contains(word.toLowerCase(Locale.ROOT))) continue;
      if (Character.isUpperCase(word.charAt(0))) sb.append(word.charAt(0));
    }
    return sb.toString();
  }

  /**
   * Whether {@code word} is one of the words of {@code name}: {@code US Senate} is no expansion
   * of {@code US}, whose initials it happens to spell, but a name that contains it.
   */
  static boolean containsWord(String name, String word) {
    for (String w : name.split("[\\s-]+")) if (w.equals(word)) return true;
    return false;
  }

  /** What stands in brackets right after the mention ({@code World Health Organization (WHO)}), or null. */
  static String inBracketsAfter(Mention m, CodePointIndex index) {
    String text = index.text();
    int open = index.toChar(m.span().end());
    while (open < text.length() && text.charAt(open) == ' ') open++;
    if (open >= text.length() || text.charAt(open) != '(') return null;
    int close = text.indexOf(')', open + 1);
    return close < 0 || close - open > 16 ? null : text.substring(open + 1, close);
  }

  /**
   * Mentions of acronyms that a name defines in brackets and the tagger missed ({@code WHO} is
   * also a common word): every whole-word occurrence of the acronym after the definition.
   */
  static List<EntityClusterer.Item> bracketedAcronyms(List<EntityClusterer.Item> items, CodePointIndex index) {
    String text = index.text();
    List<EntityClusterer.Item> found = new ArrayList<>();
    Set<String> known = new java.util.HashSet<>();
    for (EntityClusterer.Item item : items) known.add(item.mention().text());
    for (EntityClusterer.Item item : items) {
      String name = item.mention().text();
      if (name.indexOf(' ') < 0) continue;
      int end = index.toChar(item.mention().span().end());
      int open = end;
      while (open < text.length() && text.charAt(open) == ' ') open++;
      int close = open < text.length() && text.charAt(open) == '(' ? text.indexOf(')', open) : -1;
      if (close < 0 || close - open > 12) continue;
      String acronym = text.substring(open + 1, close);
      if (known.contains(acronym) || !Acronyms.isAcronym(acronym) || !Acronyms.abbreviates(acronym, name)) continue;
      known.add(acronym);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(
          "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])").matcher(text);
      m.useTransparentBounds(true).region(open, text.length());
      while (m.find()) {
        Span span = index.span(m.start(), m.end());
        if (!overlapsAny(items, span)) found.add(new EntityClusterer.Item(new Mention(span, acronym), item.type(), List.of()));
      }
    }
    return found;
  }

  private static boolean overlapsAny(List<EntityClusterer.Item> items, Span span) {
    for (EntityClusterer.Item item : items) {
      if (item.mention().span().overlaps(span)) return true;
    }
    return false;
  }
}
