package newsgraph.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one key under which the gazetteer files a place name and under which an article's
 * spelling is looked up: case, accents and punctuation never decide whether two spellings
 * are the same place ({@code Côte d'Ivoire} = {@code Cote d Ivoire}, {@code St. Louis} =
 * {@code Saint Louis}).
 */
public final class PlaceNames {
  private PlaceNames() {}

  /** The lookup key of a name, or "" when it holds no letter or digit. */
  public static String key(String name) {
    String s = name;
    if (!isPlainAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (c == '\'' || c == '\u2019' || c == '`' || c == '\u02bc') continue; // Ma'rib = Marib
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) out.append(' ');
        space = false;
        out.append(Character.toLowerCase(c));
      } else {
        space = true;
      }
    }
    String key = out.toString();
    // "Saint" and "St" are the same word in place names, as are "Mount" and "Mt".
    if (key.contains("saint") || key.contains("mount")) {
      key = (" " + key + " ").replace(" saint ", " st ").replace(" mount ", " mt ").trim();
    }
    return key.toLowerCase(Locale.ROOT);
  }

  /**
   * The word that follows a name ending at {@code from}, after white space, lower-cased; "" when
   * none. {@code air base}, {@code air force base} and {@code air station} count as the one word
   * "airbase".
   */
  public static String featureWordAt(CharSequence text, int from) {
    List<String> words = new ArrayList<>(3);
    int i = from;
    while (words.size() < 3) {
      int start = i;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
      int j = i;
      while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
      if (i == start || j == i) break;
      words.add(text.subSequence(i, j).toString().toLowerCase(Locale.ROOT));
      i = j;
    }
    if (words.isEmpty()) return "";
    if (words.get(0).equals("air") && words.size() > 1) {
      String next = words.get(1).equals("force") && words.size() > 2 ? words.get(2) : words.get(1);
      if (next.equals("base") || next.equals("station")) return "airbase";
    }
    return words.get(0);
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  /** True when every letter of the name is Latin: the alternate names an English article can use. */
  static boolean isLatin(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }
}
