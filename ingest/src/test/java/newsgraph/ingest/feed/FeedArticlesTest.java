package newsgraph.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.ingest.RecordingSink;
import org.junit.jupiter.api.Test;

class FeedArticlesTest {
  private static final LocalDate DEFAULT = LocalDate.of(2026, 1, 1);

  private static RecordingSink read(String xml) {
    RecordingSink sink = new RecordingSink();
    FeedArticles.read("f.xml", xml.getBytes(StandardCharsets.UTF_8), DEFAULT, sink);
    return sink;
  }

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>Harbour News</title><link>https://news.example/</link><description>Local</description>
      <item>
        <title>Ferry service resumes</title>
        <link>https://news.example/ferry</link>
        <pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate>
        <description>The ferry is back.</description>
        <content:encoded><![CDATA[<p>The harbour ferry resumed service on Tuesday after a two-week strike ended.</p>
          <p>"We are glad to be back," said Mara Olsen, a union spokeswoman.</p>]]></content:encoded>
      </item>
      <item>
        <title>Council meets</title>
        <link>https://news.example/council</link>
        <pubDate>Wed, 04 Mar 2026 18:00:00 GMT</pubDate>
        <description>The council met on Wednesday to discuss the budget.</description>
      </item>
      <item><title>Empty</title><link>https://news.example/empty</link></item>
      </channel></rss>
      """;

  @Test void readsFullContentOfAnRssItemThroughTheHtmlExtractor() {
    RecordingSink sink = read(RSS);
    Article a = sink.articles.get(0);
    assertEquals("f.xml#item1", a.source());
    assertEquals("https://news.example/ferry", a.url());
    assertEquals("Ferry service resumes", a.title());
    assertEquals(LocalDate.of(2026, 3, 3), a.published());
    assertEquals("The harbour ferry resumed service on Tuesday after a two-week strike ended.\n"
        + "\"We are glad to be back,\" said Mara Olsen, a union spokeswoman.", a.text());
    assertFalse(a.text().contains("<p>"));
  }

  @Test void anItemsDayIsTakenAtItsOwnOffsetNotInUtc() {
    String rss = RSS.replace("Tue, 03 Mar 2026 09:30:00 GMT", "Tue, 10 Mar 2026 01:30:00 +0200")
        .replace("Wed, 04 Mar 2026 18:00:00 GMT", "Wed, 04 Mar 2026 22:30:00 -0500");
    RecordingSink sink = read(rss);
    assertEquals(LocalDate.of(2026, 3, 10), sink.articles.get(0).published());
    assertEquals(LocalDate.of(2026, 3, 4), sink.articles.get(1).published());
    String atom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2026-06-10T01:30:00+02:00</updated>
        <entry><title>Night vote</title><id>urn:e1</id><published>2026-06-10T01:30:00+02:00</published>
        <updated>2026-06-10T01:30:00+02:00</updated><content type="text">The council voted at night on the harbour plan.</content></entry>
        </feed>
        """;
    assertEquals(LocalDate.of(2026, 6, 10), read(atom).articles.get(0).published());
  }

  @Test void keepsASummaryOnlyItemWithAWarning() {
    RecordingSink sink = read(RSS);
    assertEquals(2, sink.articles.size());
    Article b = sink.articles.get(1);
    assertEquals("The council met on Wednesday to discuss the budget.", b.text());
    assertEquals(LocalDate.of(2026, 3, 4), b.published());
    assertEquals(List.of("f.xml#item2: item has only a summary"), sink.warnings);
  }

  @Test void skipsAnItemWithNoText() {
    assertEquals(List.of("f.xml#item3: item has no text (no content nor description)"), read(RSS).skipped);
  }

  @Test void readsAtomEntriesWithHtmlContentAndTheUpdatedDateWhenNotPublished() {
    RecordingSink sink = read("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title><id>urn:x</id><updated>2026-02-01T00:00:00Z</updated>
        <entry><title>Dam inspection</title><id>urn:1</id><link href="https://valley.example/dam"/>
          <updated>2026-02-10T12:00:00Z</updated><author><name>Ines Park</name></author>
          <content type="html">&lt;p&gt;Engineers inspected the old dam on Monday and found no cracks.&lt;/p&gt;</content>
        </entry></feed>
        """);
    Article a = sink.articles.get(0);
    assertEquals("Engineers inspected the old dam on Monday and found no cracks.", a.text());
    assertEquals("https://valley.example/dam", a.url());
    assertEquals("Ines Park", a.byline());
    assertEquals(LocalDate.of(2026, 2, 10), a.published());
    assertEquals(List.of(), sink.warnings);
  }

  @Test void readsAnRdfFeedAndFallsBackToTheDefaultDate() {
    RecordingSink sink = read("""
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <channel rdf:about="https://hill.example/"><title>Hill</title><link>https://hill.example/</link><description>x</description></channel>
        <item rdf:about="https://hill.example/snow"><title>Snow closes pass</title><link>https://hill.example/snow</link>
          <description>Heavy snow closed the mountain pass overnight.</description></item>
        </rdf:RDF>
        """);
    Article a = sink.articles.get(0);
    assertEquals("Heavy snow closed the mountain pass overnight.", a.text());
    assertEquals("https://hill.example/snow", a.url());
    assertEquals(DEFAULT, a.published());
  }

  @Test void refusesAnExternalEntityWithoutReadingIt() {
    RecordingSink sink = read("""
        <?xml version="1.0"?>
        <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/hostname"> ]>
        <rss version="2.0"><channel><title>t</title><link>l</link><description>d</description>
        <item><title>x</title><description>&xxe;</description></item></channel></rss>
        """);
    assertEquals(List.of(), sink.articles);
    assertTrue(sink.skipped.get(0).startsWith("f.xml: refused: the feed declares a DOCTYPE"), sink.skipped.toString());
  }

  @Test void refusesABillionLaughsBombWithoutExpandingIt() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [ <!ENTITY l0 \"ha\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    RecordingSink sink = read("<?xml version=\"1.0\"?>" + dtd + "<rss version=\"2.0\"><channel><title>t</title>"
        + "<link>l</link><description>d</description><item><title>x</title><description>&l10;</description></item>"
        + "</channel></rss>");
    assertEquals(List.of(), sink.articles);
    assertTrue(sink.skipped.get(0).contains("refused: the feed declares a DOCTYPE"), sink.skipped.toString());
  }

  @Test void reportsInvalidXmlWithLineAndColumn() {
    RecordingSink sink = read("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>x</item>\n</channel></rss>");
    assertEquals(1, sink.skipped.size());
    assertTrue(sink.skipped.get(0).matches("f\\.xml: invalid XML at line 3, column \\d+: .+"), sink.skipped.toString());
  }
}
