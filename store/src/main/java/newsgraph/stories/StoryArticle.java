package newsgraph.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the story detector needs of one article: its id and day, the article it copies (or null),
 * the names of its entities (any type, as written), and the counts of its content words
 * ({@link StoryFeatures} makes one from an analysed document). Plain data, so a batch job can
 * build it from any source.
 */
public record StoryArticle(String id, LocalDate published, String copyOf, List<String> names,
    Map<String, Integer> terms) implements java.io.Serializable {
  public StoryArticle {
    Objects.requireNonNull(id, "id");
    names = List.copyOf(names);
    terms = Map.copyOf(terms);
  }
}
