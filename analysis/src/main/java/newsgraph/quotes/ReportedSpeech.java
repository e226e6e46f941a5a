package newsgraph.quotes;

import java.util.Locale;
import java.util.Set;
import newsgraph.document.Quote;
import newsgraph.document.Sentence;
import newsgraph.document.Span;

/**
 * Reported speech in a sentence without quotation marks: {@code X said (that) CONTENT},
 * {@code CONTENT, X said.}, {@code ..., but X said CONTENT}, {@code CONTENT, X said, ...} and
 * {@code according to X}. The speaker may be a name, a pronoun or a phrase that names no entity
 * ({@code Police officials said}); then only its mention is given.
 */
final class ReportedSpeech {
  /**
   * Cues that report speech or stance when no quotation marks are used ("called" does not).
   * PolNeAR attributes beliefs and findings too ("X believes", "the poll found"), and its
   * training split's commonest cues are all here; "called" and "asked" are left out because
   * without quotation marks they rarely report speech ("called for", "asked to").
   */
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells",
      "insisted", "insists", "insist", "warned", "warns", "warn", "confirmed", "confirms",
      "argued", "argues", "argue", "announced", "announces", "denied", "denies", "added", "adds",
      "claimed", "claims", "claim", "stated", "states", "noted", "notes", "explained", "explains",
      "acknowledged", "acknowledges", "admitted", "admits", "stressed", "stresses", "suggested",
      "suggests", "predicted", "predicts", "estimated", "estimates", "maintained", "maintains",
      "reiterated", "cautioned", "wrote", "writes", "reported", "reports", "tweeted", "recalled",
      "declared", "believes", "believe", "believed", "thinks", "think", "thought", "found", "finds",
      "showed", "shows", "show", "concluded", "concludes", "contended", "contends", "asserted",
      "asserts", "conceded", "concedes", "indicated", "indicates", "revealed", "reveals",
      "emphasized", "emphasised", "complained", "complains", "agreed", "agrees", "countered",
      "responded", "replied", "testified", "alleged", "alleges", "feared", "fears", "hopes",
      "expects", "expected", "knows", "knew", "felt", "feels", "promised", "promises", "vowed",
      "vows", "pledged", "signaled", "signalled", "hinted", "disclosed", "observed", "pointed",
      "saying", "adding", "noting", "arguing", "telling", "explaining", "insisting", "warning",
      "claiming", "suggesting", "acknowledging", "stressing", "writing", "asserting");
  /** Cues that are also plural nouns ("battleground states", "renewed fears"). */
  private static final Set<String> NOUN_LIKE = Set.of("states", "notes", "claims", "reports",
      "fears", "estimates", "shows", "hopes", "promises", "vows", "concludes");
  /**
   * Cues that take an infinitive for a deed or an intention rather than words: "Russia and Turkey
   * agreed on Tuesday to resume talks, the Kremlin said" reports the Kremlin, not Turkey. Without a
   * later "said" the intention stays its subject's ("Smith promised to resign"), as PolNeAR has it.
   */
  private static final Set<String> INTENT = Set.of("agreed", "agrees", "promised", "promises",
      "vowed", "vows", "pledged", "expected", "expects", "hopes", "feared", "fears");
  private static final Set<String> PRONOUN_SUBJECTS = Set.of("he", "she", "they", "i", "we", "it");
  /** How many tokens may follow the cue in "CONTENT, X said on Monday in an interview." */
  private static final int TAIL = 8;

  private ReportedSpeech() {}

  /** The reported speech of sentence {@code s}, or null. */
  static Quote find(QuoteContext ctx, Sentence s) {
    int first = ctx.positions.tokenAtOrAfter(s.span().start());
    int last = ctx.positions.tokenBefore(s.span().end());
    if (first > last) return null;
    Quote according = accordingTo(ctx, first, last);
    if (according != null) return according;
    int end = ctx.word(last).matches("[.!?]") ? last - 1 : last;
    for (int i = first + 1; i <= last; i++) {
      String cue = ctx.word(i).toLowerCase(Locale.ROOT);
      if (!REPORTING.contains(cue)) continue;
      if (cue.equals("pointed") && !(i + 1 <= last && ctx.word(i + 1).equalsIgnoreCase("out"))) continue;
      if (INTENT.contains(cue) && beforeInfinitive(ctx, i, last) && saidLater(ctx, i, last)) continue;
      if (ctx.isParticiple(i)) {
        // "Mook refused to speculate, adding that he would be on vacation."
        if (!ctx.word(i - 1).equals(",") || end - i < 3) continue;
        Attribution a = ctx.subjectOf(i);
        if (a == null) continue;
        Span content = span(ctx, contentStart(ctx, i, end), end);
        return new Quote("q", Quote.Kind.INDIRECT, ctx.index.substring(content), content, a.cue(),
            a.cueSpan(), a.speaker(), a.speakerMention(), a.confidence() * 0.8);
      }
      String before = ctx.word(i - 1).toLowerCase(Locale.ROOT);
      if (before.equals(",") && i - 1 - first >= 3 && end - i <= TAIL) {
        // CONTENT, said one GOP source in the room.
        Attribution a = ctx.speakerAt(i + 1, i);
        // A phrase that names no entity must close the sentence: "..., said one GOP source in the room."
        boolean closes = a != null && a.speakerMention() != null
            && (a.speaker() != null || ctx.positions.tokenBefore(a.speakerMention().span().end()) >= end - 3);
        if (closes) return indirect(ctx, span(ctx, first, i - 2), a, 0.9);
      }
      if ((before.equals("and") || before.equals("who")) && end - i >= 3) {
        // "Cruz exhorted Republicans ... and said he was standing on principle"; "an architect who said ..."
        Attribution a = before.equals("and") ? ctx.subjectOf(i) : ctx.relativeSpeaker(i - 1, i);
        if (a != null) return indirect(ctx, span(ctx, contentStart(ctx, i, end), end), a, 0.8);
        continue;
      }
      Attribution a = ctx.speakerEndingAt(i - 1, i);
      if (a == null || a.speakerMention() == null) continue;
      if (a.speaker() == null && NOUN_LIKE.contains(cue) && !startsClause(ctx, i + 1, end)) {
        continue; // "a shift in the battleground states in ...": a noun, not a verb of saying
      }
      int speakerStart = ctx.positions.tokenAtOrAfter(a.speakerMention().span().start());
      if (speakerStart > i || speakerStart < first) continue; // a pronoun's antecedent, not this clause
      if (speakerStart > first && QuoteContext.DETERMINERS.contains(ctx.word(speakerStart - 1).toLowerCase(Locale.ROOT))) {
        speakerStart--; // "..., the foreign ministry said."
      }
      while (speakerStart > first + 1 && ctx.isTitleWord(speakerStart - 1)) speakerStart--; // ", Mr. Obama said,"
      boolean atStart = isSubjectPosition(ctx, first, speakerStart);
      boolean afterComma = speakerStart > first && ctx.word(speakerStart - 1).equals(",");
      boolean afterBoundary = speakerStart > first && isClauseOpener(ctx.word(speakerStart - 1));
      boolean clauseFollows = i + 1 <= end && (ctx.word(i + 1).equalsIgnoreCase("that")
          || PRONOUN_SUBJECTS.contains(ctx.word(i + 1).toLowerCase(Locale.ROOT))
          || ctx.entityOf[i + 1] != null);
      Span content = null;
      if (afterComma && i + 1 <= last && ctx.word(i + 1).equals(",") && speakerStart - first >= 2) {
        // "The park, Tompkins said, is usually full": the sentence around the parenthesis.
        content = span(ctx, first, end);
      } else if (afterComma && end - i <= TAIL && speakerStart - first >= 3) {
        // CONTENT, X said.
        content = span(ctx, first, speakerStart - 2);
      } else if (i < end - 1 && (atStart || afterBoundary && a.confidence() >= 0.7
          || clauseFollows && a.confidence() >= 0.9 || afterComma && clauseFollows)) {
        // X said (that) CONTENT.
        int from = contentStart(ctx, i, end);
        if (end - from < 2) continue;
        content = span(ctx, from, end);
      }
      if (content == null) continue;
      return new Quote("q", Quote.Kind.INDIRECT, ctx.index.substring(content), content, a.cue(),
          a.cueSpan(), a.speaker(), a.speakerMention(), a.confidence() * 0.9);
    }
    return null;
  }

  private static Quote indirect(QuoteContext ctx, Span content, Attribution a, double weight) {
    return new Quote("q", Quote.Kind.INDIRECT, ctx.index.substring(content), content, a.cue(),
        a.cueSpan(), a.speaker(), a.speakerMention(), a.confidence() * weight);
  }

  /** The first token of what X said after the cue: past the listener, "on Monday," and "that". */
  private static int contentStart(QuoteContext ctx, int cue, int end) {
    int from = cue + 1;
    String w = ctx.word(cue).toLowerCase(Locale.ROOT);
    if (w.startsWith("told") || w.startsWith("tell")) {
      // "told reporters", "told The Washington Post", "told the committee"
      if (from <= end && ctx.entityOf[from] != null) {
        var m = ctx.mentionOf[from];
        while (from <= end && ctx.mentionOf[from] == m) from++;
      } else {
        if (from <= end && QuoteContext.DETERMINERS.contains(ctx.word(from).toLowerCase(Locale.ROOT))) from++;
        if (from <= end) from++;
      }
    }
    if (w.equals("pointed") && from <= end) from++; // "pointed out"
    if (from < end && ctx.word(from).equalsIgnoreCase("on") && from + 1 < end) from += 2;
    if (from <= end && ctx.word(from).equals(",")) from++;
    if (from <= end && ctx.word(from).equalsIgnoreCase("that")) from++;
    return from;
  }

  /** Whether "to" follows the cue at {@code i}, after an optional "on Tuesday" or "last week". */
  private static boolean beforeInfinitive(QuoteContext ctx, int i, int last) {
    int j = i + 1;
    if (j + 1 <= last && (ctx.word(j).equalsIgnoreCase("on") || ctx.word(j).equalsIgnoreCase("last"))) j += 2;
    return j <= last && ctx.word(j).equalsIgnoreCase("to");
  }

  private static boolean saidLater(QuoteContext ctx, int i, int last) {
    for (int j = i + 2; j <= last; j++) {
      String w = ctx.word(j).toLowerCase(Locale.ROOT);
      if (w.equals("said") || w.equals("says") || w.equals("say")) return true;
    }
    return false;
  }

  /** Whether a clause opens at token {@code i}: "that", a pronoun, a determiner or a name. */
  private static boolean startsClause(QuoteContext ctx, int i, int end) {
    if (i > end) return false;
    String w = ctx.word(i).toLowerCase(Locale.ROOT);
    return w.equals("that") || PRONOUN_SUBJECTS.contains(w) || QuoteContext.DETERMINERS.contains(w)
        || ctx.entityOf[i] != null;
  }

  private static Span span(QuoteContext ctx, int from, int to) {
    return new Span(ctx.tokens.get(from).span().start(), ctx.tokens.get(to).span().end());
  }

  private static boolean isClauseOpener(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return l.equals("but") || l.equals("and") || l.equals("while") || l.equals(";") || l.equals("as")
        || l.equals("yet") || l.equals("though") || l.equals("although") || l.equals("because")
        || l.equals("when") || l.equals("after") || l.equals("since") || l.equals("--") || l.equals("\u2014")
        || l.equals(":") || l.equals("which") || l.equals("whom") || l.equals("where") || l.equals("if") || l.equals("because");
  }

  /** The speaker of "according to X" in tokens {@code [first, last]} outside {@code [open, close]}, or null. */
  static Attribution accordingToSpeaker(QuoteContext ctx, int first, int last, int open, int close) {
    for (int i = first; i + 2 <= last; i++) {
      if (i >= open && i <= close) continue;
      if (!ctx.word(i).equalsIgnoreCase("according") || !ctx.word(i + 1).equalsIgnoreCase("to")) continue;
      Attribution a = ctx.speakerAt(i + 2, i);
      if (a == null) a = ctx.phraseAt(i + 2, i);
      if (a == null) return null;
      Span cue = span(ctx, i, i + 1);
      return new Attribution(ctx.index.substring(cue), cue, a.speaker(), a.speakerMention(), a.confidence(), false);
    }
    return null;
  }

  /** "According to X, CONTENT.", "CONTENT, according to X." and "CONTENT according to X." */
  private static Quote accordingTo(QuoteContext ctx, int first, int last) {
    for (int i = first; i + 2 <= last; i++) {
      if (!ctx.word(i).equalsIgnoreCase("according") || !ctx.word(i + 1).equalsIgnoreCase("to")) continue;
      Attribution a = ctx.speakerAt(i + 2, i);
      if (a == null) a = ctx.phraseAt(i + 2, i);
      if (a == null) return null;
      int end = last;
      if (ctx.word(end).matches("[.!?]")) end--;
      int afterSpeaker = ctx.positions.tokenAtOrAfter(a.speakerMention().span().end());
      Span content;
      if (i == first) {
        int comma = afterSpeaker;
        while (comma <= end && !ctx.word(comma).equals(",")) comma++;
        if (comma + 2 > end) return null;
        content = span(ctx, comma + 1, end);
      } else if (i > first + 2) {
        content = span(ctx, first, ctx.word(i - 1).equals(",") ? i - 2 : i - 1);
      } else {
        return null;
      }
      Span cue = new Span(ctx.tokens.get(i).span().start(), ctx.tokens.get(i + 1).span().end());
      return new Quote("q", Quote.Kind.INDIRECT, ctx.index.substring(content), content,
          ctx.index.substring(cue), cue, a.speaker(), a.speakerMention(), a.confidence() * 0.9);
    }
    return null;
  }

  /**
   * The speaker opens the sentence, after at most a title ("Kremlin spokesman Arkady Voronin") or
   * a description set off by a comma ("Her campaign chairman, Luis Ortega, said").
   */
  private static boolean isSubjectPosition(QuoteContext ctx, int first, int speakerStart) {
    if (speakerStart - first > 8) return false;
    for (int t = first; t < speakerStart; t++) {
      String w = ctx.word(t);
      boolean commaBeforeSpeaker = w.equals(",") && t == speakerStart - 1;
      if (!Character.isLetter(w.charAt(0)) && !commaBeforeSpeaker) return false;
    }
    return true;
  }
}
