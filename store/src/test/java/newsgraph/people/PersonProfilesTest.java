package newsgraph.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Quote;
import org.junit.jupiter.api.Test;

class PersonProfilesTest {
  /** "NAME, ROLE, said: "QUOTE"" with the bank named, published on DATE. */
  static Document said(String source, String date, String name, String role, String quote) {
    String text = name + ", " + role + " of Thameside Bank, said: \u201c" + quote + "\u201d";
    CodePointIndex index = CodePointIndex.of(text);
    int bank = text.indexOf("Thameside Bank");
    int q = text.indexOf(quote);
    int cue = text.indexOf("said");
    Entity person = new Entity("e1", EntityType.PERSON, name, List.of(), List.of(role),
        List.of(new Mention(index.span(0, name.length()), name)), null);
    Entity org = new Entity("e2", EntityType.ORGANIZATION, "Thameside Bank", List.of(), List.of(),
        List.of(new Mention(index.span(bank, bank + 14), "Thameside Bank")), null);
    Quote said = new Quote("q1", Quote.Kind.DIRECT, quote, index.span(q, q + quote.length()), "said",
        index.span(cue, cue + 4), "e1", new Mention(index.span(0, name.length()), name), 0.9);
    return Document.of(Article.builder(source, text).title(quote).published(date == null ? null : LocalDate.parse(date)).build())
        .withEntities(List.of(person, org)).withQuotes(List.of(said));
  }

  private static final PersonResolver.Person ANNA = new PersonResolver.Person("p1", "Anna Smith", List.of("Anna Smith"));

  @Test
  void quotesComeInTimeOrderWhateverOrderArticlesArrive() {
    PersonProfiles profiles = new PersonProfiles();
    profiles.add(said("c", "2024-05-01", "Anna Smith", "chief executive", "Third"), Map.of("e1", "p1"));
    profiles.add(said("n", null, "Anna Smith", "chief executive", "Undated"), Map.of("e1", "p1"));
    profiles.add(said("a", "2024-01-01", "Anna Smith", "chief economist", "First"), Map.of("e1", "p1"));
    profiles.add(said("b", "2024-03-01", "Anna Smith", "chief executive", "Second"), Map.of("e1", "p1"));
    var p = profiles.profile(ANNA);
    assertEquals(List.of("First", "Second", "Third", "Undated"), p.quotes().stream().map(PersonProfiles.QuoteRef::text).toList());
    assertEquals(4, p.documents().size());
  }

  @Test
  void rolesCarryTheirFirstAndLastDay() {
    PersonProfiles profiles = new PersonProfiles();
    profiles.add(said("a", "2024-01-01", "Anna Smith", "chief economist", "x"), Map.of("e1", "p1"));
    profiles.add(said("c", "2024-05-01", "Anna Smith", "chief executive", "y"), Map.of("e1", "p1"));
    profiles.add(said("b", "2024-03-01", "Anna Smith", "the chief executive", "z"), Map.of("e1", "p1"));
    var roles = profiles.profile(ANNA).roles();
    assertEquals(List.of(new PersonProfiles.RoleSpan("chief economist", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-01"), 1),
        new PersonProfiles.RoleSpan("chief executive", LocalDate.parse("2024-03-01"), LocalDate.parse("2024-05-01"), 2)), roles);
  }

  @Test
  void organisationsAreCountedOncePerArticle() {
    PersonProfiles profiles = new PersonProfiles();
    profiles.add(said("a", "2024-01-01", "Anna Smith", "chief economist", "x"), Map.of("e1", "p1"));
    profiles.add(said("b", "2024-01-02", "Anna Smith", "chief economist", "y"), Map.of("e1", "p1"));
    assertEquals(List.of(new PersonProfiles.OrganizationCount("Thameside Bank", 2)), profiles.profile(ANNA).organizations());
  }

  @Test
  void onlyTheFirstQuotesAndArticlesInTimeOrderAreHeldWithTheTotals() {
    PersonProfiles profiles = new PersonProfiles(2);
    profiles.add(said("c", "2024-05-01", "Anna Smith", "chief executive", "Third"), Map.of("e1", "p1"));
    profiles.add(said("n", null, "Anna Smith", "chief executive", "Undated"), Map.of("e1", "p1"));
    profiles.add(said("a", "2024-01-01", "Anna Smith", "chief economist", "First"), Map.of("e1", "p1"));
    profiles.add(said("b", "2024-03-01", "Anna Smith", "chief executive", "Second"), Map.of("e1", "p1"));
    var p = profiles.profile(ANNA);
    assertEquals(List.of("First", "Second"), p.quotes().stream().map(PersonProfiles.QuoteRef::text).toList());
    assertEquals(4, p.quotesTotal());
    assertEquals(List.of("First", "Second"), p.documents().stream().map(PersonProfiles.DocumentRef::title).toList());
    assertEquals(4, p.documentsTotal());
  }

  @Test
  void aRoleCountsOncePerArticleThoughTwoEntitiesOfThePersonGiveIt() {
    Document doc = said("a", "2024-01-01", "Anna Smith", "chief economist", "x");
    var e = doc.entities().get(0);
    var twin = new newsgraph.document.Entity("e9", e.type(), e.name(), e.aliases(), e.roles(), e.mentions(), e.place());
    java.util.List<newsgraph.document.Entity> entities = new java.util.ArrayList<>(doc.entities());
    entities.add(twin);
    PersonProfiles profiles = new PersonProfiles();
    profiles.add(doc.withEntities(entities), Map.of("e1", "p1", "e9", "p1"));
    assertEquals(1, profiles.profile(ANNA).roles().get(0).documents());
  }
}
