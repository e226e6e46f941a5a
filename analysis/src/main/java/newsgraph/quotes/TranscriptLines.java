package newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Mention;
import newsgraph.document.Paragraph;
import newsgraph.document.Quote;
import newsgraph.document.Span;

/**
 * Transcript and interview lines without quotation marks: a paragraph that opens with a short
 * capitalised label and a colon ({@code BOULDUAN: You guys ...}, {@code Q: And the wall?},
 * {@code Poll: Trump leads}) is the label's words. The label is the speaker's mention; the
 * speaker is the entity the label names, if any.
 */
final class TranscriptLines {
  private static final int MAX_LABEL_TOKENS = 3;

  private TranscriptLines() {}

  static List<Quote> find(QuoteContext ctx) {
    List<Quote> found = new ArrayList<>();
    for (Paragraph p : ctx.doc.paragraphs()) {
      int first = ctx.positions.tokenAtOrAfter(p.span().start());
      int last = ctx.positions.tokenBefore(p.span().end());
      int colon = first;
      while (colon <= last && colon < first + MAX_LABEL_TOKENS && isLabelWord(ctx.word(colon))) colon++;
      if (colon == first || colon > last || !ctx.word(colon).equals(":") || last - colon < 3) continue;
      if (ctx.isQuoteMark(colon + 1)) continue; // "Trump: 'This cannot go on'" is a quote; QuoteMarks has it
      if (isList(ctx, colon + 1, last)) continue; // "Subs Not Used: Cooper, Knight." is a team sheet
      Span label = new Span(ctx.tokens.get(first).span().start(), ctx.tokens.get(colon - 1).span().end());
      Span content = new Span(ctx.tokens.get(colon + 1).span().start(), ctx.tokens.get(last).span().end());
      String speaker = null;
      for (int t = first; t < colon && speaker == null; t++) if (ctx.entityOf[t] != null) speaker = ctx.entityOf[t].id();
      found.add(new Quote("q", Quote.Kind.INDIRECT, ctx.index.substring(content), content, ":",
          ctx.tokens.get(colon).span(), speaker, new Mention(label, ctx.index.substring(label)),
          speaker == null ? 0.5 : 0.7));
    }
    return found;
  }

  /**
   * A list of names rather than speech: under two fifths of its words are lower-case ("Replacements:
   * Peel, Wilson, Thompson"; "Everitt for Mapletoft (53), Hodgson for Edwards (77)").
   */
  private static boolean isList(QuoteContext ctx, int from, int to) {
    int words = 0;
    int lower = 0;
    for (int t = from; t <= to; t++) {
      String w = ctx.word(t);
      if (!Character.isLetter(w.charAt(0))) continue;
      words++;
      if (Character.isLowerCase(w.charAt(0))) lower++;
    }
    return lower * 5 < words * 2;
  }

  private static boolean isLabelWord(String w) {
    return Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-');
  }
}
