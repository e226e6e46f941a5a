package newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An input's bytes with their kind, sniffed from the content (not the file name): gzip is
 * unwrapped, then the first bytes tell text from JSON Lines, HTML, RSS/Atom/RDF feeds, WARC, other
 * XML and binary. A file named
 * {@code .html} or {@code .htm} that reads as text is taken as HTML too.
 */
final class Payload {
  private static final int SNIFF_BYTES = 64 * 1024;

  enum Kind { EMPTY, BINARY, UNSUPPORTED, JSON_LINES, HTML, TEXT, FEED, WARC }

  private final Kind kind;
  private final String detail;
  private final InputStream stream;
  private final boolean compressed;
  private final long size;

  private Payload(Kind kind, String detail, InputStream stream, boolean compressed, long size) {
    this.kind = kind;
    this.detail = detail;
    this.stream = stream;
    this.compressed = compressed;
    this.size = size;
  }

  /** @param size the input's size in bytes, or -1 when unknown (stdin) */
  static Payload open(String source, InputStream raw, long size) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
    byte[] head = peek(in, 2, new boolean[1]);
    boolean compressed = head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    if (compressed) {
      in = new BufferedInputStream(new GZIPInputStream(in), SNIFF_BYTES);
    }
    boolean[] cut = new boolean[1];
    head = peek(in, SNIFF_BYTES, cut);
    if (compressed && cut[0] && head.length == 0) {
      return new Payload(Kind.UNSUPPORTED, "truncated or corrupt gzip: it breaks off before any data", in, true, size);
    }
    Kind kind;
    String detail = null;
    int first = firstNonSpace(head);
    // Before the binary check: a WARC holds images and other binary records among its pages.
    if (first >= 0 && startsWith(head, first, "WARC/1.")) {
      return new Payload(Kind.WARC, null, in, compressed, size);
    }
    String magic = binaryMagic(head);
    if (magic != null) {
      kind = Kind.BINARY;
      detail = magic;
    } else if (first < 0 && head.length < SNIFF_BYTES) {
      kind = Kind.EMPTY;
    } else if (first < 0) {
      kind = Kind.TEXT;
    } else if (head[first] == '{') {
      kind = Kind.JSON_LINES;
    } else if (startsWith(head, first, "WARC/")) {
      kind = Kind.UNSUPPORTED;
      detail = "WARC version not supported (only WARC/1.0 and 1.1)";
    } else if (head[first] == '<' && isFeed(head, first)) {
      kind = Kind.FEED;
    } else if (head[first] == '<' && looksLikeHtml(head, first)) {
      kind = Kind.HTML;
    } else if (head[first] == '<') {
      kind = Kind.UNSUPPORTED;
      detail = "XML that is neither an RSS/Atom/RDF feed nor HTML; give the article as HTML, plain text or JSON Lines";
    } else {
      kind = hasHtmlName(source) ? Kind.HTML : Kind.TEXT;
    }
    return new Payload(kind, detail, in, compressed, size);
  }

  Kind kind() { return kind; }
  String detail() { return detail; }
  InputStream stream() { return stream; }
  boolean compressed() { return compressed; }
  /** Size of the raw input in bytes, -1 when unknown. */
  long size() { return size; }

  /**
   * Up to n bytes from the start, left unread. A truncated gzip stops the peek where its data ends
   * and sets {@code cut[0]} (the reader meets the same error there and reports it where it belongs,
   * e.g. the WARC record).
   */
  private static byte[] peek(BufferedInputStream in, int n, boolean[] cut) throws IOException {
    in.mark(n);
    byte[] buf = new byte[n];
    int got = 0;
    try {
      for (int r; got < n && (r = in.read(buf, got, n - got)) > 0; ) got += r;
    } catch (EOFException e) {
      cut[0] = true; // truncated input: sniff what there is
    }
    in.reset();
    return got == n ? buf : Arrays.copyOf(buf, got);
  }

  /** A name for content that is certainly not text, or null. UTF-16 with a BOM is text. */
  private static String binaryMagic(byte[] b) {
    if (b.length >= 2 && ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
        || (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)) {
      return null;
    }
    if (startsWith(b, 0, "%PDF")) return "a PDF document";
    if (startsWith(b, 0, "PK\u0003\u0004")) return "a ZIP archive";
    if (b.length >= 4 && (b[0] & 0xff) == 0x89 && startsWith(b, 1, "PNG")) return "a PNG image";
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "a JPEG image";
    }
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) return "NUL byte at offset " + i;
    }
    return null;
  }

  /** HTML unless the markup opens as XML (a declaration, an RSS or Atom feed, a sitemap). */
  private static boolean looksLikeHtml(byte[] b, int first) {
    String start = new String(b, first, Math.min(b.length - first, 1024), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) return true;
    if (start.startsWith("<?xml") && !start.contains("<html") || start.startsWith("<rss")
        || start.startsWith("<feed") || start.startsWith("<urlset") || start.startsWith("<rdf")) {
      return false;
    }
    return true;
  }

  /**
   * Whether the root element, past an XML declaration, comments, processing instructions and a
   * DOCTYPE (which the feed parser then refuses, with a reason), is {@code rss}, {@code feed} or
   * {@code rdf:RDF}.
   */
  static boolean isFeed(byte[] b, int first) {
    String s = new String(b, first, Math.min(b.length - first, 16 * 1024), StandardCharsets.ISO_8859_1);
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
      if (s.startsWith("<?", i)) {
        i = after(s, i, "?>");
      } else if (s.startsWith("<!--", i)) {
        i = after(s, i, "-->");
      } else if (s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int close = s.indexOf('>', i);
        int subset = s.indexOf('[', i);
        i = subset >= 0 && (close < 0 || subset < close) ? after(s, subset, "]>") : after(s, i, ">");
      } else {
        break;
      }
    }
    return s.startsWith("<rss", i) || s.startsWith("<feed", i) || s.regionMatches(true, i, "<rdf:RDF", 0, 8);
  }

  private static int after(String s, int from, String end) {
    int at = s.indexOf(end, from);
    return at < 0 ? s.length() : at + end.length();
  }

  private static boolean hasHtmlName(String source) {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
  }

  private static int firstNonSpace(byte[] b) {
    int i = 0;
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) i = 3;
    for (; i < b.length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r' && b[i] != '\f') return i;
    }
    return -1;
  }

  private static boolean startsWith(byte[] b, int at, String ascii) {
    if (b.length - at < ascii.length()) return false;
    for (int i = 0; i < ascii.length(); i++) {
      if (b[at + i] != ascii.charAt(i)) return false;
    }
    return true;
  }
}
