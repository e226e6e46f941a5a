package newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import newsgraph.analysis.SharedModels;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "done when" on the project's own example articles: every article lists each of
 * its people and organisations once, and the referents the tagger used to split stay whole.
 */
class ExampleArticlesTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "articles");
  private static final Map<String, Document> ANALYSED = new HashMap<>();

  @BeforeAll
  static void analyse() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        // One paragraph a line, as the ingest stage lays plain text out.
        String text = Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll("\\n\\s*\\n", "\n");
        ANALYSED.put(file.getFileName().toString(),
            SharedModels.standard().apply(Article.builder(file.toString(), text).build()));
      }
    }
  }

  private static Entity named(String article, String name) {
    return ANALYSED.get(article).entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + ANALYSED.get(article).entities()));
  }

  @Test void everyArticleListsEachPersonAndOrganisationOnce() {
    assertEquals(12, ANALYSED.size());
    for (Map.Entry<String, Document> a : ANALYSED.entrySet()) {
      List<String> names = a.getValue().entities().stream()
          .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
          .map(Entity::name).toList();
      assertEquals(names.stream().distinct().count(), names.size(), a.getKey() + ": " + names);
      List<String> all = a.getValue().entities().stream().map(Entity::name).toList();
      assertEquals(all.stream().distinct().count(), all.size(), a.getKey() + ": a name with two types");
    }
  }

  @Test void aTeamsCityAloneIsTheTeam() {
    Entity team = named("12-mumbai-cricket-desai.txt", "Pune Pioneers");
    assertEquals(List.of("Pune"), team.aliases());
    assertEquals(4, team.mentions().size());
  }

  @Test void theRiverIsOnePlaceBesideTheCompanyNamedAfterIt() {
    assertEquals(EntityType.LOCATION, named("11-assam-floods.txt", "Brahmaputra").type());
    assertEquals(EntityType.ORGANIZATION, named("11-assam-floods.txt", "Brahmaputra Valley Power Corporation").type());
  }

  @Test void aBanksShortFormIsTheBankAndTheLawyersTitleIsARole() {
    assertTrue(named("03-london-bank-fine.txt", "Thameside Bank").aliases().contains("Thameside"));
    assertEquals(List.of("Okafor's lawyer", "SAN"), named("05-lagos-fraud-trial.txt", "Babatunde Salami").roles());
    assertEquals(List.of("wicketkeeper"), named("12-mumbai-cricket-desai.txt", "Imran Sheikh").roles());
  }
}
