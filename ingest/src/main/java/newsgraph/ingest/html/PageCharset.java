package newsgraph.ingest.html;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a page's bytes. A byte-order mark wins; then the declaration (the HTTP header's
 * {@code charset}, else the page's {@code <meta charset>} or {@code http-equiv}), checked against
 * the bytes; then detection with ICU4J's {@link CharsetDetector}.
 *
 * <p>Declarations are often wrong, and the bytes can prove it: text that is valid UTF-8 and holds
 * non-ASCII characters is UTF-8 whatever the page says (Latin-1 or Windows-1251 text almost never
 * forms valid UTF-8 sequences by chance), and bytes that are not valid UTF-8 cannot be the UTF-8
 * they claim. A single-byte declaration is also overruled when the detector is sure the text is
 * in another script's single-byte charset (a Russian page in Windows-1251 declared ISO-8859-1).
 * Labels are read as browsers read them: ISO-8859-1 and US-ASCII mean Windows-1252.
 */
public final class PageCharset {
  /** How far into the page the {@code <meta>} declaration is looked for. */
  private static final int PRESCAN_BYTES = 16 * 1024;
  private static final Pattern META = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Single-byte charsets of other scripts, which the detector tells apart from Latin reliably. */
  private static final Set<String> OTHER_SCRIPTS = Set.of("windows-1251", "KOI8-R", "ISO-8859-5",
      "windows-1253", "ISO-8859-7", "windows-1255", "ISO-8859-8", "ISO-8859-8-I", "windows-1256", "ISO-8859-6");
  /** Detector confidence (0-100) needed to overrule a declaration. */
  private static final int OVERRULE_CONFIDENCE = 50;

  /** Text decoded, the charset used, and when the declaration was not followed, why (else null). */
  public record Decoded(String text, Charset charset, String note) {}

  private PageCharset() {}

  /** @param httpCharset the HTTP Content-Type's charset label, or null */
  public static Decoded decode(byte[] bytes, String httpCharset) {
    int bomLength = 0;
    Charset charset = null;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      bomLength = 3;
      charset = StandardCharsets.UTF_8;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      bomLength = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      bomLength = 2;
      charset = StandardCharsets.UTF_16BE;
    }
    if (charset != null) {
      return new Decoded(new String(bytes, bomLength, bytes.length - bomLength, charset), charset, null);
    }
    Charset wide = utf16WithoutBom(bytes);
    if (wide != null) return new Decoded(new String(bytes, wide), wide, "no byte-order mark but UTF-16 bytes; read as " + wide.name());
    // An HTTP label Java does not know is no declaration: the page's own may still name a known one.
    String label = forLabel(httpCharset) != null ? httpCharset : metaCharset(bytes);
    Charset declared = forLabel(label);
    String note = null;
    Utf8 utf8 = Utf8.check(bytes);
    boolean declaredUtf8 = StandardCharsets.UTF_8.equals(declared);
    if (utf8.ascii()) {
      // Any ASCII-based charset reads it alike; a UTF-16 label without a BOM is a mistake for these bytes.
      charset = declared != null && isAsciiBased(declared) ? declared : StandardCharsets.UTF_8;
    } else if (utf8.valid() || (declared == null || declaredUtf8) && utf8.mostly()) {
      charset = StandardCharsets.UTF_8;
      if (declared != null && !declaredUtf8) {
        note = "declared " + label + " but the bytes are UTF-8; read as UTF-8";
      }
    } else if (declared != null && !declaredUtf8) {
      charset = declared;
      Charset detected = detect(bytes, declared.name());
      if (detected != null && isSingleByteLatin(declared) && OTHER_SCRIPTS.contains(detected.name())) {
        charset = detected;
        note = "declared " + label + " but the text reads as " + detected.name() + "; read as " + detected.name();
      }
    } else {
      Charset detected = detect(bytes, null);
      charset = detected != null ? detected : WINDOWS_1252;
      note = (declared == null ? "no charset declared and not UTF-8" : "declared " + label + " but not valid UTF-8")
          + "; detected " + charset.name();
    }
    return new Decoded(new String(bytes, charset), charset, note);
  }

  /**
   * UTF-16 without a byte-order mark, told by its NUL bytes: Latin text has one in every other
   * byte (odd places little-endian, even places big-endian), which no ASCII-based page has.
   * Null when the bytes do not look so.
   */
  static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, PRESCAN_BYTES) & ~1;
    if (n < 4) return null;
    int even = 0, odd = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if ((i & 1) == 0) even++; else odd++;
      }
    }
    int pairs = n / 2;
    if (odd * 3 >= pairs && even * 50 <= pairs) return StandardCharsets.UTF_16LE;
    if (even * 3 >= pairs && odd * 50 <= pairs) return StandardCharsets.UTF_16BE;
    return null;
  }

  /** The label in the page's first {@code <meta charset>} or {@code http-equiv} Content-Type, or null. */
  static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /** The charset a label names, as browsers read labels; null when unknown. */
  static Charset forLabel(String label) {
    if (label == null) return null;
    String l = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (l.isEmpty()) return null;
    switch (l) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252",
          "x-cp1252" -> {
        return WINDOWS_1252;
      }
      case "utf8", "unicode-1-1-utf-8" -> {
        return StandardCharsets.UTF_8;
      }
      default -> { }
    }
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** ICU4J's best guess that Java can decode, or null. UTF-8 is left out: the bytes are not valid UTF-8. */
  private static Charset detect(byte[] bytes, String declaredHint) {
    CharsetDetector detector = new CharsetDetector();
    detector.setDeclaredEncoding(declaredHint);
    detector.enableInputFilter(true); // ignore markup, which is ASCII and would drown the signal
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch match : matches) {
      if (match.getConfidence() < 10) break;
      String name = match.getName();
      if (name.startsWith("UTF-") || name.startsWith("IBM")) continue; // IBM4xx: EBCDIC, never a web page
      Charset charset = forLabel(name);
      if (charset != null) {
        // A declaration is overruled only by a confident guess.
        if (declaredHint != null && match.getConfidence() < OVERRULE_CONFIDENCE) return null;
        return charset;
      }
    }
    return null;
  }

  private static boolean isAsciiBased(Charset c) {
    String n = c.name();
    return !n.startsWith("UTF-16") && !n.startsWith("UTF-32") && !n.startsWith("x-UTF-16") && !n.startsWith("x-UTF-32");
  }

  private static boolean isSingleByteLatin(Charset c) {
    String n = c.name();
    return n.equals("windows-1252") || n.equals("ISO-8859-1") || n.equals("ISO-8859-15") || n.equals("US-ASCII");
  }

  /**
   * How the bytes read as UTF-8: the number of well-formed multi-byte sequences and of bytes that
   * fit no sequence. A sequence cut off by the end of the input (a capped or truncated payload)
   * counts as neither.
   */
  record Utf8(int sequences, int invalid) {
    boolean ascii() {
      return sequences == 0 && invalid == 0;
    }

    /** UTF-8 beyond doubt: multi-byte characters and no stray byte. */
    boolean valid() {
      return sequences > 0 && invalid == 0;
    }

    /** More UTF-8 characters than stray bytes: a UTF-8 page with a few bad bytes in it. */
    boolean mostly() {
      return sequences > 0 && invalid <= sequences;
    }

    static Utf8 check(byte[] b) {
      int sequences = 0;
      int invalid = 0;
      int i = 0;
      int n = b.length;
      while (i < n) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
          i++;
          continue;
        }
        int len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (len == 0) {
          invalid++;
          i++;
          continue;
        }
        int cp = c & (0xff >> (len + 1));
        int k = 1;
        for (; k < len && i + k < n && (b[i + k] & 0xc0) == 0x80; k++) cp = cp << 6 | b[i + k] & 0x3f;
        if (k < len && i + k == n) break; // cut off by the end of the input
        int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (k < len || cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) {
          invalid++;
          i++;
          continue;
        }
        sequences++;
        i += len;
      }
      return new Utf8(sequences, invalid);
    }
  }
}
