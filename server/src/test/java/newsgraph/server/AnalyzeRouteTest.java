package newsgraph.server;

import static newsgraph.server.ApiFixtures.json;
import static newsgraph.server.ApiFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one test that loads the language models (about 10 s): text and HTML through the pipeline. */
class AnalyzeRouteTest {
  @TempDir Path dir;

  @Test
  void analyzesPostedTextAndHtmlWithoutStoringThem() throws Exception {
    try (ApiServer server = ApiServer.start(0, dir.resolve("store"))) {
      String text = "\u201cWe will reopen the bridge by May,\u201d Mayor Ana Ruiz said on Monday.";
      HttpResponse<String> r = post(server, "/api/analyze?date=2024-03-06", "text/plain; charset=utf-8",
          text.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, r.statusCode(), r.body());
      JsonNode doc = json(r);
      assertEquals(text, doc.path("text").asText());
      assertEquals("2024-03-06", doc.path("published").asText());
      JsonNode quote = doc.path("quotes").get(0);
      assertEquals("We will reopen the bridge by May,", quote.path("text").asText().strip());
      String speaker = quote.path("speaker").asText();
      doc.path("entities").forEach(e -> {
        if (e.path("id").asText().equals(speaker)) assertEquals("Ana Ruiz", e.path("name").asText());
      });

      String html = "<html lang=en><head><title>Bridge to reopen</title></head><body><article>"
          + "<h1>Bridge to reopen</h1><p>" + text.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")
          + "</p><p>The bridge has been closed since a flood in January.</p></article></body></html>";
      JsonNode page = json(post(server, "/api/analyze", "text/html", html.getBytes(StandardCharsets.UTF_8)));
      assertEquals("Bridge to reopen", page.path("title").asText());
      assertTrue(page.path("text").asText().startsWith(text), page.path("text").asText());
      assertFalse(page.path("text").asText().contains("<p>"));

      // The charset of the request's Content-Type is the page's declaration: without it, these
      // ISO-8859-2 bytes of a mostly English page read as Western ("\u00a3\u00f3d\u009f").
      String polish = "<html><body><article><p>" + text + "</p><p>The bridge in \u0141\u00f3d\u017a has been closed"
          + " since a flood in January, and the repairs took the city many months of work.</p></article></body></html>";
      JsonNode latin2 = json(post(server, "/api/analyze", "text/html; charset=ISO-8859-2",
          polish.getBytes(java.nio.charset.Charset.forName("ISO-8859-2"))));
      assertTrue(latin2.path("text").asText().contains("\u0141\u00f3d\u017a"), latin2.path("text").asText());
      assertFalse(Files.exists(dir.resolve("store")), "analyze must not write a store");
    }
  }
}
