package newsgraph.places;

import java.text.Normalizer;
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
