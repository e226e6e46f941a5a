package newsgraph.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The analysed article of CONTRACT §2: metadata, the repaired text and every annotation on it.
 * Immutable; stages return a copy made with the {@code with...} methods. Every span must lie
 * inside {@code text}, counted in code points; the constructor refuses one that does not.
 */
public record Document(String id, String source, String url, String title, String byline,
    String language, LocalDate published, Dateline dateline, String text, List<Repair> repairs,
    List<Paragraph> paragraphs, List<Sentence> sentences, List<Token> tokens,
    List<Entity> entities, List<Quote> quotes, List<DateMention> dates) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    repairs = List.copyOf(repairs);
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    dates = List.copyOf(dates);
    checkSpans(text, dateline, repairs, paragraphs, sentences, tokens, entities, quotes, dates);
  }

  /** A document holding the article's text and metadata and no annotations yet. */
  public static Document of(Article a) {
    return new Document(idOf(a.source(), a.text()), a.source(), a.url(), a.title(), a.byline(),
        a.language(), a.published(), null, a.text(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  /**
   * The contract's stable id: SHA-256 over the source, a NUL, and the repaired text (UTF-8),
   * first 16 hex digits. The NUL keeps ("ab", "c") apart from ("a", "bc").
   */
  public static String idOf(String source, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(source.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * The document with new text and the repairs that produced it. Annotations on the old text
   * would point at the wrong characters, so they must not exist yet: repair runs first.
   */
  public Document withText(String newText, List<Repair> newRepairs) {
    if (dateline != null || !paragraphs.isEmpty() || !sentences.isEmpty() || !tokens.isEmpty()
        || !entities.isEmpty() || !quotes.isEmpty() || !dates.isEmpty()) {
      throw new IllegalStateException("text of " + source + " changed after it was annotated");
    }
    return new Document(idOf(source, newText), source, url, title, byline, language, published,
        null, newText, newRepairs, paragraphs, sentences, tokens, entities, quotes, dates);
  }

  public Document withPublished(LocalDate date) {
    return new Document(id, source, url, title, byline, language, date, dateline, text, repairs,
        paragraphs, sentences, tokens, entities, quotes, dates);
  }

  public Document withDateline(Dateline d) {
    return new Document(id, source, url, title, byline, language, published, d, text, repairs,
        paragraphs, sentences, tokens, entities, quotes, dates);
  }

  public Document withParagraphs(List<Paragraph> p) {
    return new Document(id, source, url, title, byline, language, published, dateline, text,
        repairs, p, sentences, tokens, entities, quotes, dates);
  }

  public Document withSentences(List<Sentence> s, List<Token> t) {
    return new Document(id, source, url, title, byline, language, published, dateline, text,
        repairs, paragraphs, s, t, entities, quotes, dates);
  }

  public Document withEntities(List<Entity> e) {
    return new Document(id, source, url, title, byline, language, published, dateline, text,
        repairs, paragraphs, sentences, tokens, e, quotes, dates);
  }

  public Document withQuotes(List<Quote> q) {
    return new Document(id, source, url, title, byline, language, published, dateline, text,
        repairs, paragraphs, sentences, tokens, entities, q, dates);
  }

  public Document withDates(List<DateMention> d) {
    return new Document(id, source, url, title, byline, language, published, dateline, text,
        repairs, paragraphs, sentences, tokens, entities, quotes, d);
  }

  /** The tokens that lie inside {@code span}, in order (tokens are sorted by start). */
  public List<Token> tokensIn(Span span) {
    int first = tokenAtOrAfter(span.start());
    int end = first;
    while (end < tokens.size() && tokens.get(end).span().end() <= span.end()) end++;
    return tokens.subList(first, end);
  }

  /** Index of the first token that starts at or after the code point; the token count when none does. */
  public int tokenAtOrAfter(int codePoint) {
    int lo = 0, hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().start() < codePoint) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Index of the last token that ends at or before the code point; -1 when none does. */
  public int tokenBefore(int codePoint) {
    int lo = 0, hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= codePoint) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }

  /** The sentence that holds the code point, or null (sentences are sorted and do not overlap). */
  public Sentence sentenceAt(int codePoint) {
    int lo = 0, hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().start() <= codePoint) lo = mid + 1; else hi = mid;
    }
    if (lo == 0) return null;
    Sentence s = sentences.get(lo - 1);
    return codePoint < s.span().end() ? s : null;
  }

  /** The name of the entity that speaks a quote, or null when the article does not name one. */
  public String speakerName(Quote q) {
    if (q.speaker() == null) return null;
    for (Entity e : entities) if (e.id().equals(q.speaker())) return e.name();
    return null;
  }

  private static void checkSpans(String text, Dateline dateline, List<Repair> repairs,
      List<Paragraph> paragraphs, List<Sentence> sentences, List<Token> tokens,
      List<Entity> entities, List<Quote> quotes, List<DateMention> dates) {
    int length = text.codePointCount(0, text.length());
    if (dateline != null) check(dateline.extent(), length, "dateline");
    for (Repair r : repairs) check(r.span(), length, "repair");
    for (Paragraph p : paragraphs) check(p.span(), length, "paragraph");
    for (Sentence s : sentences) check(s.span(), length, "sentence");
    for (Token t : tokens) check(t.span(), length, "token");
    for (Entity e : entities) {
      for (Mention m : e.mentions()) check(m.span(), length, "mention of " + e.id());
    }
    for (Quote q : quotes) {
      check(q.span(), length, "quote " + q.id());
      if (q.cueSpan() != null) check(q.cueSpan(), length, "cue of " + q.id());
      if (q.speakerMention() != null) check(q.speakerMention().span(), length, "speaker of " + q.id());
    }
    for (DateMention d : dates) check(d.span(), length, "date");
  }

  private static void check(Span span, int length, String what) {
    if (span.end() > length) {
      throw new IllegalArgumentException(what + " span [" + span.start() + ", " + span.end()
          + ") runs past the text's " + length + " code points");
    }
  }
}
