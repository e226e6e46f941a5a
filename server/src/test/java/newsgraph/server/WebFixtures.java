package newsgraph.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.DateMention;
import newsgraph.document.Dateline;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Paragraph;
import newsgraph.document.Place;
import newsgraph.document.Quote;
import newsgraph.document.Repair;
import newsgraph.document.Span;
import newsgraph.store.Store;

/**
 * Hand-made analysed articles for the browser tests (no models): one with every kind of mark,
 * one whose text and title are markup and script, and enough filler for a second page.
 */
final class WebFixtures {
  private WebFixtures() {}

  /**
   * Dateline, two speakers, a repaired character, a resolved date, a repeated paragraph, two
   * geocoded places, and a character outside the BMP before a quote (offsets count code points).
   */
  static final String RICH_TEXT = "GENEVA (Reuters) - Anna Smith said on Monday: \u201cWe will not accept the grain deal.\u201d \uD83C\uDF3E Talks go on in London.\n"
      + "Tom Ng, the bank\u2019s chief, said: \u201cRates must fall soon.\u201d\n"
      + "Tom Ng, the bank\u2019s chief, said: \u201cRates must fall soon.\u201d";

  static Document rich() {
    String t = RICH_TEXT;
    CodePointIndex ix = CodePointIndex.of(t);
    int p1 = t.indexOf('\n') + 1;
    int p2 = t.indexOf('\n', p1) + 1;
    Entity anna = new Entity("e1", EntityType.PERSON, "Anna Smith", List.of(), List.of(),
        List.of(mention(ix, t, "Anna Smith", 0)), null);
    Entity tom = new Entity("e2", EntityType.PERSON, "Tom Ng", List.of(), List.of("the bank\u2019s chief"),
        List.of(mention(ix, t, "Tom Ng", 0), mention(ix, t, "Tom Ng", p2)), null);
    Entity geneva = new Entity("e3", EntityType.LOCATION, "Geneva", List.of("GENEVA"), List.of(),
        List.of(mention(ix, t, "GENEVA", 0)), new Place("Geneva", 46.20222, 6.14569, "CH", "P.PPLA", 2660646, "GE"));
    Entity london = new Entity("e4", EntityType.LOCATION, "London", List.of(), List.of(),
        List.of(mention(ix, t, "London", 0)), new Place("London", 51.50853, -0.12574, "GB", "P.PPLC", 2643743, "ENG"));
    Quote grain = quote(ix, t, "q1", "We will not accept the grain deal.", "said", 0, "e1", "Anna Smith");
    Quote rates = quote(ix, t, "q2", "Rates must fall soon.", "said", p1, "e2", "Tom Ng");
    Quote again = quote(ix, t, "q3", "Rates must fall soon.", "said", p2, "e2", "Tom Ng");
    int apostrophe = t.indexOf('\u2019');
    Repair repair = new Repair(ix.span(apostrophe, apostrophe + 1), "\u00e2\u20ac\u2122", "\u2019", Repair.Kind.MOJIBAKE);
    DateMention monday = new DateMention("on Monday", find(ix, t, "on Monday", 0), "2024-03-04", DateMention.Granularity.DAY);
    Dateline dateline = new Dateline("GENEVA", find(ix, t, "GENEVA", 0), find(ix, t, "GENEVA (Reuters) -", 0), "Reuters");
    List<Paragraph> paragraphs = List.of(new Paragraph(ix.span(0, p1 - 1), null, null),
        new Paragraph(ix.span(p1, p2 - 1), null, null), new Paragraph(ix.span(p2, t.length()), 1, 1.0));
    return Document.of(Article.builder("fixtures/rich.txt", t).title("Grain talks in Geneva")
            .published(LocalDate.parse("2024-03-05")).build())
        .withText(t, List.of(repair)).withDateline(dateline).withParagraphs(paragraphs).withEntities(List.of(anna, tom, geneva, london))
        .withQuotes(List.of(grain, rates, again)).withDates(List.of(monday));
  }

  /** Markup, script, an event handler and a javascript: link in the title, text, quote and URL. */
  static final String XSS_TEXT = "Hostile grain report <script>window.__xss = 'script'</script> and "
      + "<img src=x onerror=\"window.__xss = 'onerror'\"> and <a href=\"javascript:window.__xss='link'\">click</a>.\n"
      + "Eve Hacker said: \u201c<b onmouseover=\"window.__xss='quote'\">bold</b> grain\u201d";

  static Document xss() {
    String t = XSS_TEXT;
    CodePointIndex ix = CodePointIndex.of(t);
    int p1 = t.indexOf('\n') + 1;
    Entity eve = new Entity("e1", EntityType.PERSON, "Eve Hacker", List.of(), List.of(),
        List.of(mention(ix, t, "Eve Hacker", 0)), null);
    Quote q = quote(ix, t, "q1", "<b onmouseover=\"window.__xss='quote'\">bold</b> grain", "said", p1, "e1", "Eve Hacker");
    return Document.of(Article.builder("fixtures/xss.html", t)
            .title("<img src=x onerror=\"window.__xss='title'\">Hostile title")
            .url("javascript:window.__xss='url'").published(LocalDate.parse("2024-04-01")).build())
        .withParagraphs(List.of(new Paragraph(ix.span(0, p1 - 1), null, null), new Paragraph(ix.span(p1, t.length()), null, null)))
        .withEntities(List.of(eve)).withQuotes(List.of(q));
  }

  /** Short articles quoting one speaker each, so an empty query has a second page. */
  static List<Document> filler() {
    List<Document> out = new ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      out.add(ApiFixtures.article("fixtures/filler-" + i + ".txt", String.format("2024-02-%02d", i),
          i % 2 == 0 ? "Lena Park" : "Omar Diaz", "Filler statement number " + i + " about harvest prices", "Paris"));
    }
    return out;
  }

  static void fill(Path dir) throws IOException {
    try (Store store = Store.open(dir)) {
      store.add(rich(), "rich");
      store.add(xss(), "xss");
      int i = 0;
      for (Document d : filler()) store.add(d, "filler" + i++);
    }
  }

  private static Span find(CodePointIndex ix, String t, String s, int from) {
    int at = t.indexOf(s, from);
    if (at < 0) throw new IllegalArgumentException(s + " not in the fixture");
    return ix.span(at, at + s.length());
  }

  private static Mention mention(CodePointIndex ix, String t, String s, int from) {
    return new Mention(find(ix, t, s, from), s);
  }

  private static Quote quote(CodePointIndex ix, String t, String id, String text, String cue, int from,
      String speaker, String speakerText) {
    Span span = find(ix, t, text, from);
    int at = t.indexOf(text, from);
    Span cueSpan = find(ix, t, cue, t.lastIndexOf(speakerText, at));
    return new Quote(id, Quote.Kind.DIRECT, text, span, cue, cueSpan, speaker,
        new Mention(find(ix, t, speakerText, t.lastIndexOf(speakerText, at)), speakerText), 0.9);
  }
}
