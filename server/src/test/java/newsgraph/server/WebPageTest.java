package newsgraph.server;

import static newsgraph.server.ApiFixtures.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's files as the server answers them (the browser tests are in WebPageE2ETest). */
class WebPageTest {
  @TempDir static Path dir;
  static ApiServer server;

  @BeforeAll
  static void start() {
    server = ApiServer.start(0, dir.resolve("no-store-needed"));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void theRootIsThePageUnderTheStrictPolicyWithOnlyExternalScripts() throws Exception {
    HttpResponse<String> r = get(server, "/");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.startsWith("default-src 'self'") && !csp.contains("unsafe-inline"), csp);
    assertTrue(r.body().contains("<script type=\"module\" src=\"/web/app.js\"></script>"), r.body());
    assertFalse(r.body().matches("(?s).*<script>.*|.*<style.*|.*style=.*"), "inline script or style would need a hash");
  }

  @Test
  void scriptsStylesAndTheMapOutlinesAreServedWithTheirTypes() throws Exception {
    assertEquals("text/javascript; charset=utf-8", get(server, "/web/app.js").headers().firstValue("Content-Type").orElse(""));
    assertEquals("text/css; charset=utf-8", get(server, "/web/style.css").headers().firstValue("Content-Type").orElse(""));
    HttpResponse<String> outlines = get(server, "/web/countries-110m.json");
    assertEquals(200, outlines.statusCode());
    assertTrue(outlines.body().startsWith("{\"type\":\"Topology\""), outlines.body().substring(0, 40));
  }

  @Test
  void aFileAlreadyHeldIsAnswered304ByItsETag() throws Exception {
    String etag = get(server, "/web/dom.js").headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = ApiFixtures.HTTP.send(HttpRequest.newBuilder(ApiFixtures.uri(server, "/web/dom.js"))
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
  }

  @Test
  void onlyPlainNamesOfThePageAreServedAndOthersAre404Json() throws Exception {
    for (String path : new String[] {"/web/missing.js", "/web/..%2Fopenapi.json", "/web/openapi.json.class",
        "/web/%2e%2e%2fApiServer.class", "/web/App.JS"}) {
      HttpResponse<String> r = get(server, path);
      assertEquals(404, r.statusCode(), path + ": " + r.body());
      assertTrue(r.body().startsWith("{\"error\":"), path + ": " + r.body());
    }
  }
}
