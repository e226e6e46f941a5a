package newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Quote;
import newsgraph.document.Sentence;
import newsgraph.document.Span;
import newsgraph.document.Token;
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
 *   <li>indirect: reported speech without quotation marks ({@link ReportedSpeech}) and
 *       transcript lines ({@link TranscriptLines}).</li>
 * </ul>
 * The speaker is found next to the cue by {@link QuoteContext}: a name ({@code said Caddell},
 * {@code said Del. Stacey Plaskett}), a pronoun ({@code she said}: the person named last;
 * {@code He added}: the last speaker; {@code it}: the last organisation), {@code the spokesman} by
 * role, or a phrase that names no entity ({@code the book said}), which is kept as the mention
 * with a null speaker. A participle ({@code saying}) takes its sentence's subject; {@code according
 * to X} and {@code X: "…"} name the speaker too. A quote with no cue of its own that opens a
 * sentence after a quote in the same or the previous paragraph continues it, mention and all.
 */
public final class QuoteAttributor implements Stage {
  private static final int WINDOW = 6;
  /** How far after a quote its cue may come, past an apposition ("…," Rhodes, the deputy national security adviser, said). */
  private static final int WINDOW_AFTER = 25;
  /** Dashes that set a quote's author after it: "… ." ― Azucena Gonzàlez */
  private static final Set<String> BYLINE_DASHES = Set.of("\u2015", "\u2014", "--", "-");

  @Override
  public Document apply(Document doc) {
    if (doc.sentences().isEmpty()) return doc;
    QuoteContext ctx = new QuoteContext(doc);
    List<QuoteMarks.Quoted> marks = QuoteMarks.find(doc.text());
    List<Span> quotedSpans = new ArrayList<>();
    for (QuoteMarks.Quoted q : marks) {
      quotedSpans.add(ctx.index.span(Math.max(0, q.start() - 1), Math.min(doc.text().length(), q.end() + 1)));
    }
    List<Quote> transcript = TranscriptLines.find(ctx);
    // Quotes, transcript lines and reported sentences in text order, so "She added" finds the
    // speaker before it.
    List<Object> events = new ArrayList<>(marks);
    events.addAll(transcript);
    for (Sentence s : doc.sentences()) {
      boolean taken = false;
      for (Span q : quotedSpans) if (q.overlaps(s.span())) taken = true;
      for (Quote t : transcript) if (t.span().overlaps(s.span())) taken = true;
      if (!taken) events.add(s);
    }
    events.sort(java.util.Comparator.comparingInt(e -> e instanceof Sentence s ? s.span().start()
        : e instanceof Quote q ? q.span().start() : ctx.index.toCodePoint(((QuoteMarks.Quoted) e).start())));

    List<Quote> quotes = new ArrayList<>();
    Attribution previous = null;
    int previousParagraph = -10;
    for (Object event : events) {
      Quote quote = event instanceof Sentence s ? ReportedSpeech.find(ctx, s)
          : event instanceof Quote q ? q
          : quoted(ctx, (QuoteMarks.Quoted) event, previous, previousParagraph);
      if (quote == null) continue;
      quotes.add(quote);
      if (quote.speaker() != null) ctx.accept(quote.speaker());
      if (quote.speaker() != null || quote.speakerMention() != null) {
        if (event instanceof QuoteMarks.Quoted) {
          previous = new Attribution(quote.cue(), quote.cueSpan(), quote.speaker(),
              quote.speakerMention(), quote.confidence(), true);
          previousParagraph = ctx.positions.paragraphOf(quote.span().start());
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
  private static Quote quoted(QuoteContext ctx, QuoteMarks.Quoted q, Attribution previous, int previousParagraph) {
    Span content = ctx.index.span(q.start(), q.end());
    String text = ctx.index.substring(content);
    // The opening and closing marks as tokens (a mark may be two characters: '').
    int openToken = Math.max(0, ctx.positions.tokenBefore(content.start()));
    int closeToken = ctx.positions.tokenAtOrAfter(content.end());
    if (closeToken >= ctx.tokens.size() || ctx.tokens.get(closeToken).span().start() != content.end()
        || !ctx.isQuoteMark(closeToken)) {
      closeToken = ctx.positions.tokenBefore(content.end()); // no closing mark: the quote ran to its paragraph's end
    }
    Attribution a = attributeAround(ctx, openToken, closeToken);
    if (a == null) a = transcriptSpeaker(ctx, content);
    if (a == null) {
      // According to the Daily Caller, "…" / "…," according to Mr. Rhodes.
      a = ReportedSpeech.accordingToSpeaker(ctx, ctx.positions.sentenceStartToken(openToken),
          ctx.positions.sentenceEndToken(closeToken), openToken, closeToken);
    }
    int paragraph = ctx.positions.paragraphOf(content.start());
    boolean sentenceOpens = ctx.opensSentence(openToken);
    boolean speechLike = text.strip().matches("(?s).*[.,?!:;\u2014-]$") || text.split("\\s+").length >= 6;
    if (a == null && previous != null && paragraph - previousParagraph <= 1 && sentenceOpens) {
      a = previous.continued();
    }
    Quote.Kind kind = sentenceOpens || a != null && a.adjacent() ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;
    if (kind == Quote.Kind.PARTIAL) {
      if (a == null) a = ctx.reportingSpeakerBefore(openToken);
      if (a == null && (text.split("\\s+").length <= 3 || !speechLike)) return null; // title or scare quote
    }
    return a == null
        ? new Quote("q", kind, text, content, null, null, null, null, 0.3)
        : new Quote("q", kind, text, content, a.cue(), a.cueSpan(), a.speaker(), a.speakerMention(), a.confidence());
  }

  /** "PENCE: And that's why ...": a transcript line that names its speaker in capitals. */
  private static Attribution transcriptSpeaker(QuoteContext ctx, Span content) {
    int first = ctx.positions.tokenAtOrAfter(content.start());
    int k = first;
    while (k < ctx.tokens.size() && k < first + 3 && ctx.word(k).matches("[A-Z][A-Z.'\u2019-]+")) k++;
    if (k == first || k >= ctx.tokens.size() || !ctx.word(k).equals(":")) return null;
    Span span = new Span(ctx.tokens.get(first).span().start(), ctx.tokens.get(k - 1).span().end());
    String speaker = ctx.entityOf[first] == null ? null : ctx.entityOf[first].id();
    return new Attribution(":", ctx.tokens.get(k).span(), speaker,
        new newsgraph.document.Mention(span, ctx.index.substring(span)), 0.6, true);
  }

  /** The cue and speaker of a quote: after its closing mark, or before its opening mark. */
  private static Attribution attributeAround(QuoteContext ctx, int open, int close) {
    // "… ." ― Azucena Gonzàlez: a reader's comment signed after a dash.
    if (close + 2 < ctx.tokens.size() && BYLINE_DASHES.contains(ctx.word(close + 1))
        && ctx.entityOf[close + 2] != null && ctx.entityOf[close + 2].type() == EntityType.PERSON) {
      Attribution a = ctx.speakerAt(close + 2, close + 1);
      if (a != null) return a.adjacent(true);
    }
    // "…," said Caddell / "…," she said / "…," Smith, the minister, said
    int s = ctx.positions.sentenceEndToken(close);
    if (s == close && close + 1 < ctx.tokens.size() && ctx.positions.paragraphOf(ctx.tokens.get(close + 1).span().start())
        == ctx.positions.paragraphOf(ctx.tokens.get(close).span().start())) {
      // "Anyone been there?" he asked. / "…?" Trump said Friday: split after the question mark.
      boolean cueNext = false;
      for (int i = close + 1; i < ctx.tokens.size() && i <= close + 4 && !ctx.isQuoteMark(i); i++) {
        if (ctx.isCue(i)) cueNext = true;
      }
      if (cueNext) s = ctx.positions.sentenceEndToken(close + 1);
    }
    for (int i = close + 1; i <= s && i <= close + WINDOW_AFTER; i++) {
      if (ctx.isCue(i)) {
        if (ctx.isParticiple(i)) {
          Attribution a = ctx.subjectOf(i);
          if (a != null) return a.adjacent(true);
          continue;
        }
        // "…," said Caddell names the speaker after the cue; "…," he said the other day before it.
        // After "told" or "asked" comes the listener ("told AFP"), not the speaker.
        boolean cueFirst = i == close + 1 || i == close + 2 && ctx.word(close + 1).equals(",");
        Attribution a = cueFirst ? null : ctx.speakerEndingAt(i - 1, i);
        if (a == null && !ctx.isToListener(i)) a = ctx.speakerAt(i + 1, i);
        if (a != null) return a.adjacent(true);
      }
      if (ctx.isQuoteMark(i)) break;
    }
    // Caddell said: "…" / He added, "…"
    int start = ctx.positions.sentenceStartToken(open);
    Attribution beforeColon = null;
    if (open - 2 >= start && ctx.word(open - 1).equals(":")) {
      // Republican pollster Daron Shaw: "…"
      Attribution a = ctx.speakerEndingAt(open - 2, open - 1);
      if (a != null && (a.speaker() != null || ctx.opensClause(a.speakerMention()))) return a.adjacent(true);
      // "He told the crowd: …": a phrase that names no one inside its clause may be the listener;
      // a cue before it ("told") with its subject wins, else the phrase stands.
      if (a != null) beforeColon = a.adjacent(true);
    }
    for (int i = open - 1; i >= start && i >= open - WINDOW; i--) {
      if (ctx.isCue(i)) {
        Attribution a = ctx.isParticiple(i) ? ctx.subjectOf(i) : ctx.speakerEndingAt(i - 1, i);
        if (a == null && !ctx.isToListener(i) && !ctx.isParticiple(i)) a = ctx.speakerAt(i + 1, i);
        if (a != null) return a.adjacent(i >= open - 3);
      }
    }
    return beforeColon;
  }
}
