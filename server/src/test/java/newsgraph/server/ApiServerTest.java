package newsgraph.server;

import static newsgraph.server.ApiFixtures.get;
import static newsgraph.server.ApiFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {
  @TempDir static Path dir;
  static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    ApiFixtures.fill(dir.resolve("store"));
    server = ApiServer.start(0, dir.resolve("store"));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return json(r);
  }

  private static void assertError(int status, HttpResponse<String> r, String mentions) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    JsonNode body = json(r);
    assertEquals(1, body.size(), r.body());
    assertTrue(body.path("error").asText().contains(mentions), r.body());
  }

  private static List<String> sources(JsonNode result) {
    List<String> out = new ArrayList<>();
    result.path("hits").forEach(h -> out.add(h.path("source").asText()));
    out.sort(null);
    return out;
  }

  @Test
  void searchFindsWordsAndMarksThemInAnEscapedSnippet() throws Exception {
    JsonNode r = ok(get(server, "/api/search?q=grain"));
    assertEquals(2, r.path("total").asInt());
    assertEquals(List.of("a", "a-copy"), sources(r));
    String snippet = r.path("hits").get(0).path("snippet").asText();
    assertTrue(snippet.contains("<mark>grain</mark>"), snippet);
    assertTrue(snippet.contains("&lt;b&gt;") && snippet.contains("&amp;"), snippet);
    assertFalse(snippet.contains("<b>"), snippet);
  }

  @Test
  void searchHitsCarryTheirMatchingQuotesWithSpeakerNames() throws Exception {
    JsonNode hit = ok(get(server, "/api/search?q=harvest")).path("hits").get(0);
    assertEquals("c", hit.path("source").asText());
    assertEquals("2024-04-02", hit.path("published").asText());
    assertEquals("Talks in London", hit.path("title").asText());
    assertEquals("Anna Smith", hit.path("quotes").get(0).path("speakerName").asText());
    assertEquals("direct", hit.path("quotes").get(0).path("kind").asText());
  }

  @Test
  void searchFiltersBySpeakerAndCountsFacets() throws Exception {
    JsonNode r = ok(get(server, "/api/search?speaker=Anna%20Smith"));
    assertEquals(List.of("a", "a-copy", "c"), sources(r));
    JsonNode speakers = r.path("facets").path("speaker");
    assertEquals("Anna Smith", speakers.get(0).path("value").asText());
    assertEquals(3, speakers.get(0).path("count").asInt());
    assertTrue(r.path("hits").get(0).path("snippet").isNull());
  }

  @Test
  void searchFiltersByPlaceAndDateRange() throws Exception {
    assertEquals(List.of("b", "c"), sources(ok(get(server, "/api/search?place=London"))));
    assertEquals(List.of("a-copy", "b"), sources(ok(get(server, "/api/search?from=2024-03-02&to=2024-03-31"))));
  }

  @Test
  void searchPagesThroughHits() throws Exception {
    JsonNode second = ok(get(server, "/api/search?size=3&page=2"));
    assertEquals(4, second.path("total").asInt());
    assertEquals(2, second.path("page").asInt());
    assertEquals(1, second.path("hits").size());
  }

  @Test
  void badParametersAre400WithTheReason() throws Exception {
    assertError(400, get(server, "/api/search?from=2024-13-01"), "'from'");
    assertError(400, get(server, "/api/search?to=yesterday"), "'to'");
    assertError(400, get(server, "/api/search?page=0"), "'page'");
    assertError(400, get(server, "/api/search?page=two"), "'page'");
    assertError(400, get(server, "/api/search?from=2024-05-01&to=2024-04-01"), "after");
  }

  @Test
  void pagingPastTheFirstTenThousandHitsIs400() throws Exception {
    assertError(400, get(server, "/api/search?page=101&size=100"), "10000");
    assertError(400, get(server, "/api/search?page=10000&size=10"), "10000");
    assertEquals(200, get(server, "/api/search?page=100&size=100").statusCode());
  }

  @Test
  void documentsComeWithCopyOfAndStoryId() throws Exception {
    JsonNode original = ok(get(server, "/api/documents/" + ApiFixtures.GRAIN.id()));
    assertEquals(ApiFixtures.GRAIN.text(), original.path("text").asText());
    assertEquals("Anna Smith", original.path("entities").get(0).path("name").asText());
    assertTrue(original.has("copyOf") && original.path("copyOf").isNull());
    assertTrue(original.has("storyId") && original.path("storyId").isNull());
    JsonNode copy = ok(get(server, "/api/documents/" + ApiFixtures.GRAIN_COPY.id()));
    assertEquals(ApiFixtures.GRAIN.id(), copy.path("copyOf").asText());
  }

  @Test
  void unknownDocumentsAndRoutesAre404Json() throws Exception {
    assertError(404, get(server, "/api/documents/0123456789abcdef"), "0123456789abcdef");
    assertError(404, get(server, "/api/documents/%3Cscript%3E"), "no document");
    assertError(404, get(server, "/api/nothing-here"), "/api/nothing-here");
    assertError(404, get(server, "/api/people/p1"), "no person");
    assertError(404, get(server, "/api/people/p1/quotes"), "no such route");
  }

  @Test
  void everyAnswerCarriesSecurityHeaders() throws Exception {
    for (String path : List.of("/api/search?q=grain", "/api/nothing-here", "/api/search?page=0", "/openapi.json")) {
      HttpResponse<String> r = get(server, path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
    }
  }

  @Test
  void openApiDescribesEveryRoute() throws Exception {
    JsonNode api = ok(get(server, "/openapi.json"));
    assertEquals("3.1.0", api.path("openapi").asText());
    for (String path : List.of("/api/search", "/api/documents/{id}", "/api/analyze", "/openapi.json")) {
      assertTrue(api.path("paths").has(path), path);
    }
    assertTrue(api.path("paths").path("/api/analyze").has("post"));
    List<String> params = new ArrayList<>();
    api.path("paths").path("/api/search").path("get").path("parameters").forEach(p -> params.add(p.path("name").asText()));
    assertEquals(List.of("q", "speaker", "entity", "place", "from", "to", "page", "size"), params);
  }

  @Test
  void openApiReferencesResolve() throws Exception {
    JsonNode api = ok(get(server, "/openapi.json"));
    List<String> refs = new ArrayList<>();
    collectRefs(api, refs);
    assertFalse(refs.isEmpty());
    for (String ref : refs) {
      assertTrue(ref.startsWith("#/"), ref);
      assertFalse(api.at(ref.substring(1)).isMissingNode(), "dangling $ref " + ref);
    }
  }

  private static void collectRefs(JsonNode node, List<String> out) {
    if (node.has("$ref")) out.add(node.path("$ref").asText());
    node.forEach(child -> collectRefs(child, out));
  }
}
