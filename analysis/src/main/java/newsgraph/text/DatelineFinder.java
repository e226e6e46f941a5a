package newsgraph.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Dateline;
import newsgraph.document.Document;
import newsgraph.document.Paragraph;
import newsgraph.pipeline.Stage;

/**
 * Adds {@code dateline}: the place line that opens wire copy. Needs paragraphs; runs before the
 * sentence splitter, which leaves the dateline out of the story's sentences.
 *
 * <p>Two shapes, at the start of the first paragraph only:
 * <ul>
 *   <li>wire style: a place in capitals, optionally a region or date and an agency, then a dash:
 *       {@code MOSCOW (Reuters) -}, {@code WASHINGTON —}, {@code LONDON, March 3 (AP) —},
 *       {@code SAN JUAN, Puerto Rico (AP) —}; a place in title case only with an agency,
 *       {@code Moscow (Reuters) -};</li>
 *   <li>colon style: a place in title case and a colon, alone on the line or leading the
 *       paragraph: {@code Nairobi:}, {@code Lagos: Three bank officials ...}.</li>
 * </ul>
 * Labels that look the same ({@code UPDATE -}, {@code Analysis:}) are not places.
 */
public final class DatelineFinder implements Stage {
  private static final String DASH = "(?:-{1,2}|[\u2013\u2014])";
  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'\u2019-]*";
  private static final String TITLE_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]*";
  private static final String TAIL = "(?:,\\s*(?<region>" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){0,2}|\\p{Lu}{2}))?"
      + "(?:,?\\s*(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?))?";
  private static final Pattern WIRE = Pattern.compile(
      "^(?<place>" + CAPS_WORD + "(?:\\s+(?:" + CAPS_WORD + "|de|da|del|do|la|le|es|el))*)" + TAIL
      + "\\s*(?:\\((?<agency>[^()\\n]{1,40})\\))?\\s*" + DASH + "(?:\\s+|$)");
  private static final Pattern WIRE_TITLE_CASE = Pattern.compile(
      "^(?<place>" + TITLE_WORD + "(?:\\s+" + TITLE_WORD + "){0,3})" + TAIL
      + "\\s*\\((?<agency>[^()\\n]{1,40})\\)\\s*" + DASH + "(?:\\s+|$)");
  private static final Pattern COLON = Pattern.compile(
      "^(?<place>" + TITLE_WORD + "(?:[ -]" + TITLE_WORD + "){0,2}):(?:\\s+|$)");

  /** Words that open a paragraph like a dateline but are labels, not places. */
  private static final Set<String> LABELS = Set.of("update", "updated", "breaking", "exclusive",
      "analysis", "opinion", "comment", "editorial", "note", "correction", "clarification",
      "watch", "video", "photo", "photos", "live", "factbox", "explainer", "interview", "review",
      "summary", "advisory", "urgent", "flash", "bulletin", "refile", "corrected", "insight",
      "column", "poll", "timeline", "graphic", "reporting", "writing", "editing", "source",
      "sources", "by", "read", "more", "also", "see", "listen", "tags", "related", "question",
      "answer", "warning", "disclaimer", "transcript", "caption", "credit", "quote", "statement",
      "result", "results", "score", "scores", "scorers", "teams", "squad", "fixtures", "table");

  /** A first word that makes the line a label or a speaker, not a place ({@code Mr Ng:}). */
  private static final Set<String> LEADING_LABELS = Set.of("update", "updated", "breaking",
      "exclusive", "refile", "corrected", "editor's", "editor\u2019s", "mr", "mrs", "ms", "dr",
      "sir", "prof", "president", "minister", "senator", "judge");

  @Override
  public Document apply(Document doc) {
    if (doc.paragraphs().isEmpty()) return doc;
    Paragraph first = doc.paragraphs().get(0);
    CodePointIndex index = CodePointIndex.of(doc.text());
    int paragraphStart = index.toChar(first.span().start());
    String paragraph = index.substring(first.span());
    for (Pattern pattern : new Pattern[] {WIRE, WIRE_TITLE_CASE, COLON}) {
      Matcher m = pattern.matcher(paragraph);
      if (!m.find() || isLabel(m.group("place"))) continue;
      String agency = pattern == COLON ? null : m.group("agency");
      int extentEnd = trimTrailingSpace(paragraph, m.end());
      return doc.withDateline(new Dateline(m.group("place"),
          index.span(paragraphStart + m.start("place"), paragraphStart + m.end("place")),
          index.span(paragraphStart, paragraphStart + extentEnd),
          agency == null ? null : agency.strip()));
    }
    return doc;
  }

  private static boolean isLabel(String place) {
    String p = place.toLowerCase(Locale.ROOT);
    return p.codePointCount(0, p.length()) < 2 || LABELS.contains(p)
        || LEADING_LABELS.contains(p.split("[ .]")[0]);
  }

  private static int trimTrailingSpace(String s, int end) {
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
    return end;
  }
}
