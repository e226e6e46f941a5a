package newsgraph.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Streets, car parks, bridges, stations and other features inside a town that no gazetteer
 * package names ({@code Castle Street}, {@code the Galdeford car park}). The article says what
 * they are with a feature noun, either as the name's last word or right after it, where one noun
 * may serve a coordinated list ({@code the Castle Street and Galdeford car parks}). Each noun
 * gives the GeoNames feature code of such a place (R.ST a street, S.PKLT a parking lot, ...).
 */
final class LocalFeatures {
  private LocalFeatures() {}

  /** A feature noun (singular, lower case; one or two words) and its GeoNames feature code. */
  private static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("street", "R.ST"), Map.entry("road", "R.ST"), Map.entry("avenue", "R.ST"),
      Map.entry("lane", "R.ST"), Map.entry("boulevard", "R.ST"), Map.entry("drive", "R.ST"),
      Map.entry("square", "L.SQR"), Map.entry("car park", "S.PKLT"), Map.entry("parking", "S.PKLT"),
      Map.entry("estate", "P.PPLX"), Map.entry("industrial estate", "S.INDS"),
      Map.entry("business park", "S.INDS"), Map.entry("retail park", "S.MALL"),
      Map.entry("shopping centre", "S.MALL"), Map.entry("shopping center", "S.MALL"), Map.entry("mall", "S.MALL"),
      Map.entry("bridge", "S.BDG"), Map.entry("station", "S.RSTN"), Map.entry("market", "S.MKT"),
      Map.entry("roundabout", "R.RDJCT"), Map.entry("junction", "R.RDJCT"), Map.entry("interchange", "R.RDJCT"),
      Map.entry("bypass", "R.RD"), Map.entry("quay", "S.WHRF"), Map.entry("wharf", "S.WHRF"),
      Map.entry("pier", "S.PIER"));

  /**
   * The feature code that the name's own last word or last two words give ({@code Castle Street},
   * {@code Galdeford Car Park}), or null. A one-word name is never a feature by itself.
   */
  static String ofName(String name) {
    String[] w = name.trim().toLowerCase(Locale.ROOT).split("\\s+");
    if (w.length < 2) return null;
    if (w.length >= 3) {
      String two = NOUNS.get(singular(w[w.length - 2] + " " + w[w.length - 1]));
      if (two != null) return two;
    }
    return NOUNS.get(singular(w[w.length - 1]));
  }

  /**
   * The feature code of the noun that follows a name ending at {@code from}, or null: {@code
   * car park} in {@code Galdeford car park}, and in {@code Galdeford and Smithfield car parks},
   * where other capitalised names joined by {@code and}, {@code or} or a comma come first.
   */
  static String after(CharSequence text, int from) {
    List<String> words = words(text, from, 12);
    int i = 0;
    // Skip coordinated names: "and Smithfield", ", Corve Street and Smithfield".
    while (i < words.size() && (words.get(i).equals(",") || words.get(i).equals("and") || words.get(i).equals("or"))) {
      int j = i + 1;
      while (j < words.size() && Character.isUpperCase(words.get(j).charAt(0))) j++;
      if (j == i + 1) return null; // "and more", ", police said": no other name in between
      i = j;
    }
    if (i >= words.size()) return null;
    String first = words.get(i).toLowerCase(Locale.ROOT);
    if (i + 1 < words.size()) {
      String two = NOUNS.get(singular(first + " " + words.get(i + 1).toLowerCase(Locale.ROOT)));
      if (two != null) return two;
    }
    if (!first.equals(words.get(i))) return null; // a capitalised word is another name, not a noun
    return NOUNS.get(singular(first));
  }

  /** {@code car parks} -> {@code car park}: the last word without a plural s. */
  private static String singular(String phrase) {
    if (NOUNS.containsKey(phrase)) return phrase;
    if (phrase.endsWith("es") && NOUNS.containsKey(phrase.substring(0, phrase.length() - 2))) {
      return phrase.substring(0, phrase.length() - 2);
    }
    return phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
  }

  /** Up to {@code max} letter words and commas after {@code from}; stops at other punctuation. */
  private static List<String> words(CharSequence text, int from, int max) {
    List<String> out = new ArrayList<>(max);
    int i = from;
    while (out.size() < max && i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == ',') {
        out.add(",");
        i++;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) j++;
        out.add(text.subSequence(i, j).toString());
        i = j;
      } else {
        break;
      }
    }
    return out;
  }
}
