package newsgraph.server;

import static newsgraph.server.ApiFixtures.get;
import static newsgraph.server.ApiFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Quote;
import newsgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People and stories over real HTTP, on a store of hand-made articles linked as ingest links them. */
class PeopleAndStoriesRouteTest {
  @TempDir static Path dir;
  static ApiServer server;

  /** TEXT naming PERSON (with ROLE) who says QUOTE; the other capitalised names given become entities. */
  static Document article(String source, String date, String title, String text, String person, String role,
      String quote, String... others) {
    CodePointIndex index = CodePointIndex.of(text);
    List<Entity> entities = new ArrayList<>();
    int p = text.indexOf(person);
    entities.add(new Entity("e1", EntityType.PERSON, person, List.of(), List.of(role),
        List.of(new Mention(index.span(p, p + person.length()), person)), null));
    for (String other : others) {
      int o = text.indexOf(other);
      EntityType type = other.endsWith("Ministry") || other.endsWith("United") ? EntityType.ORGANIZATION : EntityType.LOCATION;
      entities.add(new Entity("e" + (entities.size() + 1), type, other, List.of(), List.of(),
          List.of(new Mention(index.span(o, o + other.length()), other)), null));
    }
    int q = text.indexOf(quote);
    int cue = text.indexOf("said");
    Quote said = new Quote("q1", Quote.Kind.DIRECT, quote, index.span(q, q + quote.length()), "said",
        index.span(cue, cue + 4), "e1", new Mention(index.span(p, p + person.length()), person), 0.9);
    return Document.of(Article.builder(source, text).title(title).published(LocalDate.parse(date)).build())
        .withEntities(entities).withQuotes(List.of(said));
  }

  static final Document TALKS = article("talks", "2024-03-01", "Grain talks stall in Geneva",
      "Anna Smith, the foreign minister, said: \u201cWe will not sign the grain corridor deal.\u201d Negotiators in Geneva "
          + "argued over wheat shipments, tariffs and the Black Sea corridor for a third day at the Foreign Ministry.",
      "Anna Smith", "foreign minister", "We will not sign the grain corridor deal.", "Geneva", "Foreign Ministry");
  static final Document TALKS_LATER = article("talks-2", "2024-03-02", "Geneva grain corridor talks collapse",
      "Smith, the foreign minister, said: \u201cThe corridor deal is dead for now.\u201d The Geneva talks on wheat "
          + "shipments and the Black Sea grain corridor collapsed after tariffs were raised again.",
      "Smith", "foreign minister", "The corridor deal is dead for now.", "Geneva");
  static final Document MATCH = article("match", "2024-03-05", "Leeds United win at home",
      "John Smith, the coach, said: \u201cThe lads were brilliant.\u201d Leeds United beat their rivals three goals to nil "
          + "in front of a full stadium on Saturday afternoon.",
      "John Smith", "coach", "The lads were brilliant.", "Leeds United");

  @BeforeAll
  static void start() throws Exception {
    try (Store store = Store.open(dir.resolve("store"))) {
      store.add(TALKS_LATER, "k2");
      store.add(MATCH, "k3");
      store.add(TALKS, "k1");
      store.link();
    }
    server = ApiServer.start(0, dir.resolve("store"));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    return json(r);
  }

  private static String personOf(Document d) throws Exception {
    JsonNode doc = ok(get(server, "/api/documents/" + d.id()));
    return doc.path("entities").get(0).path("personId").asText();
  }

  @Test
  void documentsOfOneEventShareAStoryNamedAfterTheEarliest() throws Exception {
    assertEquals(TALKS.id(), ok(get(server, "/api/documents/" + TALKS_LATER.id())).path("storyId").asText());
    assertEquals(TALKS.id(), ok(get(server, "/api/documents/" + TALKS.id())).path("storyId").asText());
    assertTrue(ok(get(server, "/api/documents/" + MATCH.id())).path("storyId").isNull());
  }

  @Test
  void surnameWithTheSameRoleIsTheSamePersonAndTheOtherSmithIsNot() throws Exception {
    assertEquals(personOf(TALKS), personOf(TALKS_LATER));
    assertTrue(!personOf(TALKS).equals(personOf(MATCH)));
    assertTrue(personOf(TALKS).startsWith("p"));
    JsonNode place = ok(get(server, "/api/documents/" + TALKS.id())).path("entities").get(1);
    assertTrue(!place.has("personId"), "only PERSON entities get a personId");
  }

  @Test
  void storyListsItsArticlesInTimeOrderWithItsEntities() throws Exception {
    JsonNode story = ok(get(server, "/api/stories/" + TALKS.id()));
    assertEquals("Grain talks stall in Geneva", story.path("title").asText());
    assertEquals("2024-03-01", story.path("first").asText());
    assertEquals("2024-03-02", story.path("last").asText());
    assertEquals(List.of("talks", "talks-2"), List.of(story.path("documents").get(0).path("source").asText(),
        story.path("documents").get(1).path("source").asText()));
    assertEquals(2, story.path("documents").size());
    assertEquals("Geneva", story.path("entities").get(0).path("name").asText());
    assertEquals(2, story.path("entities").get(0).path("count").asInt());
  }

  @Test
  void personHasEveryNameRoleAndQuoteInTimeOrder() throws Exception {
    JsonNode person = ok(get(server, "/api/people/" + personOf(TALKS)));
    assertEquals("Anna Smith", person.path("name").asText());
    assertEquals(2, person.path("names").size());
    assertEquals("foreign minister", person.path("roles").get(0).path("role").asText());
    assertEquals("2024-03-01", person.path("roles").get(0).path("first").asText());
    assertEquals("2024-03-02", person.path("roles").get(0).path("last").asText());
    assertEquals(2, person.path("roles").get(0).path("documents").asInt());
    assertEquals("We will not sign the grain corridor deal.", person.path("quotes").get(0).path("text").asText());
    assertEquals("The corridor deal is dead for now.", person.path("quotes").get(1).path("text").asText());
    assertEquals("direct", person.path("quotes").get(0).path("type").asText());
    assertEquals("Foreign Ministry", person.path("organizations").get(0).path("name").asText());
    assertEquals(2, person.path("documents").size());
  }

  @Test
  void aPeopleQueryOfThousandsOfWordsIs400NotAFailure() throws Exception {
    var r = get(server, "/api/people?q=" + "smith+anna+".repeat(20) + java.util.stream.IntStream.range(0, 1100)
        .mapToObj(i -> Integer.toString(i, 36)).collect(java.util.stream.Collectors.joining("+")));
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(json(r).path("error").asText().contains("'q'"), r.body());
    assertEquals(1, ok(get(server, "/api/people?q=" + "anna+smith+".repeat(10))).path("people").size());
  }

  @Test
  void peopleSearchMatchesAnyNameCaseBlindMostQuotedFirst() throws Exception {
    assertEquals(2, ok(get(server, "/api/people?q=SMITH")).path("people").size());
    JsonNode anna = ok(get(server, "/api/people?q=anna")).path("people");
    assertEquals(1, anna.size());
    assertEquals("Anna Smith", anna.get(0).path("name").asText());
    assertEquals(2, anna.get(0).path("quotes").asInt());
    assertEquals(2, anna.get(0).path("documents").asInt());
    JsonNode all = ok(get(server, "/api/people")).path("people");
    assertEquals("Anna Smith", all.get(0).path("name").asText());
    assertEquals(0, ok(get(server, "/api/people?q=nobody")).path("people").size());
  }

  @Test
  void unknownPeopleAndStoriesAreJson404s() throws Exception {
    for (String path : List.of("/api/people/p123", "/api/people/nonsense", "/api/stories/abc", "/api/stories/%3Cx%3E")) {
      HttpResponse<String> r = get(server, path);
      assertEquals(404, r.statusCode(), path);
      assertTrue(json(r).path("error").asText().startsWith("no "), r.body());
    }
    assertEquals(400, get(server, "/api/people?size=0").statusCode());
  }

  @Test
  void openApiDescribesPeopleAndStories() throws Exception {
    JsonNode paths = ok(get(server, "/openapi.json")).path("paths");
    for (String path : List.of("/api/people", "/api/people/{id}", "/api/stories/{id}")) {
      assertTrue(paths.path(path).has("get"), path);
    }
  }
}
