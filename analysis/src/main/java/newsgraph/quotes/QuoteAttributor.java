package newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Quote;
import newsgraph.document.Sentence;
import newsgraph.document.Span;
import newsgraph.document.Token;
import newsgraph.entities.SpeechVerbs;
import newsgraph.pipeline.Stage;

/**
 * Adds {@code quotes}: what was said and who said it. Needs sentences, tokens and entities.
 *
 * <ul>
 *   <li>direct: content in quotation marks that stands as the speaker's words
 *       ({@code "We will," she said}); split quotes and quotes over several paragraphs are
 *       found by {@link QuoteMarks};</li>
 *   <li>partial: a quoted fragment inside a sentence that is otherwise reported
 *       ({@code called the plan "a reckless gamble"}); a fragment of one to three words with no
 *       verb of saying near it is a title or scare quote, not speech;</li>
 *   <li>indirect: {@code X said (that) ...} and {@code ..., X said.} without quotation marks.</li>
 * </ul>
 * The speaker is the entity named next to the cue ({@code said Caddell}, {@code Smith said}); a
 * pronoun ({@code she said}, {@code He added}) is the last speaker, or else the last person
 * named; {@code the spokesman} is the entity with that role; a quote with no cue of its own that
 * follows a quote in the same or the previous paragraph continues it. Otherwise the speaker is null.
 */
public final class QuoteAttributor implements Stage {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
  /** Cues that report speech when no quotation marks are used ("called" does not). */
  private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "insisted",
      "insists", "warned", "warns", "confirmed", "confirms", "argued", "argues", "announced",
      "announces", "denied", "denies", "added", "adds", "claimed", "claims", "stated", "states",
      "noted", "notes", "explained", "explains", "acknowledged", "admitted", "stressed", "suggested",
      "predicted", "estimated", "maintained", "reiterated", "cautioned", "say", "wrote", "writes",
      "reported", "tweeted", "recalled", "declared",
      "saying", "adding", "noting", "arguing", "telling", "explaining", "insisting", "warning",
      "believes", "believe", "thinks", "think");
  // The commonest cues of PolNeAR's training split (said 2,947, told 306, according to 306,
  // says 273, wrote 160, say 159, added 150, ...) are all here; "called" and "asked" are left
  // out because without quotation marks they rarely report speech ("called for", "asked to").
  private static final int WINDOW = 6;
  /** Cues that continue the last speaker's words: "He added". */
  private static final Set<String> CONTINUING = Set.of("added", "adds", "continued", "continues");

  @Override
  public Document apply(Document doc) {
    if (doc.sentences().isEmpty()) return doc;
    Context ctx = new Context(doc);
    List<QuoteMarks.Quoted> marks = QuoteMarks.find(doc.text());
    List<Span> quotedSpans = new ArrayList<>();
    for (QuoteMarks.Quoted q : marks) {
      quotedSpans.add(ctx.index.span(Math.max(0, q.start() - 1), Math.min(doc.text().length(), q.end() + 1)));
    }
    // Quotes and reported sentences in text order, so "She added" finds the speaker before it.
    List<Object> events = new ArrayList<>(marks);
    for (Sentence s : doc.sentences()) {
      boolean hasQuote = false;
      for (Span q : quotedSpans) if (q.overlaps(s.span())) hasQuote = true;
      if (!hasQuote) events.add(s);
    }
    events.sort(java.util.Comparator.comparingInt(e -> e instanceof Sentence s ? s.span().start()
        : ctx.index.toCodePoint(((QuoteMarks.Quoted) e).start())));

    List<Quote> quotes = new ArrayList<>();
    Attribution previous = null;
    int previousParagraph = -10;
    for (Object event : events) {
      Quote quote = event instanceof Sentence s ? reported(ctx, s)
          : quoted(ctx, (QuoteMarks.Quoted) event, previous, previousParagraph);
      if (quote == null) continue;
      quotes.add(quote);
      if (quote.speaker() != null) {
        ctx.accept(quote.speaker());
        if (!(event instanceof Sentence)) {
          previous = new Attribution(quote.cue(), quote.cueSpan(), quote.speaker(),
              quote.speakerMention(), quote.confidence(), true);
          previousParagraph = ctx.paragraphOf(quote.span().start());
        }
      }
    }
    List<Quote> numbered = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      numbered.add(new Quote("q" + (numbered.size() + 1), q.kind(), q.text(), q.span(), q.cue(),
          q.cueSpan(), q.speaker(), q.speakerMention(), q.confidence()));
    }
    return doc.withQuotes(numbered);
  }

  /** A quotation-marked stretch as a direct or partial quote, or null for a title or scare quote. */
  private static Quote quoted(Context ctx, QuoteMarks.Quoted q, Attribution previous, int previousParagraph) {
    Span content = ctx.index.span(q.start(), q.end());
    String text = ctx.index.substring(content);
    int openToken = ctx.tokenAtOrAfter(ctx.index.toCodePoint(q.start() - 1));
    int closeToken = ctx.tokenBefore(ctx.index.toCodePoint(Math.min(q.end() + 1, ctx.doc.text().length())));
    Attribution a = attributeAround(ctx, openToken, closeToken);
    int paragraph = ctx.paragraphOf(content.start());
    boolean sentenceOpens = ctx.opensSentence(openToken);
    boolean speechLike = text.strip().matches("(?s).*[.,?!:;\u2014-]$") || text.split("\\s+").length >= 6;
    if (a == null && previous != null && paragraph - previousParagraph <= 1 && sentenceOpens) {
      a = previous.continued();
    }
    Quote.Kind kind = sentenceOpens || a != null && a.adjacent ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;
    if (kind == Quote.Kind.PARTIAL) {
      if (a == null) a = ctx.reportingSpeakerBefore(openToken);
      if (a == null && (text.split("\\s+").length <= 3 || !speechLike)) return null; // title or scare quote
    }
    return a == null
        ? new Quote("q", kind, text, content, null, null, null, null, 0.3)
        : new Quote("q", kind, text, content, a.cue, a.cueSpan, a.speaker, a.speakerMention, a.confidence);
  }

  /** The cue and speaker of a quote: after its closing mark, or before its opening mark. */
  private static Attribution attributeAround(Context ctx, int open, int close) {
    // "…," said Caddell / "…," she said / "…," Smith, the minister, said
    int s = ctx.sentenceEndToken(close);
    for (int i = close + 1; i <= s && i <= close + WINDOW; i++) {
      if (ctx.isCue(i)) {
        // After "told" or "asked" comes the listener ("told AFP"), not the speaker.
        Attribution a = ctx.isToListener(i) ? null : ctx.speakerAt(i + 1, i);
        if (a == null) a = ctx.speakerEndingAt(i - 1, i);
        if (a != null) return a.adjacent(true);
      }
      if (ctx.isQuoteMark(i)) break;
    }
    // Caddell said: "…" / He added, "…"
    int start = ctx.sentenceStartToken(open);
    for (int i = open - 1; i >= start && i >= open - WINDOW; i--) {
      if (ctx.isCue(i)) {
        Attribution a = ctx.speakerEndingAt(i - 1, i);
        if (a == null && !ctx.isToListener(i)) a = ctx.speakerAt(i + 1, i);
        if (a != null) return a.adjacent(i >= open - 3);
      }
    }
    return null;
  }

  /** Indirect speech in a sentence without quotation marks, or null. */
  private static Quote reported(Context ctx, Sentence s) {
    int first = ctx.tokenAtOrAfter(s.span().start());
    int last = ctx.tokenBefore(s.span().end());
    Quote according = accordingTo(ctx, first, last);
    if (according != null) return according;
    for (int i = first + 1; i <= last; i++) {
      if (!REPORTING.contains(ctx.word(i).toLowerCase(Locale.ROOT))) continue;
      Attribution a = ctx.speakerEndingAt(i - 1, i);
      if (a == null) continue;
      int speakerStartToken = ctx.tokenAtOrAfter(a.speakerMention.span().start());
      if (speakerStartToken > first && DETERMINERS.contains(ctx.word(speakerStartToken - 1).toLowerCase(Locale.ROOT))) {
        speakerStartToken--; // "..., the foreign ministry said."
      }
      Span content;
      boolean nearEnd = last - i <= 4;
      // Mid-sentence "... after Trump said he finally believes ...": a named speaker right before
      // the cue, and a clause after it.
      boolean clauseFollows = i + 1 <= last && (ctx.word(i + 1).equalsIgnoreCase("that")
          || PRONOUNS.contains(ctx.word(i + 1).toLowerCase(Locale.ROOT)));
      if (i < last - 1 && (isSubjectPosition(ctx, first, speakerStartToken)
          || clauseFollows && a.confidence >= 0.9)) {
        // X said (that) CONTENT.
        int from = i + 1;
        if (ctx.word(i).toLowerCase(Locale.ROOT).startsWith("told") && from <= last) from++;
        if (from < last && ctx.word(from).equalsIgnoreCase("on") && from + 1 < last) from += 2;
        if (from <= last && ctx.word(from).equalsIgnoreCase("that")) from++;
        int to = last;
        if (ctx.word(to).matches("[.!?]")) to--;
        if (to - from < 2) continue;
        content = new Span(ctx.tokens.get(from).span().start(), ctx.tokens.get(to).span().end());
      } else if (nearEnd && speakerStartToken > first + 2 && ctx.word(speakerStartToken - 1).equals(",")) {
        // CONTENT, X said.
        content = new Span(ctx.tokens.get(first).span().start(),
            ctx.tokens.get(speakerStartToken - 2).span().end());
      } else {
        continue;
      }
      return new Quote("q", Quote.Kind.INDIRECT, ctx.index.substring(content), content, a.cue,
          a.cueSpan, a.speaker, a.speakerMention, a.confidence * 0.9);
    }
    return null;
  }

  /** "According to X, CONTENT." and "CONTENT, according to X." */
  private static Quote accordingTo(Context ctx, int first, int last) {
    for (int i = first; i + 2 <= last; i++) {
      if (!ctx.word(i).equalsIgnoreCase("according") || !ctx.word(i + 1).equalsIgnoreCase("to")) continue;
      Attribution a = ctx.speakerAt(i + 2, i);
      if (a == null) return null;
      int end = last;
      if (ctx.word(end).matches("[.!?]")) end--;
      int afterSpeaker = ctx.tokenAtOrAfter(a.speakerMention.span().end());
      Span content;
      if (i == first) {
        int comma = afterSpeaker;
        while (comma <= end && !ctx.word(comma).equals(",")) comma++;
        if (comma + 2 > end) return null;
        content = new Span(ctx.tokens.get(comma + 1).span().start(), ctx.tokens.get(end).span().end());
      } else if (i > first + 2 && ctx.word(i - 1).equals(",")) {
        content = new Span(ctx.tokens.get(first).span().start(), ctx.tokens.get(i - 2).span().end());
      } else {
        return null;
      }
      Span cue = new Span(ctx.tokens.get(i).span().start(), ctx.tokens.get(i + 1).span().end());
      return new Quote("q", Quote.Kind.INDIRECT, ctx.index.substring(content), content,
          ctx.index.substring(cue), cue, a.speaker, a.speakerMention, a.confidence * 0.9);
    }
    return null;
  }

  /**
   * The speaker opens the sentence, after at most a title ("Kremlin spokesman Arkady Voronin") or
   * a description set off by a comma ("Her campaign chairman, Luis Ortega, said").
   */
  private static boolean isSubjectPosition(Context ctx, int first, int speakerStart) {
    if (speakerStart - first > 8) return false;
    for (int t = first; t < speakerStart; t++) {
      String w = ctx.word(t);
      boolean commaBeforeSpeaker = w.equals(",") && t == speakerStart - 1;
      if (!Character.isLetter(w.charAt(0)) && !commaBeforeSpeaker) return false;
    }
    return true;
  }

  /** Who spoke, through which cue. */
  record Attribution(String cue, Span cueSpan, String speaker, Mention speakerMention,
      double confidence, boolean adjacent) {
    Attribution adjacent(boolean value) {
      return new Attribution(cue, cueSpan, speaker, speakerMention, confidence, value);
    }

    Attribution continued() {
      return new Attribution(null, null, speaker, null, 0.6, true);
    }
  }

  /** The document seen as tokens, with the entity each token belongs to. */
  private static final class Context {
    final Document doc;
    final CodePointIndex index;
    final List<Token> tokens;
    final String[] words;
    final Entity[] entityOf;
    final Mention[] mentionOf;
    /** The speakers accepted so far, latest last. */
    final List<Entity> speakers = new ArrayList<>();

    Context(Document doc) {
      this.doc = doc;
      this.index = CodePointIndex.of(doc.text());
      this.tokens = doc.tokens();
      this.words = new String[tokens.size()];
      this.entityOf = new Entity[tokens.size()];
      this.mentionOf = new Mention[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) words[i] = index.substring(tokens.get(i).span());
      for (Entity e : doc.entities()) {
        for (Mention m : e.mentions()) {
          for (int t = tokenAtOrAfter(m.span().start()); t < tokens.size()
              && tokens.get(t).span().end() <= m.span().end(); t++) {
            entityOf[t] = e;
            mentionOf[t] = m;
          }
        }
      }
    }

    void accept(String entityId) {
      for (Entity e : doc.entities()) if (e.id().equals(entityId)) speakers.add(e);
    }

    boolean isToListener(int cue) {
      String w = words[cue].toLowerCase(Locale.ROOT);
      return w.equals("told") || w.equals("tells") || w.equals("asked") || w.equals("asks");
    }

    String word(int i) {
      return words[i];
    }

    boolean isCue(int i) {
      return i >= 0 && i < words.length && SpeechVerbs.contains(words[i]);
    }

    boolean isQuoteMark(int i) {
      String w = words[i];
      if (w.equals("'") && i + 1 < words.length && words[i + 1].equals("'")) return true;
      return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("\u00ab")
          || w.equals("\u00bb") || w.equals("\u2018") || w.equals("\u2019") || w.equals("``") || w.equals("''");
    }

    /** A speaker starting at token {@code i} (a name, a pronoun, "the spokesman"), cue at {@code cue}. */
    Attribution speakerAt(int i, int cue) {
      if (i < 0 || i >= words.length) return null;
      if (entityOf[i] != null && entityOf[i].type() != EntityType.MISC) return named(i, cue);
      if (PRONOUNS.contains(words[i].toLowerCase(Locale.ROOT))) return pronoun(i, cue);
      {
        int k = i;
        if (DETERMINERS.contains(words[k].toLowerCase(Locale.ROOT)) && k + 1 < words.length) k++;
        if (k > i) {
          for (int j = k; j < words.length && j <= k + 2; j++) {
            if (entityOf[j] != null) return named(j, cue);
            Attribution r = byRole(i, j, cue);
            if (r != null) return r;
          }
        }
      }
      return null;
    }

    /** A speaker whose last token is {@code i} (a name, a pronoun, "the spokesman"). */
    Attribution speakerEndingAt(int i, int cue) {
      if (i < 0) return null;
      if (words[i].equals(",")) {
        // "The Swiss delegate, Dr Claire Morand, said": the name just before the comma, when it
        // stands on its own after a comma (not "..., who leads the group Fair Banking Now,").
        if (i > 0 && entityOf[i - 1] != null && entityOf[i - 1].type() != EntityType.MISC) {
          int k = i - 1;
          while (k > 0 && mentionOf[k - 1] == mentionOf[i - 1]) k--;
          while (k > 0 && Character.isUpperCase(words[k - 1].charAt(0)) && entityOf[k - 1] == null) k--;
          if (k > 0 && words[k - 1].equals(",")) return named(i - 1, cue);
        }
        // "Smith, the foreign minister, said": skip back over the apposition.
        for (int j = i - 1; j >= 0 && j >= i - 25; j--) {
          if (words[j].equals(",") && j > 0 && entityOf[j - 1] != null) return named(j - 1, cue);
        }
        return null;
      }
      if (entityOf[i] != null && entityOf[i].type() != EntityType.MISC) return named(i, cue);
      if (PRONOUNS.contains(words[i].toLowerCase(Locale.ROOT))) return pronoun(i, cue);
      for (int j = i; j >= 0 && j >= i - 3; j--) {
        if (DETERMINERS.contains(words[j].toLowerCase(Locale.ROOT))) return byRole(j, i, cue);
      }
      return null;
    }

    /** Partial quotes: the speaker of a reporting cue earlier in the sentence. */
    Attribution reportingSpeakerBefore(int open) {
      int start = sentenceStartToken(open);
      for (int i = open - 1; i > start; i--) {
        if (isCue(i)) {
          Attribution a = speakerEndingAt(i - 1, i);
          if (a != null) return a.adjacent(false);
        }
      }
      return null;
    }

    private Attribution named(int i, int cue) {
      Entity e = entityOf[i];
      return new Attribution(words[cue], tokens.get(cue).span(), e.id(), mentionOf[i], 0.9, false);
    }

    private Attribution pronoun(int i, int cue) {
      Mention m = new Mention(tokens.get(i).span(), words[i]);
      // "He added" goes on with the last speaker; otherwise "he"/"she" is the person named last
      // before it (a reporter introduces a speaker, then quotes "she said"). "they"/"we" is the
      // last speaker of any kind.
      boolean personal = !words[i].equalsIgnoreCase("they") && !words[i].equalsIgnoreCase("we");
      boolean continuing = CONTINUING.contains(words[cue].toLowerCase(Locale.ROOT));
      String speaker = null;
      if (personal && !continuing) speaker = personNamedBefore(i);
      for (int k = speakers.size() - 1; k >= 0 && speaker == null; k--) {
        if (!personal || speakers.get(k).type() == EntityType.PERSON) speaker = speakers.get(k).id();
      }
      if (speaker == null && personal) speaker = personNamedBefore(i);
      return new Attribution(words[cue], tokens.get(cue).span(), speaker, m, speaker == null ? 0.3 : 0.75, false);
    }

    private String personNamedBefore(int i) {
      for (int j = i - 1; j >= 0; j--) {
        if (entityOf[j] != null && entityOf[j].type() == EntityType.PERSON) return entityOf[j].id();
      }
      return null;
    }

    /** "the spokesman": the entity whose roles name that noun. */
    private Attribution byRole(int from, int to, int cue) {
      String noun = words[to].toLowerCase(Locale.ROOT);
      if (noun.length() < 3) return null;
      for (Entity e : doc.entities()) {
        for (String role : e.roles()) {
          if (role.toLowerCase(Locale.ROOT).matches(".*\\b" + java.util.regex.Pattern.quote(noun) + "\\b.*")) {
            Span span = new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
            return new Attribution(words[cue], tokens.get(cue).span(), e.id(),
                new Mention(span, index.substring(span)), 0.7, false);
          }
        }
      }
      return null;
    }

    int tokenAtOrAfter(int codePoint) {
      int lo = 0, hi = tokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).span().start() < codePoint) lo = mid + 1; else hi = mid;
      }
      return lo;
    }

    int tokenBefore(int codePoint) {
      int lo = 0, hi = tokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).span().end() <= codePoint) lo = mid + 1; else hi = mid;
      }
      return lo - 1;
    }

    private Sentence sentenceOfToken(int t) {
      if (t < 0 || t >= tokens.size()) return null;
      int start = tokens.get(t).span().start();
      for (Sentence s : doc.sentences()) if (s.span().start() <= start && start < s.span().end()) return s;
      return null;
    }

    int sentenceStartToken(int t) {
      Sentence s = sentenceOfToken(t);
      return s == null ? Math.max(0, t) : tokenAtOrAfter(s.span().start());
    }

    int sentenceEndToken(int t) {
      Sentence s = sentenceOfToken(t);
      return s == null ? t : tokenBefore(s.span().end());
    }

    /** Whether token {@code open} (an opening mark) begins its sentence or follows "cue ,|:". */
    boolean opensSentence(int open) {
      int start = sentenceStartToken(open);
      if (open <= start) return true;
      String before = words[open - 1];
      return (before.equals(",") || before.equals(":")) && isCue(open - 2)
          || before.equals(":");
    }

    int paragraphOf(int codePoint) {
      for (int p = 0; p < doc.paragraphs().size(); p++) {
        if (doc.paragraphs().get(p).span().end() >= codePoint) return p;
      }
      return doc.paragraphs().size();
    }
  }
}
