package newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void servesTheApiOnTheCliClasspathAndPrintsTheAddress() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    String[] args = {"serve", "--store", dir.resolve("store").toString(), "--port", "0"};
    Thread serve = new Thread(() -> Main.run(args, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), errStream));
    serve.setDaemon(true); // it blocks until the JVM stops, as the command does
    serve.start();
    Pattern address = Pattern.compile("http://localhost:(\\d+)/");
    Matcher m = address.matcher("");
    for (int i = 0; i < 200 && !m.reset(err.toString(StandardCharsets.UTF_8)).find(); i++) {
      assertTrue(serve.isAlive(), "serve stopped: " + err.toString(StandardCharsets.UTF_8));
      Thread.sleep(50);
    }
    assertTrue(m.reset(err.toString(StandardCharsets.UTF_8)).find(), err.toString(StandardCharsets.UTF_8));
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + m.group(1) + "/api/search?q=grain")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(503, r.statusCode(), r.body()); // no store yet: the answer says to ingest
    assertTrue(r.body().contains("ingest"), r.body());
  }

  @Test
  void ingestFirstThenServeThePageAndTheArticles() throws Exception {
    java.nio.file.Path article = dir.resolve("bridge.txt");
    java.nio.file.Files.writeString(article, "\u201cWe will reopen the bridge by May,\u201d Mayor Ana Ruiz said on Monday.\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    String[] args = {"serve", "--ingest", article.toString(), "--store", dir.resolve("store").toString(), "--port", "0"};
    Thread serve = new Thread(() -> Main.run(args, new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), errStream));
    serve.setDaemon(true);
    serve.start();
    Matcher m = Pattern.compile("http://localhost:(\\d+)/").matcher("");
    for (int i = 0; i < 1200 && !m.reset(err.toString(StandardCharsets.UTF_8)).find(); i++) {
      assertTrue(serve.isAlive(), "serve stopped: " + err.toString(StandardCharsets.UTF_8));
      Thread.sleep(100);
    }
    String log = err.toString(StandardCharsets.UTF_8);
    assertTrue(m.reset(log).find(), log);
    assertTrue(log.indexOf("1 articles added") < log.indexOf("serving"), log); // stored before serving
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> search = http.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + m.group(1) + "/api/search?q=bridge")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, search.statusCode(), search.body());
    assertTrue(search.body().contains("\"total\":1"), search.body());
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + m.group(1) + "/")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("/web/app.js"), page.body());
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"serve", "--port", "70000"}, new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port"));
  }
}
