package newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.analysis.SharedModels;
import newsgraph.analysis.Spans;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import org.junit.jupiter.api.Test;

class UnnamedBodyFinderTest {
  private static Document analyse(String text) {
    Document d = SharedModels.standard().apply(Article.builder("t", text).build());
    Spans.assertConsistent(d);
    return d;
  }

  private static List<String> organisations(Document d) {
    return d.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(Entity::name).toList();
  }

  @Test void aBodyThatSpeaksBecomesAnOrganisation() {
    Document d = analyse("Cholera cases rose in the west, the health ministry said on Tuesday.");
    assertEquals(List.of("health ministry"), organisations(d));
  }

  @Test void keepsThePossessorInTheName() {
    Document d = analyse("Exports will resume next month, Russia's agriculture ministry said.");
    assertTrue(organisations(d).contains("Russia's agriculture ministry"), organisations(d).toString());
  }

  @Test void joinsTheNamedOrganisationItShortens() {
    Document d = analyse("Regulators fined Thameside Bank 40 million pounds on Monday.\n"
        + "The bank said it would not appeal.");
    Entity bank = d.entities().stream().filter(e -> e.name().equals("Thameside Bank")).findFirst().orElseThrow();
    assertEquals(2, bank.mentions().size());
    assertEquals(List.of("bank"), bank.aliases());
  }

  @Test void joinsANamedOrganisationWhoseNameRepeatsAWord() {
    // Regression: a name with a repeated word ("of") once broke the stage on BBC articles.
    String text = "The Department of Trade and Department of Industry fined it.\nThe department said so.";
    Document d = SharedModels.split(text);
    int at = text.indexOf("Department");
    String name = "Department of Trade and Department of Industry";
    newsgraph.document.Span span = new newsgraph.document.Span(at, at + name.length());
    d = d.withEntities(List.of(new Entity("e1", EntityType.ORGANIZATION, name, List.of(), List.of(),
        List.of(new newsgraph.document.Mention(span, name)), null)));
    Entity e = new UnnamedBodyFinder().apply(d).entities().get(0);
    assertEquals(2, e.mentions().size());
  }

  @Test void aBodyMentionedInPassingIsNoActor() {
    Document d = analyse("Shares in the company fell sharply in early trading.");
    assertEquals(List.of(), organisations(d));
  }

  @Test void numbersEntitiesByFirstMentionAfterAdding() {
    Document d = analyse("The ministry said on Monday that Anna Smith would travel to Paris.");
    assertEquals(List.of("e1", "e2", "e3"), d.entities().stream().map(Entity::id).toList());
    assertEquals("ministry", d.entities().get(0).name());
  }
}
