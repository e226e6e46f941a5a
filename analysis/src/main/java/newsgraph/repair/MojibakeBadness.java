package newsgraph.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ftfy's "badness" heuristic: does text contain character sequences that are far more likely to
 * be UTF-8 mojibake than intended text? Mojibake repair runs only on text that is bad, and a
 * candidate repair is only considered while the text still is.
 *
 * <p>Ported from python-ftfy 6.3.1 (Apache License 2.0, Copyright Robyn Speer):
 * {@code ftfy/badness.py} (MOJIBAKE_CATEGORIES, BADNESS_RE) and {@code ftfy/chardata.py}
 * (UTF8_CLUES, UTF8_DETECTOR_RE). The category strings are ftfy's, written as regex escapes;
 * the expressions are ftfy's, with the {@code re.VERBOSE} whitespace taken out.
 */
final class MojibakeBadness {

  private MojibakeBadness() {}

  // The ~400 characters that occur in UTF-8 mojibake, by category (MOJIBAKE_CATEGORIES).
  private static final String COMMON =
      "\\u00a0\\u00ad\\u00b7\\u00b4\\u2013\\u2014\\u2015\\u2026\\u2019";
  private static final String C1 = "\\u0080-\\u009f";
  private static final String BAD =
      "\\u00a6\\u00a4\\u00a8\\u00ac\\u00af\\u00b8\\u0192\\u02c6\\u02c7\\u02d8\\u02db\\u02dc"
      + "\\u2020\\u2021\\u2030\\u2310\\u25ca\\ufffd\\u00aa\\u00ba";
  private static final String LAW = "\\u00b6\\u00a7";
  private static final String CURRENCY = "\\u00a2\\u00a3\\u00a5\\u20a7\\u20ac";
  private static final String START_PUNCTUATION =
      "\\u00a1\\u00ab\\u00bf\\u00a9\\u0384\\u0385\\u2018\\u201a\\u201c\\u201e\\u2022\\u2039"
      + "\\uf8ff";
  private static final String END_PUNCTUATION = "\\u00ae\\u00bb\\u02dd\\u201d\\u203a\\u2122";
  private static final String NUMERIC =
      "\\u00b2\\u00b3\\u00b9\\u00b1\\u00bc\\u00bd\\u00be\\u00d7\\u00b5\\u00f7\\u2044\\u2202"
      + "\\u2206\\u220f\\u2211\\u221a\\u221e\\u2229\\u222b\\u2248\\u2260\\u2261\\u2264\\u2265"
      + "\\u2116";
  private static final String KAOMOJI =
      "\\u00d2-\\u00d6\\u00d9-\\u00dc\\u00f2-\\u00f6\\u00f8-\\u00fc\\u0150\\u014c\\u016a"
      + "\\u0172\\u00b0";
  private static final String UPPER_ACCENTED =
      "\\u00c0-\\u00d1\\u00d8\\u00dc\\u00dd\\u0102\\u0100\\u0104\\u0106\\u010c\\u010e"
      + "\\u0110\\u0118\\u011a\\u0112\\u0116\\u011e\\u0122\\u0130\\u012a\\u0136\\u0139\\u013d"
      + "\\u0141\\u013b\\u0143\\u0147\\u0145\\u0152\\u0158\\u015a\\u015e\\u0160\\u0162\\u0164"
      + "\\u016e\\u0170\\u0178\\u0179\\u017b\\u017d\\u0490";
  private static final String LOWER_ACCENTED =
      "\\u00df\\u00e0-\\u00f1\\u0103\\u0105\\u0101\\u0107\\u010d\\u010f\\u0111\\u0119"
      + "\\u011b\\u0113\\u0117\\u011f\\u0123\\u012f\\u012b\\u0137\\u013a\\u013e\\u0142\\u013c"
      + "\\u0153\\u0155\\u015b\\u015f\\u0161\\u0165\\u00fc\\u017a\\u017c\\u017e\\u0491\\ufb01"
      + "\\ufb02";
  private static final String UPPER_COMMON =
      "\\u00de\\u0391-\\u03a9\\u0386\\u0388\\u0389\\u038a\\u038c\\u038e\\u038f\\u03aa"
      + "\\u03ab\\u0401-\\u042f";
  private static final String LOWER_COMMON =
      "\\u03b1-\\u03c9\\u03ac\\u03ad\\u03ae\\u03af\\u03b0\\u0430-\\u045f";
  private static final String BOX =
      "\\u2502\\u250c\\u2510\\u2518\\u251c\\u2524\\u252c\\u253c\\u2550-\\u256c\\u2580"
      + "\\u2584\\u2588\\u258c\\u2590\\u2591\\u2592\\u2593";

  private static final Map<String, String> CATEGORIES = Map.ofEntries(
      Map.entry("common", COMMON), Map.entry("c1", C1), Map.entry("bad", BAD),
      Map.entry("law", LAW), Map.entry("currency", CURRENCY),
      Map.entry("start_punctuation", START_PUNCTUATION),
      Map.entry("end_punctuation", END_PUNCTUATION), Map.entry("numeric", NUMERIC),
      Map.entry("kaomoji", KAOMOJI), Map.entry("upper_accented", UPPER_ACCENTED),
      Map.entry("lower_accented", LOWER_ACCENTED), Map.entry("upper_common", UPPER_COMMON),
      Map.entry("lower_common", LOWER_COMMON), Map.entry("box", BOX));

  // Unlikely juxtapositions of those characters (BADNESS_RE), one alternative per line.
  private static final SequencePattern BADNESS = compileBadness(String.join("|",
      "[{c1}]",
      "[{bad}{lower_accented}{upper_accented}{box}{start_punctuation}{end_punctuation}{currency}{numeric}{law}][{bad}]",
      "[a-zA-Z][{lower_common}{upper_common}][{bad}]",
      "[{bad}][{lower_accented}{upper_accented}{box}{start_punctuation}{end_punctuation}{currency}{numeric}{law}]",
      "[{lower_accented}{lower_common}{box}{end_punctuation}{currency}{numeric}][{upper_accented}]",
      "[{box}{end_punctuation}{currency}{numeric}][{lower_accented}]",
      "[{lower_accented}{box}{end_punctuation}][{currency}]",
      "\\s[{upper_accented}][{currency}]",
      "[{upper_accented}{box}][{numeric}{law}]",
      "[{lower_accented}{upper_accented}{box}{currency}{end_punctuation}][{start_punctuation}][{numeric}]",
      "[{lower_accented}{upper_accented}{currency}{numeric}{box}{law}][{end_punctuation}][{start_punctuation}]",
      "[{currency}{numeric}{box}][{start_punctuation}]",
      "[a-z][{upper_accented}][{start_punctuation}{currency}]",
      "[{box}][{kaomoji}]",
      "[{lower_accented}{upper_accented}{currency}{numeric}{start_punctuation}{end_punctuation}{law}][{box}]",
      "[{box}][{end_punctuation}]",
      "[{lower_accented}{upper_accented}][{start_punctuation}{end_punctuation}]\\w",
      // The ligature œ when not followed by an unaccented Latin letter
      "[Œœ][^A-Za-z]",
      // Degree signs after capital letters
      "[{upper_accented}]°",
      // Common Windows-1252 2-character mojibake that isn't covered by the cases above
      "[ÂÃÎÐ][€œŠš¢£Ÿž\\xa0\\xad®©°·»{start_punctuation}{end_punctuation}–—´]",
      "×[²³]",
      // Windows-1252 mojibake of Arabic words needs to include the 'common' characters.
      // To compensate, we require four characters to be matched.
      "[ØÙ][{common}{currency}{bad}{numeric}{start_punctuation}ŸŠ®°µ»]"
          + "[ØÙ][{common}{currency}{bad}{numeric}{start_punctuation}ŸŠ®°µ»]",
      // Windows-1252 mojibake that starts 3-character sequences for some South Asian alphabets
      "à[²µ¹¼½¾]",
      // MacRoman mojibake that isn't covered by the cases above
      "√[±∂†≠®™´≤≥¥µø]",
      "≈[°¢]",
      "‚Ä[ìîïòôúùû†°¢π]",
      "‚[âó][àä°ê]",
      // Windows-1251 mojibake of characters in the U+2000 range
      "вЂ",
      // Windows-1251 mojibake of Latin-1 characters and/or the Cyrillic alphabet.
      // Because the 2-character sequences involved here may be common, we require
      // seeing a 3-character sequence.
      "[ВГРС][{c1}{bad}{start_punctuation}{end_punctuation}{currency}°µ][ВГРС]",
      // A distinctive five-character sequence of Cyrillic letters, which can be
      // Windows-1251 mojibake on top of Latin-1 mojibake of Windows-1252 characters.
      // Require a Latin letter nearby.
      "ГўВЂВ.[A-Za-z ]",
      // Windows-1252 encodings of 'à' and 'á', as well as \xa0 itself
      "Ã[\\xa0¡]",
      "[a-z]\\s?[ÃÂ][ ]",
      "^[ÃÂ][ ]",
      // Cases where Â precedes a character as an encoding of exactly the same
      // character, and the character is common enough
      "[a-z.,?!{end_punctuation}]Â[ {start_punctuation}{end_punctuation}]",
      // Windows-1253 mojibake of characters in the U+2000 range
      "β€[™\\xa0Ά\\xad®°]",
      // Windows-1253 mojibake of Latin-1 characters and/or the Greek alphabet
      "[ΒΓΞΟ][{c1}{bad}{start_punctuation}{end_punctuation}{currency}°][ΒΓΞΟ]",
      // Windows-1257 mojibake of characters in the U+2000 range
      "ā€"));

  private static SequencePattern compileBadness(String template) {
    SequencePattern pattern = SequencePattern.compile(expand(CATEGORIES, template));
    // isBad skips ASCII text on the strength of this
    if (pattern.asciiLead() < 0) throw new IllegalStateException("BADNESS can match pure ASCII");
    return pattern;
  }

  // Characters that UTF-8 lead and continuation bytes turn into in the supported encodings.
  private static final String UTF8_FIRST_OF_2 =
      "\\u0102\\u00c2\\u00c4\\u0100\\u00c5\\u00c3\\u00c6\\u0106\\u010c\\u00c7\\u010e\\u0110"
      + "\\u00c9\\u011a\\u00ca\\u00cb\\u0116\\u00c8\\u0112\\u0118\\u00d0\\u011e\\u0122\\u00cd"
      + "\\u00ce\\u00cf\\u0130\\u00cc\\u012a\\u0136\\u0139\\u013b\\u0141\\u0143\\u0147\\u0145"
      + "\\u00d1\\u00d3\\u00d4\\u00d6\\u0150\\u00d2\\u014c\\u00d8\\u00d5\\u0158\\u015a\\u0160"
      + "\\u015e\\u0162\\u00de\\u00da\\u00db\\u00dc\\u0170\\u00d9\\u016a\\u0172\\u016e\\u00dd"
      + "\\u0179\\u017d\\u017b\\u00df\\u00d7\\u0392\\u0393\\u0394\\u0395\\u0396\\u0397\\u0398"
      + "\\u0399\\u039a\\u039b\\u039c\\u039d\\u039e\\u039f\\u03a0\\u03a1\\u03a3\\u03a4\\u03a5"
      + "\\u03a6\\u03a7\\u03a8\\u03a9\\u03aa\\u03ab\\u03ac\\u03ad\\u03ae\\u03af\\u0412\\u0413"
      + "\\u0414\\u0415\\u0416\\u0417\\u0418\\u0419\\u041a\\u041b\\u041c\\u041d\\u041e\\u041f"
      + "\\u0420\\u0421\\u0422\\u0423\\u0424\\u0425\\u0426\\u0427\\u0428\\u0429\\u042a\\u042b"
      + "\\u042c\\u042d\\u042e\\u042f";
  private static final String UTF8_FIRST_OF_3 =
      "\\u00e1\\u0103\\u00e2\\u00e4\\u00e0\\u0101\\u0105\\u00e5\\u00e3\\u00e6\\u0107\\u010d"
      + "\\u00e7\\u010f\\u00e9\\u011b\\u00ea\\u00eb\\u0117\\u00e8\\u0113\\u0119\\u0119\\u0123"
      + "\\u00ed\\u00ee\\u00ef\\u00ec\\u012b\\u012f\\u0137\\u013a\\u013c\\u0155\\u017a\\u03b0"
      + "\\u03b1\\u03b2\\u03b3\\u03b4\\u03b5\\u03b6\\u03b7\\u03b8\\u03b9\\u03ba\\u03bb\\u03bc"
      + "\\u03bd\\u03be\\u03bf\\u0430\\u0431\\u0432\\u0433\\u0434\\u0435\\u0436\\u0437\\u0438"
      + "\\u0439\\u043a\\u043b\\u043c\\u043d\\u043e\\u043f";
  private static final String UTF8_FIRST_OF_4 =
      "\\u0111\\u00f0\\u011f\\u00f3\\u0161\\u03c0\\u03c3\\u0440\\u0443";
  private static final String UTF8_CONTINUATION =
      "\\u0080-\\u00bf \\u0104\\u00c6\\u013d\\u0141\\u00d8\\u0156\\u015a\\u0160\\u015e"
      + "\\u0164\\u0178\\u0179\\u017d\\u017b\\u0152\\u0105\\u00e6\\u0192\\u013e\\u0142\\u00f8"
      + "\\u0157\\u015b\\u0161\\u015f\\u0165\\u017a\\u017e\\u017c\\u0153\\u02c6\\u02c7\\u02d8"
      + "\\u02db\\u02dc\\u02dd\\u0384\\u0385\\u0386\\u0388\\u0389\\u038a\\u038c\\u038e\\u038f"
      + "\\u0401\\u0402\\u0403\\u0404\\u0405\\u0406\\u0407\\u0408\\u0409\\u040a\\u040b\\u040c"
      + "\\u040e\\u040f\\u0451\\u0452\\u0453\\u0454\\u0455\\u0456\\u0457\\u0458\\u0459\\u045a"
      + "\\u045b\\u045c\\u045e\\u045f\\u0490\\u0491\\u2013\\u2014\\u2015\\u2018\\u2019\\u201a"
      + "\\u201c\\u201d\\u201e\\u2020\\u2021\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2116"
      + "\\u2122";
  private static final String UTF8_CONTINUATION_STRICT =
      "\\u0080-\\u00bf\\u0104\\u00c6\\u013d\\u0141\\u00d8\\u0156\\u015a\\u0160\\u015e"
      + "\\u0164\\u0178\\u0179\\u017d\\u017b\\u0152\\u0105\\u00e6\\u0192\\u013e\\u0142\\u00f8"
      + "\\u0157\\u015b\\u0161\\u015f\\u0165\\u017a\\u017e\\u017c\\u0153\\u02c6\\u02c7\\u02d8"
      + "\\u02db\\u02dc\\u02dd\\u0384\\u0385\\u0386\\u0388\\u0389\\u038a\\u038c\\u038e\\u038f"
      + "\\u0401\\u0402\\u0403\\u0404\\u0405\\u0406\\u0407\\u0408\\u0409\\u040a\\u040b\\u040c"
      + "\\u040e\\u040f\\u0451\\u0452\\u0453\\u0454\\u0455\\u0456\\u0457\\u0458\\u0459\\u045a"
      + "\\u045b\\u045c\\u045e\\u045f\\u0490\\u0491\\u2020\\u2021\\u2030\\u2039\\u203a\\u20ac"
      + "\\u2116\\u2122";

  private static final IntPredicate FIRST_OF_2 = SequencePattern.charClass("[" + UTF8_FIRST_OF_2 + "]");
  private static final IntPredicate FIRST_OF_3 = SequencePattern.charClass("[" + UTF8_FIRST_OF_3 + "]");
  private static final IntPredicate FIRST_OF_4 = SequencePattern.charClass("[" + UTF8_FIRST_OF_4 + "]");
  private static final IntPredicate CONTINUATION =
      SequencePattern.charClass("[" + UTF8_CONTINUATION + "]");
  private static final IntPredicate CONTINUATION_STRICT =
      SequencePattern.charClass("[" + UTF8_CONTINUATION_STRICT + "]");

  /** The template with each {category} replaced by its characters. */
  private static String expand(Map<String, String> categories, String template) {
    StringBuilder regex = new StringBuilder(template.length() * 8);
    Matcher m = Pattern.compile("\\{([a-z_0-9]+)\\}").matcher(template);
    while (m.find()) {
      String value = categories.get(m.group(1));
      // {2} and {3} are quantifiers, not categories
      m.appendReplacement(regex, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(regex);
    return regex.toString();
  }

  /**
   * A cheap test that {@link #isBad} can only pass: every BADNESS alternative needs a C1
   * control, Œ/œ, Ã/Â, or two adjacent non-ASCII characters (none of them surrogates).
   */
  static boolean mightBeBad(CharSequence text) {
    boolean previousHigh = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        previousHigh = false;
        continue;
      }
      if (c <= 0x9f || c == 'Ã' || c == 'Â' || c == 'Œ' || c == 'œ') return true;
      boolean high = !Character.isSurrogate(c);
      if (high && previousHigh) return true;
      previousHigh = high;
    }
    return false;
  }

  /** ftfy's is_bad: the text contains at least one unlikely sequence. */
  static boolean isBad(CharSequence text) {
    if (!mightBeBad(text)) return false;
    // Every alternative needs a non-ASCII character within its first few atoms, so a match
    // starts at most BADNESS.asciiLead() chars before one; ASCII stretches are skipped.
    int lead = BADNESS.asciiLead();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && text.charAt(i) < 0x80) i++;
      if (i == n) return false;
      int start = i;
      while (i < n && text.charAt(i) >= 0x80) i++;
      if (BADNESS.findIn(text, Math.max(0, start - lead), i)) return true;
    }
    return false;
  }

  /**
   * The runs of {@code text} that look like whole UTF-8 sequences mis-decoded, as
   * {@code [start, end)} pairs: ftfy's UTF8_DETECTOR_RE,
   * {@code (?<![cont_strict])([first_of_2][cont]|[first_of_3][cont]{2}|[first_of_4][cont]{3})+},
   * matched by hand because Java's regex engine recurses once per repetition of the group and
   * overflows the stack on a long garble. The look-behind keeps a run from starting in the
   * middle of a longer garble.
   */
  static List<int[]> utf8Runs(CharSequence text) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) < 0x80 || (i > 0 && CONTINUATION_STRICT.test(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i;
      for (int next = sequenceEnd(text, end); next > 0; next = sequenceEnd(text, end)) end = next;
      if (end > i) runs.add(new int[] {i, end});
      i = Math.max(end, i + 1);
    }
    return runs;
  }

  /** The end of one UTF-8-looking sequence at {@code at}, or -1; alternatives in ftfy's order. */
  private static int sequenceEnd(CharSequence text, int at) {
    if (at >= text.length()) return -1;
    char c = text.charAt(at);
    if (FIRST_OF_2.test(c) && continuations(text, at + 1, 1)) return at + 2;
    if (FIRST_OF_3.test(c) && continuations(text, at + 1, 2)) return at + 3;
    if (FIRST_OF_4.test(c) && continuations(text, at + 1, 3)) return at + 4;
    return -1;
  }

  private static boolean continuations(CharSequence text, int from, int count) {
    if (from + count > text.length()) return false;
    for (int i = from; i < from + count; i++) {
      if (!CONTINUATION.test(text.charAt(i))) return false;
    }
    return true;
  }
}
