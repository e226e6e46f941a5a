package newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static final String BODY = "<p>The council voted on Tuesday to reopen the old bridge, which has been closed since the spring floods.</p>"
      + "<p>Repairs cost about four million euros, the mayor said, and took longer than planned.</p>";

  private static ExtractedPage extract(String html) {
    return HtmlExtractor.extract(html, "https://example.org/news/bridge");
  }

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head>" + head + "</head><body>" + body + "</body></html>";
  }

  @Test void readsHeadlineAuthorAndDateFromJsonLd() {
    String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Example\"},{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}],\"datePublished\":\"2024-06-12T10:00:00+02:00\"}]}</script>";
    ExtractedPage p = extract(page(ld + "<meta property=\"og:title\" content=\"Other title\">", "<article>" + BODY + "</article>"));
    assertEquals("Bridge reopens", p.title());
    assertEquals("Ana Ruiz", p.byline());
    assertEquals(LocalDate.of(2024, 6, 12), p.published());
  }

  @Test void readsOpenGraphAndMetaTagsWithoutJsonLd() {
    String head = "<meta property=\"og:title\" content=\"Bridge reopens\">"
        + "<meta property=\"article:published_time\" content=\"2023-01-05T08:00:00Z\">"
        + "<meta property=\"og:url\" content=\"https://example.org/b\"><meta name=\"author\" content=\"Li Wei\">";
    ExtractedPage p = extract(page(head, "<article>" + BODY + "</article>"));
    assertEquals("Bridge reopens", p.title());
    assertEquals(LocalDate.of(2023, 1, 5), p.published());
    assertEquals("https://example.org/b", p.url());
    assertEquals("Li Wei", p.byline());
    assertEquals("en", p.language());
  }

  @Test void fallsBackToCanonicalLinkAndTimeElement() {
    ExtractedPage p = extract(page("<link rel=\"canonical\" href=\"/news/b\">",
        "<article><time datetime=\"2022-03-04\">4 March</time>" + BODY + "</article>"));
    assertEquals("https://example.org/news/b", p.url());
    assertEquals(LocalDate.of(2022, 3, 4), p.published());
  }

  @Test void keepsParagraphsAsLines() {
    ExtractedPage p = extract(page("", "<article>" + BODY + "</article>"));
    assertEquals(2, p.text().split("\n").length, p.text());
    assertTrue(p.text().startsWith("The council voted"), p.text());
  }

  @Test void removesNavigationFooterCommentsAndShareBars() {
    String html = page("", "<nav><a href=/>Home</a> <a href=/world>World news and more</a></nav>"
        + "<div class=\"share-bar\">Share on Facebook</div><article><h1>Bridge reopens</h1>" + BODY + "</article>"
        + "<div id=\"comments\"><p>First comment: what a waste of money, honestly, nobody asked for it.</p></div>"
        + "<footer><p>Copyright Example News, all rights reserved, since 1901.</p></footer>");
    String text = extract(html).text();
    assertFalse(text.contains("Home"), text);
    assertFalse(text.contains("Facebook"), text);
    assertFalse(text.contains("comment"), text);
    assertFalse(text.contains("Copyright"), text);
    assertFalse(text.contains("Bridge reopens"), text);
    assertTrue(text.contains("four million euros"), text);
  }

  @Test void choosesTheProseOverALinkList() {
    StringBuilder links = new StringBuilder("<div class=\"list\"><ul>");
    for (int i = 0; i < 30; i++) links.append("<li><a href=\"/s").append(i).append("\">Another story about the weather, number ").append(i).append("</a></li>");
    links.append("</ul></div>");
    String text = extract(page("", links + "<div class=\"story\">" + BODY + "</div>")).text();
    assertFalse(text.contains("Another story"), text);
    assertTrue(text.contains("old bridge"), text);
  }

  @Test void aPageWithOnlyLinksHasNoText() {
    ExtractedPage p = extract(page("<title>Index</title>", "<nav><a href=/a>A</a></nav><ul><li><a href=/b>Sports</a></li></ul>"));
    assertFalse(p.hasText(), p.text());
  }

  @Test void neverPutsScriptOrStyleInTheText() {
    String text = extract(page("<style>p { color: red }</style>", "<article><script>var secret = 1;</script>"
        + BODY + "<noscript>Enable JavaScript</noscript></article>")).text();
    assertFalse(text.contains("secret"), text);
    assertFalse(text.contains("color"), text);
    assertFalse(text.contains("JavaScript"), text);
  }

  @Test void decodesEntities() {
    String text = extract(page("", "<article><p>Caf&eacute; owners &amp; r&#233;sidents said &ldquo;enough&rdquo;, "
        + "and the council agreed&nbsp;at last to act on the noise.</p></article>")).text();
    assertTrue(text.contains("Café owners & résidents said “enough”"), text);
    assertFalse(text.contains("&"+"nbsp"), text);
  }

  @Test void survivesBrokenAndUnclosedTags() {
    String text = extract("<html><body><div><p>The council voted on Tuesday to reopen the bridge, at last, <b>after months"
        + "<p>Repairs cost about four million euros, the mayor said.</div></span><td>").text();
    assertTrue(text.contains("after months"), text);
    assertTrue(text.contains("four million euros"), text);
  }

  @Test void survivesTenThousandNestedElements() {
    String deep = "<div>".repeat(10_000) + BODY + "</div>".repeat(10_000);
    assertTrue(extract(page("", deep)).text().contains("old bridge"));
  }

  @Test void brokenJsonLdFallsBackToMetaTags() {
    ExtractedPage p = extract(page("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
        + "<meta property=\"og:title\" content=\"Bridge reopens\">", "<article>" + BODY + "</article>"));
    assertEquals("Bridge reopens", p.title());
    assertNull(p.published());
  }
}
