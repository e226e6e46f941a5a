package newsgraph.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import newsgraph.document.Article;
import newsgraph.ingest.ArticleSink;
import newsgraph.ingest.PlainTextLayout;
import newsgraph.ingest.html.HtmlExtractor;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * An RSS (0.9x, 1.0/RDF, 2.0) or Atom feed to articles, one per item: link as url, title, the
 * published (else updated) date, and the item's full content ({@code content:encoded}, Atom
 * {@code content}) run through {@link HtmlExtractor} when it is HTML. An item with only a
 * summary ({@code description}) is kept but flagged with a warning, since a teaser is not the article.
 *
 * <p>The parser refuses any DOCTYPE, so external entities (XXE) and entity bombs (billion laughs)
 * are rejected before anything is expanded; feeds have no use for a DOCTYPE. Elements nested
 * deeper than {@link DepthLimitedFeedInput#MAX_DEPTH} are refused too (Rome copies them recursively).
 */
public final class FeedArticles {
  private FeedArticles() {}

  public static void read(String source, byte[] xml, LocalDate defaultPublished, ArticleSink sink) {
    SyndFeed feed;
    DepthLimitedFeedInput input;
    try {
      input = new DepthLimitedFeedInput();
      feed = new SyndFeedImpl(input.build(new InputSource(new ByteArrayInputStream(xml))));
    } catch (ParsingFeedException e) {
      sink.skip(source, parseError(e));
      return;
    } catch (FeedException | RuntimeException e) {
      // RuntimeException too: one odd feed must not end a run over a folder of inputs.
      sink.skip(source, "not a readable RSS/Atom feed: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      sink.skip(source, "feed has no items");
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      String itemSource = source + "#item" + (i + 1);
      try {
        // Entries come in the feed's order, as the date texts were collected.
        List<String> dates = entries.size() == input.itemDates.size() ? input.itemDates.get(i) : List.of();
        item(itemSource, entries.get(i), dates, defaultPublished, sink);
      } catch (RuntimeException e) {
        sink.skip(itemSource, "cannot read the item: " + e);
      }
    }
  }

  private static String parseError(ParsingFeedException e) {
    String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
        : e.getMessage() != null ? e.getMessage() : String.valueOf(e.getCause() != null ? e.getCause() : e);
    String where = e.getLineNumber() > 0
        ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
    if (cause != null && cause.contains("DOCTYPE")) {
      return "refused: the feed declares a DOCTYPE (entities are never expanded)" + where;
    }
    return "invalid XML" + where + ": " + cause;
  }

  private static void item(String source, SyndEntry entry, List<String> dates, LocalDate defaultPublished,
      ArticleSink sink) {
    String link = blankToNull(entry.getLink());
    String text = "";
    for (SyndContent content : entry.getContents()) {
      text = join(text, toText(content, link));
    }
    boolean summaryOnly = text.isEmpty();
    if (summaryOnly && entry.getDescription() != null) {
      text = toText(entry.getDescription(), link);
    }
    if (text.isEmpty()) {
      sink.skip(source, "item has no text (no content nor description)");
      return;
    }
    if (summaryOnly) sink.warn(source, "item has only a summary");
    LocalDate published = date(entry.getPublishedDate(), dates);
    if (published == null) published = date(entry.getUpdatedDate(), dates);
    sink.accept(Article.builder(source, text)
        .url(link)
        .title(blankToNull(entry.getTitle()))
        .byline(blankToNull(entry.getAuthor()))
        .published(published != null ? published : defaultPublished)
        .build());
  }

  /** Content to paragraphs: HTML goes through the page extractor, plain text through the layout. */
  private static String toText(SyndContent content, String link) {
    String value = content.getValue();
    if (value == null || value.isBlank()) return "";
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    boolean html = type.contains("html") || !type.startsWith("text/plain") && !type.equals("text")
        && value.contains("<") && value.contains(">");
    if (!html) return PlainTextLayout.layout(value);
    String text = HtmlExtractor.extract(value, link).text();
    // A short fragment can be too small for the main-content finder; its text is still the item's.
    return text.isEmpty() ? PlainTextLayout.layout(Jsoup.parse(value).text()) : text;
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) return b;
    return b.isEmpty() ? a : a + "\n" + b;
  }

  /**
   * The day at the item's own offset ({@code 01:30 +0200} on 10 June is 10 June): the date text
   * written for this instant, when one of the item's gives it; else the day in UTC.
   */
  private static LocalDate date(Date date, List<String> texts) {
    if (date == null) return null;
    for (String text : texts) {
      OffsetDateTime written = parse(text);
      if (written != null && written.toEpochSecond() == date.toInstant().getEpochSecond()) return written.toLocalDate();
    }
    return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static OffsetDateTime parse(String text) {
    for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME}) {
      try {
        return OffsetDateTime.parse(text, f);
      } catch (DateTimeParseException e) {
        // the next form, or none
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
