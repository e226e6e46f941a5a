package newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsgraph.analysis.SharedModels;
import newsgraph.analysis.Spans;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Span;
import org.junit.jupiter.api.Test;

class EntityClustererTest {
  private static final EntityClusterer CLUSTERER = new EntityClusterer();

  /** Runs the clusterer on hand-made mentions: "text@type" in order of appearance. */
  private static Document cluster(String text, String... mentions) {
    return CLUSTERER.apply(Document.of(Article.builder("t", text).build()).withEntities(raw(text, mentions)));
  }

  /** One entity per "text@type" mention, in order of appearance. */
  private static List<Entity> raw(String text, String... mentions) {
    CodePointIndex index = CodePointIndex.of(text);
    List<Entity> raw = new ArrayList<>();
    int from = 0;
    for (String m : mentions) {
      String name = m.substring(0, m.indexOf('@'));
      EntityType type = EntityType.valueOf(m.substring(m.indexOf('@') + 1));
      int at = text.indexOf(name, from);
      from = at + name.length();
      Span span = index.span(at, from);
      raw.add(new Entity("e" + (raw.size() + 1), type, name, List.of(), List.of(),
          List.of(new Mention(span, name)), null));
    }
    return raw;
  }

  private static Entity named(Document d, String name) {
    return d.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + d.entities()));
  }

  @Test void joinsASurnameToTheFullName() {
    Document d = cluster("Foreign Minister Anna Smith arrived. Smith said little.",
        "Anna Smith@PERSON", "Smith@PERSON");
    assertEquals(1, d.entities().size());
    assertEquals(List.of("Smith"), named(d, "Anna Smith").aliases());
    assertEquals(2, named(d, "Anna Smith").mentions().size());
  }

  @Test void joinsASurnameTheTaggerCalledSomethingElse() {
    Document d = cluster("Selin Aydemir spoke. Aydemir left.", "Selin Aydemir@PERSON", "Aydemir@ORGANIZATION");
    assertEquals(EntityType.PERSON, named(d, "Selin Aydemir").type());
    assertEquals(1, d.entities().size());
  }

  @Test void joinsInitialsToTheFullName() {
    Document d = cluster("Anna Smith won. A. Smith was pleased.", "Anna Smith@PERSON", "A. Smith@PERSON");
    assertEquals(List.of("A. Smith"), named(d, "Anna Smith").aliases());
  }

  @Test void keepsInitialsThatDoNotMatchApart() {
    Document d = cluster("Anna Smith won. B. Smith lost.", "Anna Smith@PERSON", "B. Smith@PERSON");
    assertEquals(2, d.entities().size());
  }

  @Test void keepsTwoPeopleWhoShareASurnameApart() {
    Document d = cluster("Maria Lopez spoke first. Lopez said yes. Later Daniel Lopez spoke. Lopez said no.",
        "Maria Lopez@PERSON", "Lopez@PERSON", "Daniel Lopez@PERSON", "Lopez@PERSON");
    assertEquals(2, d.entities().size());
    assertEquals(2, named(d, "Maria Lopez").mentions().size());
    assertEquals(2, named(d, "Daniel Lopez").mentions().size());
    assertTrue(named(d, "Daniel Lopez").mentions().get(1).span().start() > 50);
  }

  @Test void anOrganisationsFirstOrLastWordsAreItsShortForm() {
    Document d = cluster("Quillon Bank was fined. Shares in Quillon fell. The Harbour Mavericks won; the Mavericks lead.",
        "Quillon Bank@ORGANIZATION", "Quillon@ORGANIZATION", "Harbour Mavericks@ORGANIZATION", "Mavericks@ORGANIZATION");
    assertEquals(2, d.entities().size(), d.entities().toString());
    assertEquals(List.of("Quillon"), named(d, "Quillon Bank").aliases());
    assertEquals(List.of("Mavericks"), named(d, "Harbour Mavericks").aliases());
  }

  @Test void aPlaceTheGazetteerKnowsIsTheShortFormOfATeamNamedAfterIt() {
    Document d = cluster("Pune Pioneers lost. Pune never recovered; Pune Bank fell.",
        "Pune Pioneers@ORGANIZATION", "Pune@ORGANIZATION", "Pune Bank@ORGANIZATION");
    assertEquals(2, d.entities().size(), d.entities().toString());
    assertEquals(List.of("Pune"), named(d, "Pune Pioneers").aliases());
  }

  @Test void aPlaceTheGazetteerKnowsIsNoShortFormOfAnOrganisation() {
    Document d = cluster("The London Stock Exchange rose. London traders cheered; London Bank fell.",
        "London Stock Exchange@ORGANIZATION", "London@ORGANIZATION", "London Bank@ORGANIZATION");
    assertEquals(3, d.entities().size(), d.entities().toString());
  }

  @Test void joinsAnAcronymDefinedInBrackets() {
    Document d = cluster("The National Grid Authority (NGA) said. The NGA added.",
        "National Grid Authority@ORGANIZATION", "NGA@ORGANIZATION", "NGA@ORGANIZATION");
    Entity nga = named(d, "National Grid Authority");
    assertEquals(List.of("NGA"), nga.aliases());
    assertEquals(3, nga.mentions().size());
  }

  @Test void anAcronymTakesItsExpansionsType() {
    Document d = cluster("The World Health Organization warned. The WHO said.",
        "World Health Organization@ORGANIZATION", "WHO@MISC");
    assertEquals(EntityType.ORGANIZATION, named(d, "World Health Organization").type());
    assertEquals(1, d.entities().size());
  }

  @Test void aBracketedAcronymThatDoesNotSpellAPersonsNameIsTheirTitle() {
    Document d = cluster("The lawyer, Babatunde Salami (SAN), told the court.",
        "Babatunde Salami@PERSON", "SAN@ORGANIZATION");
    assertEquals(1, d.entities().size(), d.entities().toString());
    assertEquals(List.of(), named(d, "Babatunde Salami").aliases());
    assertEquals(List.of("SAN"), named(d, "Babatunde Salami").roles());
  }

  @Test void aBracketedAcronymNamedAgainIsNoTitle() {
    Document d = cluster("Michael Johnson (USA) won. The USA team cheered.",
        "Michael Johnson@PERSON", "USA@LOCATION", "USA@LOCATION");
    assertEquals(2, d.entities().size(), d.entities().toString());
    assertEquals(List.of(), named(d, "Michael Johnson").roles());
    assertEquals(2, named(d, "USA").mentions().size());
  }

  @Test void leavesAnUnrelatedAcronymAlone() {
    Document d = cluster("The World Health Organization warned. The IMF said.",
        "World Health Organization@ORGANIZATION", "IMF@ORGANIZATION");
    assertEquals(2, d.entities().size());
  }

  @Test void givesARepeatedNameTheTypeMostMentionsHave() {
    Document d = cluster("Kremlin a. Kremlin b. Kremlin c. Kremlin d.", "Kremlin@ORGANIZATION",
        "Kremlin@ORGANIZATION", "Kremlin@LOCATION", "Kremlin@ORGANIZATION");
    assertEquals(1, d.entities().size());
    assertEquals(EntityType.ORGANIZATION, d.entities().get(0).type());
  }

  @Test void aPlaceAfterAtKeepsItsTypeAgainstTheOthers() {
    // A fixture line among standings: the teams are organisations, the venue a place.
    String text = "CHICAGO 70 63\nMILWAUKEE AT CHICAGO\nCHICAGO AT HOUSTON\nCHICAGO 64 64\n";
    Document d = CLUSTERER.apply(SharedModels.split(text).withEntities(raw(text, "CHICAGO@ORGANIZATION",
        "MILWAUKEE@ORGANIZATION", "CHICAGO@LOCATION", "CHICAGO@ORGANIZATION", "HOUSTON@LOCATION",
        "CHICAGO@ORGANIZATION")));
    List<Entity> chicago = d.entities().stream().filter(e -> e.name().equals("CHICAGO")).toList();
    assertEquals(2, chicago.size(), d.entities().toString());
    assertEquals(List.of(EntityType.ORGANIZATION, EntityType.LOCATION), chicago.stream().map(Entity::type).toList());
    assertEquals(3, chicago.get(0).mentions().size());
  }

  @Test void aNameOfSeveralWordsInRunningTextTakesOneType() {
    Document d = cluster("at the Wankhede Stadium on Sunday. The final is at the Wankhede Stadium in May.",
        "Wankhede Stadium@MISC", "Wankhede Stadium@LOCATION");
    assertEquals(1, d.entities().size(), d.entities().toString());
    assertEquals(EntityType.LOCATION, d.entities().get(0).type(), "MISC loses a tie");
    d = cluster("Hollis Group bought it. Hollis Group said so. Hollis Group again.",
        "Hollis Group@ORGANIZATION", "Hollis Group@PERSON", "Hollis Group@ORGANIZATION");
    assertEquals(1, d.entities().size(), "two in three: the commonest type");
    assertEquals(EntityType.ORGANIZATION, d.entities().get(0).type());
    d = cluster("Juventus's Zinedine Zidane came on. Zinedine Zidane 46th.",
        "Zinedine Zidane@LOCATION", "Zinedine Zidane@PERSON");
    assertEquals(2, d.entities().size(), "a tie of two real types settles nothing");
  }

  @Test void keepsANameWithoutAClearTypeAsTwoThings() {
    Document d = cluster("AT NEW YORK: NEW YORK 5 Boston 3.", "NEW YORK@LOCATION", "NEW YORK@ORGANIZATION");
    assertEquals(2, d.entities().size());
  }

  @Test void namesTheEntityByItsFullNameAndTypesItByIt() {
    Document d = cluster("Washington spoke. MaliVai Washington won. Washington again.",
        "Washington@LOCATION", "MaliVai Washington@PERSON", "Washington@LOCATION");
    Entity e = named(d, "MaliVai Washington");
    assertEquals(EntityType.PERSON, e.type());
  }

  @Test void numbersEntitiesByFirstMention() {
    Document d = cluster("Paris and Anna Smith. Smith.", "Paris@LOCATION", "Anna Smith@PERSON", "Smith@PERSON");
    assertEquals(List.of("e1", "e2"), d.entities().stream().map(Entity::id).toList());
    assertEquals("Paris", d.entities().get(0).name());
  }

  @Test void findsInitialsAndAcronyms() {
    assertEquals("WHO", Acronyms.initials("World Health Organization"));
    assertEquals("UNHCR", Acronyms.initials("United Nations High Commissioner for Refugees"));
    assertTrue(Acronyms.isAcronym("U.S."));
    assertFalse(Acronyms.isAcronym("Smith"));
    assertTrue(EntityClusterer.shortens(new String[] {"F.", "A.", "Adeyemi"}, new String[] {"Folake", "Ade", "Adeyemi"}));
  }

  @Test void acceptsOnlyBracketsThatAbbreviateTheName() {
    assertTrue(Acronyms.abbreviates("IAEA", "International Atomic Energy Agency"));
    assertTrue(Acronyms.abbreviates("MSF", "Médecins Sans Frontières"));
    assertFalse(Acronyms.abbreviates("PFE.N", "Pfizer Inc"));
    assertFalse(Acronyms.abbreviates("AP", "London Bureau"));
  }

  @Test void findsLaterUsesOfABracketedAcronymTheTaggerMissed() {
    Document d = cluster("The World Health Organization (WHO) warned. Later the WHO said more.",
        "World Health Organization@ORGANIZATION");
    assertEquals(3, named(d, "World Health Organization").mentions().size());
  }

  @Test void worksOnRealTaggerOutput() {
    Document d = SharedModels.standard().apply(Article.builder("t",
        "Foreign Minister Anna Smith met officials of the World Health Organization (WHO) in Geneva.\n"
            + "Smith said the WHO would help.").build());
    Spans.assertConsistent(d);
    assertEquals(2, named(d, "Anna Smith").mentions().size());
    assertEquals(List.of("WHO"), named(d, "World Health Organization").aliases());
  }

  @Test void anAcronymsMentionsOutvoteTheTypeOfAHeadlineExpansion() {
    Document d = cluster("UNITED STATES MARKETS FALL\nU.S. bonds fell. U.S. data was strong. Traders in the U.S. sold.",
        "UNITED STATES@ORGANIZATION", "U.S.@LOCATION", "U.S.@LOCATION", "U.S.@LOCATION");
    assertEquals(1, d.entities().size());
    assertEquals(EntityType.LOCATION, named(d, "UNITED STATES").type());
  }

  @Test void aMixedCaseNameKeepsItsOwnTypeAgainstItsShortForms() {
    Document d = cluster("The European Central Bank acted. ECB staff left. ECB rates rose.",
        "European Central Bank@ORGANIZATION", "ECB@LOCATION", "ECB@LOCATION");
    assertEquals(1, d.entities().size());
    assertEquals(EntityType.ORGANIZATION, named(d, "European Central Bank").type());
  }

  @Test void aHolidayIsNoShortFormOfAPersonsName() {
    Document d = cluster("He plays Father Christmas. In the spirit of Christmas, Hanks said.",
        "Father Christmas@PERSON", "Christmas@LOCATION", "Hanks@PERSON");
    assertEquals(List.of(), named(d, "Father Christmas").aliases());
    assertEquals(3, d.entities().size());
  }

  @Test void aNameThatStartsWithTheAcronymIsNoExpansionOfIt() {
    Document d = cluster("The US Senate voted. US troops left. US firms grew.",
        "US Senate@ORGANIZATION", "US@LOCATION", "US@LOCATION");
    assertEquals(2, d.entities().size());
    assertEquals(EntityType.ORGANIZATION, named(d, "US Senate").type());
    assertEquals(EntityType.LOCATION, named(d, "US").type());
    assertEquals(List.of(), named(d, "US Senate").aliases());
  }

  @Test void anAcronymStillJoinsANameItIsNotAWordOf() {
    Document d = cluster("The United States voted. US troops left.",
        "United States@LOCATION", "US@LOCATION");
    assertEquals(List.of("US"), named(d, "United States").aliases());
  }
}
