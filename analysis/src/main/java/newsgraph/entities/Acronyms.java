package newsgraph.entities;

import java.util.Locale;
import java.util.Set;

/** What makes a word an acronym, and which names it stands for ({@code WHO}, World Health Organization). */
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
}
