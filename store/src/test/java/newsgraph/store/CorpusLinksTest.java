package newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsgraph.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLinksTest {
  @TempDir Path dir;

  private static final List<Document> DOCS = List.of(
      StoreFixtures.article("a", "2024-03-01", "Anna Smith", "We will not accept the grain deal", "Geneva"),
      StoreFixtures.article("a2", "2024-03-02", "Anna Smith", "We will not accept the grain deal", "Geneva"),
      StoreFixtures.article("b", "2024-03-05", "Tom Ng", "Interest rates must fall soon", "London"),
      StoreFixtures.article("c", "2024-04-02", "Anna Smith", "The harvest was the best in years", "London"));

  private static Map<String, LinkSearch.ArticleLinks> build(Path store, List<Document> docs) throws Exception {
    try (Store s = Store.open(store)) {
      for (Document d : docs) s.add(d, d.source());
      s.link();
    }
    Map<String, LinkSearch.ArticleLinks> out = new HashMap<>();
    try (LinkSearch l = LinkSearch.open(store)) {
      for (Document d : docs) out.put(d.id(), l.article(d.id()));
    }
    return out;
  }

  @Test
  void storeWithoutLinksAnswersEmpty() throws Exception {
    StoreFixtures.fill(dir);
    try (LinkSearch l = LinkSearch.open(dir)) {
      assertNull(l.article(DOCS.get(0).id()).storyId());
      assertTrue(l.people("", 10).isEmpty());
      assertNull(l.storyJson("abc"));
    }
  }

  @Test
  void linksDoNotDependOnTheOrderArticlesWereStored() throws Exception {
    var forward = build(dir.resolve("one"), DOCS);
    List<Document> reversed = new ArrayList<>(DOCS);
    java.util.Collections.reverse(reversed);
    assertEquals(forward, build(dir.resolve("two"), reversed));
    assertEquals(DOCS.get(0).id(), forward.get(DOCS.get(1).id()).storyId(), "the copy is in its original's story");
    assertNotNull(forward.get(DOCS.get(0).id()).personIds().get("e1"));
    assertEquals(forward.get(DOCS.get(0).id()).personIds().get("e1"), forward.get(DOCS.get(3).id()).personIds().get("e1"));
  }

  @Test
  void aFailureHalfWayLeavesTheOldLinksReadable() throws Exception {
    var before = build(dir, DOCS);
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
        var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
      int[] written = {0};
      assertThrows(IllegalStateException.class, () -> CorpusLinks.rebuild(reader, dir, id -> {
        if (++written[0] == 2) throw new IllegalStateException("disk full");
      }));
    }
    Map<String, LinkSearch.ArticleLinks> after = new HashMap<>();
    try (LinkSearch l = LinkSearch.open(dir)) {
      for (Document d : DOCS) after.put(d.id(), l.article(d.id()));
      assertFalse(l.people("smith", 10).isEmpty());
    }
    assertEquals(before, after);
  }

  @Test
  void aPersonsNamesRolesAndOrganizationsAreCappedWithTheTotals() {
    List<String> names = new ArrayList<>();
    List<newsgraph.people.PersonProfiles.RoleSpan> roles = new ArrayList<>();
    List<newsgraph.people.PersonProfiles.OrganizationCount> orgs = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      names.add("Name " + i);
      roles.add(new newsgraph.people.PersonProfiles.RoleSpan("role " + i, null, null, i == 149 ? 9 : 1));
      orgs.add(new newsgraph.people.PersonProfiles.OrganizationCount("Org " + i, 150 - i));
    }
    var json = CorpusLinks.personJson(new newsgraph.people.PersonProfiles.Profile("p1", "Name 0", names, roles, orgs,
        List.of(), 0, List.of(), 0));
    assertEquals(CorpusLinks.MAX_FACETS, json.path("names").size());
    assertEquals(150, json.path("namesTotal").asInt());
    assertEquals(CorpusLinks.MAX_FACETS, json.path("roles").size());
    assertEquals(150, json.path("rolesTotal").asInt());
    assertTrue(json.path("roles").toString().contains("role 149"), "the role of the most articles stays");
    assertEquals(CorpusLinks.MAX_FACETS, json.path("organizations").size());
    assertEquals("Org 0", json.path("organizations").get(0).path("name").asText());
    assertEquals(150, json.path("organizationsTotal").asInt());
  }

  @Test
  void linkingAgainGivesTheSameAnswer() throws Exception {
    var first = build(dir, DOCS);
    try (Store s = Store.open(dir)) {
      assertTrue(s.hasLinks());
      s.link();
    }
    Map<String, LinkSearch.ArticleLinks> again = new HashMap<>();
    try (LinkSearch l = LinkSearch.open(dir)) {
      for (Document d : DOCS) again.put(d.id(), l.article(d.id()));
      String person = first.get(DOCS.get(0).id()).personIds().get("e1");
      assertTrue(l.personJson(person).contains("\"quotesTotal\":3"), l.personJson(person));
      assertFalse(l.people("smith", 10).isEmpty());
    }
    assertEquals(first, again);
  }
}
