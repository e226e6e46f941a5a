package newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Place;
import newsgraph.document.Quote;
import newsgraph.store.Store;

/** A small store of hand-made analysed articles (no models) and a real HTTP client. */
final class ApiFixtures {
  private ApiFixtures() {}

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  /** An analysed article: one speaker with one direct quote, and one place. */
  static Document article(String source, String date, String speaker, String quote, String place) {
    String text = speaker + " said: \u201c" + quote + "\u201d The talks were held in " + place + ".";
    CodePointIndex index = CodePointIndex.of(text);
    int q = text.indexOf(quote);
    int p = text.indexOf(place);
    Entity person = new Entity("e1", EntityType.PERSON, speaker, List.of(), List.of("minister"),
        List.of(new Mention(index.span(0, speaker.length()), speaker)), null);
    Entity where = new Entity("e2", EntityType.LOCATION, place, List.of(), List.of(),
        List.of(new Mention(index.span(p, p + place.length()), place)),
        new Place(place, 46.2, 6.1, "CH", "P.PPLA", 2660646, null));
    int cue = text.indexOf("said");
    Quote said = new Quote("q1", Quote.Kind.DIRECT, quote, index.span(q, q + quote.length()), "said",
        index.span(cue, cue + 4), "e1", new Mention(index.span(0, speaker.length()), speaker), 0.9);
    return Document.of(Article.builder(source, text).title("Talks in " + place).published(LocalDate.parse(date)).build())
        .withEntities(List.of(person, where)).withQuotes(List.of(said));
  }

  static final Document GRAIN = article("a", "2024-03-01", "Anna Smith", "We will not accept the <b>grain</b> deal & its terms", "Geneva");
  static final Document GRAIN_COPY = article("a-copy", "2024-03-03", "Anna Smith", "We will not accept the <b>grain</b> deal & its terms", "Geneva");
  static final Document RATES = article("b", "2024-03-05", "Tom Ng", "Interest rates must fall soon", "London");
  static final Document HARVEST = article("c", "2024-04-02", "Anna Smith", "The harvest was the best in years", "London");

  /** Four articles: three quote Anna Smith, one copies the grain article, one is in April. */
  static void fill(Path dir) throws IOException {
    try (Store store = Store.open(dir)) {
      store.add(GRAIN, "ka");
      store.add(GRAIN_COPY, "ka2");
      store.add(RATES, "kb");
      store.add(HARVEST, "kc");
    }
  }

  static HttpResponse<String> get(ApiServer server, String pathAndQuery) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(server, pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(ApiServer server, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(server, path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) b.header("Content-Type", contentType);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(ApiServer server, String pathAndQuery) {
    return URI.create("http://localhost:" + server.port() + pathAndQuery);
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }
}
