package newsgraph.server;

import static newsgraph.server.ApiFixtures.get;
import static newsgraph.server.ApiFixtures.json;
import static newsgraph.server.ApiFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures that need no language models: a missing or broken store, refused bodies. */
class ApiServerFailureTest {
  @TempDir Path dir;

  private static String error(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return json(r).path("error").asText();
  }

  @Test
  void searchWithoutAStoreIs503SayingToIngest() throws Exception {
    try (ApiServer server = ApiServer.start(0, dir.resolve("absent"))) {
      assertTrue(error(get(server, "/api/search?q=x"), 503).contains("ingest"));
      assertTrue(error(get(server, "/api/documents/0123456789abcdef"), 503).contains("ingest"));
    }
  }

  @Test
  void anEmptyStoreFolderIs503Too() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    try (ApiServer server = ApiServer.start(0, dir.resolve("empty"))) {
      assertTrue(error(get(server, "/api/search?q=x"), 503).contains("ingest"));
    }
  }

  @Test
  void aBrokenStoreIs500WithoutAStackTrace() throws Exception {
    Path store = Files.createDirectories(dir.resolve("broken"));
    Files.write(store.resolve("segments_1"), "not a Lucene index".getBytes(StandardCharsets.UTF_8));
    try (ApiServer server = ApiServer.start(0, store)) {
      HttpResponse<String> r = get(server, "/api/search?q=x");
      String message = error(r, 500);
      assertTrue(message.startsWith("internal error"), message);
      assertFalse(r.body().contains("\tat ") || r.body().contains("at org.") || r.body().contains("at newsgraph."), r.body());
    }
  }

  @Test
  void aBodyOverOneMegabyteIs413() throws Exception {
    byte[] big = new byte[ApiServer.MAX_BODY + 1];
    Arrays.fill(big, (byte) 'a');
    try (ApiServer server = ApiServer.start(0, dir)) {
      assertTrue(error(post(server, "/api/analyze", "text/plain", big), 413).contains("larger"));
    }
  }

  @Test
  void aChunkedBodyOverOneMegabyteIs413Json() throws Exception {
    byte[] big = new byte[ApiServer.MAX_BODY + 1];
    Arrays.fill(big, (byte) 'a');
    try (ApiServer server = ApiServer.start(0, dir)) {
      // A publisher of unknown length sends no Content-Length: the limit is met while reading.
      HttpResponse<String> r = ApiFixtures.HTTP.send(java.net.http.HttpRequest.newBuilder(ApiFixtures.uri(server, "/api/analyze"))
          .header("Content-Type", "text/plain")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(error(r, 413).contains("larger"));
    }
  }

  @Test
  void analyzeRefusesEmptyBodiesAndOtherContentTypes() throws Exception {
    try (ApiServer server = ApiServer.start(0, dir)) {
      assertTrue(error(post(server, "/api/analyze", "text/plain", " \n".getBytes(StandardCharsets.UTF_8)), 400).contains("empty"));
      assertTrue(error(post(server, "/api/analyze", "application/pdf", new byte[] {1, 2}), 415).contains("text/plain"));
      assertTrue(error(post(server, "/api/analyze?date=soon", "text/plain", "Hi.".getBytes(StandardCharsets.UTF_8)), 400).contains("'date'"));
      assertTrue(error(post(server, "/api/analyze", "text/html", "<html><body></body></html>".getBytes(StandardCharsets.UTF_8)), 422).contains("no article text"));
      assertTrue(error(get(server, "/api/analyze"), 405).contains("GET is not allowed"));
    }
  }
}
