package newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import newsgraph.analysis.SharedModels;
import newsgraph.analysis.Spans;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private static Document annotate(String text) {
    return SharedModels.entityRecognizer().apply(SharedModels.split(text));
  }

  private static Optional<Entity> named(Document d, String name) {
    return d.entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Test void findsPeopleOrganisationsAndPlaces() {
    Document d = annotate("John Smith, a spokesman for the World Health Organization, spoke in Paris on Monday.");
    assertEquals(EntityType.PERSON, named(d, "John Smith").orElseThrow().type());
    assertEquals(EntityType.ORGANIZATION, named(d, "World Health Organization").orElseThrow().type());
    assertEquals(EntityType.LOCATION, named(d, "Paris").orElseThrow().type());
  }

  @Test void repeatsOfOneExactNameAreOneEntity() {
    Document d = annotate("Germany beat France.\nLater Germany lost to Spain in Madrid.");
    Entity germany = named(d, "Germany").orElseThrow();
    assertEquals(2, germany.mentions().size());
    assertEquals(1, d.entities().stream().filter(e -> e.name().equals("Germany")).count());
  }

  @Test void numbersEntitiesInOrderOfFirstMention() {
    Document d = annotate("Paris hosted Berlin officials.");
    assertEquals(List.of("e1", "e2"), d.entities().stream().map(Entity::id).toList().subList(0, 2));
    assertEquals("Paris", d.entities().get(0).name());
  }

  @Test void mentionsPointAtTheirText() {
    Document d = annotate("😀 Angela Merkel met Emmanuel Macron in Brussels.\nMerkel said little.");
    Spans.assertConsistent(d);
    assertTrue(d.entities().size() >= 3, d.entities().toString());
  }

  @Test void leavesLaterFieldsEmpty() {
    Entity e = annotate("Reuters reported from Tokyo.").entities().get(0);
    assertEquals(List.of(), e.aliases());
    assertEquals(List.of(), e.roles());
    assertEquals(null, e.place());
  }

  @Test void findsNothingInTextWithoutNames() {
    assertEquals(List.of(), annotate("it was raining and nobody came.").entities());
  }

  @Test void aListNumberTheSplitterCutOffDoesNotHideTheNameAfterIt() {
    // The splitter ends a sentence at "2."; the runner's name is tagged with the rest of its line.
    Document d = annotate("1. Paula Radcliffe ( Britain ) 14:46.76\n2. Venuste Niyongabo ( Burundi ) 13:03.85");
    assertEquals(EntityType.PERSON, named(d, "Venuste Niyongabo").orElseThrow().type());
    assertEquals(EntityType.LOCATION, named(d, "Burundi").orElseThrow().type());
  }

  @Test void aNameEndsWithItsSentenceThoughSentencesAreTaggedTogether() {
    Document d = annotate("The delegates flew in from Paris\nLondon hosted the talks on Monday.");
    assertEquals(EntityType.LOCATION, named(d, "Paris").orElseThrow().type());
    assertEquals(EntityType.LOCATION, named(d, "London").orElseThrow().type());
    assertTrue(named(d, "Paris\nLondon").isEmpty(), d.entities().toString());
  }

  @Test void anArticleLongerThanOneTaggingPassKeepsEveryName() {
    // 400 sentences of 11 tokens: three passes; each sentence names the same two people.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 400; i++) text.append("Angela Merkel met Emmanuel Macron in Brussels on day ").append(i).append(".\n");
    Document d = annotate(text.toString());
    assertEquals(400, named(d, "Angela Merkel").orElseThrow().mentions().size());
    assertEquals(400, named(d, "Emmanuel Macron").orElseThrow().mentions().size());
    assertEquals(400, named(d, "Brussels").orElseThrow().mentions().size());
  }

  @Test void aLineLongerThanOneTaggingPassKeepsEveryName() {
    // One "sentence" of 3,300 tokens (a table without full stops): tagged in windows.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300; i++) text.append("Angela Merkel met Emmanuel Macron in Brussels on day ").append(i).append(" ; ");
    Document d = annotate(text.toString());
    assertTrue(named(d, "Brussels").orElseThrow().mentions().size() >= 299, d.entities().toString().substring(0, 200));
  }
}
