package newsgraph.repair;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte-level steps of mojibake repair: decoding UTF-8 (with the variants ftfy accepts) and the
 * two fixes ftfy applies to the bytes before decoding them.
 *
 * <p>Ported from python-ftfy 6.3.1 (Apache License 2.0, Copyright Robyn Speer):
 * {@code ftfy/bad_codecs/utf8_variants.py}, and {@code restore_byte_a0} and
 * {@code replace_lossy_sequences} from {@code ftfy/fixes.py} with their regexes from
 * {@code ftfy/chardata.py}. The byte regexes run over the bytes read as Latin-1 characters.
 */
final class Utf8Bytes {

  private Utf8Bytes() {}

  // Sequences that would be UTF-8 if a byte A0 had not been turned into a space by a program
  // that took it for a no-break space (ALTERED_UTF8_RE).
  //
  // One deviation from ftfy: "â€ " (E2 80 20) is not read as "†" (E2 80 A0). In news it is
  // nearly always a closing quote ” (E2 80 9D) whose last byte, unassigned in Windows-1252,
  // was dropped; left alone, it is restored as a quotation mark by LossyQuoteRestorer.
  private static final Pattern ALTERED_UTF8 = Pattern.compile(
      "[\\xc2\\xc3\\xc5\\xce\\xd0\\xd9][ ]"
      + "|[\\xe2\\xe3][ ][\\x80-\\x84\\x86-\\x9f\\xa1-\\xbf]"
      + "|(?!\\xe2\\x80 )[\\xe0-\\xe3][\\x80-\\x84\\x86-\\x9f\\xa1-\\xbf][ ]"
      + "|[\\xf0][ ][\\x80-\\xbf][\\x80-\\xbf]"
      + "|[\\xf0][\\x80-\\xbf][ ][\\x80-\\xbf]"
      + "|[\\xf0][\\x80-\\xbf][\\x80-\\xbf][ ]");

  // "à" followed by a space, except in Portuguese words where the space really is one.
  private static final Pattern A_GRAVE_WORD = Pattern.compile("\\xc3 (?! |quele|quela|quilo|s )");

  // UTF-8 sequences some of whose bytes were lost (byte 1A, or at most one '?'); they decode as
  // U+FFFD instead of failing the whole decode (LOSSY_UTF8_RE).
  private static final Pattern LOSSY_UTF8 = Pattern.compile(
      "[\\xc2-\\xdf][\\x1a]"
      + "|[\\xc2-\\xc3][?]"
      + "|\\xed[\\xa0-\\xaf][\\x1a?]\\xed[\\xb0-\\xbf][\\x1a?\\x80-\\xbf]"
      + "|\\xed[\\xa0-\\xaf][\\x1a?\\x80-\\xbf]\\xed[\\xb0-\\xbf][\\x1a?]"
      + "|[\\xe0-\\xef][\\x1a?][\\x1a\\x80-\\xbf]"
      + "|[\\xe0-\\xef][\\x1a\\x80-\\xbf][\\x1a?]"
      + "|[\\xf0-\\xf4][\\x1a?][\\x1a\\x80-\\xbf][\\x1a\\x80-\\xbf]"
      + "|[\\xf0-\\xf4][\\x1a\\x80-\\xbf][\\x1a?][\\x1a\\x80-\\xbf]"
      + "|[\\xf0-\\xf4][\\x1a\\x80-\\xbf][\\x1a\\x80-\\xbf][\\x1a?]"
      + "|\\x1a");

  private static final String REPLACEMENT_BYTES = "\u00ef\u00bf\u00bd"; // U+FFFD in UTF-8

  static boolean hasAlteredUtf8(byte[] bytes) {
    return hasAfterLeadByte(bytes, (byte) ' ') && ALTERED_UTF8.matcher(asLatin1(bytes)).find();
  }

  /** Whether {@code b} occurs within three bytes after a UTF-8 lead byte: cheap pre-check. */
  private static boolean hasAfterLeadByte(byte[] bytes, byte b) {
    int lastLead = -10;
    for (int i = 0; i < bytes.length; i++) {
      int v = bytes[i] & 0xff;
      if (v >= 0xc2) lastLead = i;
      else if (bytes[i] == b && i - lastLead <= 3) return true;
    }
    return false;
  }

  /** ftfy's restore_byte_a0: puts back the A0 bytes that became spaces inside UTF-8 sequences. */
  static byte[] restoreByteA0(byte[] bytes) {
    String s = A_GRAVE_WORD.matcher(asLatin1(bytes)).replaceAll("\u00c3\u00a0 ");
    Matcher m = ALTERED_UTF8.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group().replace(' ', '\u00a0')));
    m.appendTail(out);
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** ftfy's replace_lossy_sequences: a UTF-8 sequence with lost bytes becomes U+FFFD. */
  static byte[] replaceLossySequences(byte[] bytes) {
    if (!hasAfterLeadByte(bytes, (byte) '?') && !contains(bytes, (byte) 0x1a)) return bytes;
    String s = LOSSY_UTF8.matcher(asLatin1(bytes)).replaceAll(REPLACEMENT_BYTES);
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) return true;
    }
    return false;
  }

  private static String asLatin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /**
   * Decodes UTF-8 as ftfy's "utf-8-variants" codec does: strict UTF-8 (shortest forms, no
   * surrogates), plus CESU-8 surrogate pairs and Java's two-byte NUL (C0 80). Returns null when
   * the bytes are not that.
   */
  static String decode(byte[] b) {
    StringBuilder out = new StringBuilder(b.length);
    int i = 0;
    while (i < b.length) {
      int b0 = b[i] & 0xff;
      if (b0 < 0x80) {
        out.append((char) b0);
        i++;
      } else if (b0 == 0xc0) {
        if (i + 1 >= b.length || (b[i + 1] & 0xff) != 0x80) return null;
        out.append('\0');
        i += 2;
      } else if (b0 >= 0xc2 && b0 <= 0xdf) {
        if (!cont(b, i + 1)) return null;
        out.append((char) (((b0 & 0x1f) << 6) | (b[i + 1] & 0x3f)));
        i += 2;
      } else if (b0 >= 0xe0 && b0 <= 0xef) {
        if (!cont(b, i + 1) || !cont(b, i + 2)) return null;
        int b1 = b[i + 1] & 0xff;
        if (b0 == 0xe0 && b1 < 0xa0) return null; // overlong
        if (b0 == 0xed && b1 >= 0xa0) {
          // A UTF-16 surrogate written as UTF-8: only a high+low pair (CESU-8) is accepted.
          if (b1 > 0xaf || i + 5 >= b.length) return null;
          int b3 = b[i + 3] & 0xff;
          int b4 = b[i + 4] & 0xff;
          if (b3 != 0xed || b4 < 0xb0 || b4 > 0xbf || !cont(b, i + 5)) return null;
          int cp = 0x10000 + ((b1 & 0x0f) << 16) + ((b[i + 2] & 0x3f) << 10)
              + ((b4 & 0x0f) << 6) + (b[i + 5] & 0x3f);
          out.appendCodePoint(cp);
          i += 6;
          continue;
        }
        out.append((char) (((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b[i + 2] & 0x3f)));
        i += 3;
      } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        if (!cont(b, i + 1) || !cont(b, i + 2) || !cont(b, i + 3)) return null;
        int b1 = b[i + 1] & 0xff;
        if ((b0 == 0xf0 && b1 < 0x90) || (b0 == 0xf4 && b1 > 0x8f)) return null;
        int cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6)
            | (b[i + 3] & 0x3f);
        out.appendCodePoint(cp);
        i += 4;
      } else {
        return null;
      }
    }
    return out.toString();
  }

  private static boolean cont(byte[] b, int i) {
    return i < b.length && (b[i] & 0xc0) == 0x80;
  }
}
