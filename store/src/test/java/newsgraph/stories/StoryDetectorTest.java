package newsgraph.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryDetectorTest {
  /** Unrelated articles that set the word statistics: each uses common words and a few of its own. */
  private static List<StoryArticle> background(int n) {
    List<StoryArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Integer> terms = new HashMap<>(Map.of("government", 2, "market", 1, "report", 1));
      terms.put("topic" + i, 3);
      terms.put("detail" + i, 2);
      out.add(new StoryArticle("bg" + i, LocalDate.parse("2024-03-01").plusDays(i % 20), null, List.of("country " + i), terms));
    }
    return out;
  }

  private static StoryArticle article(String id, String date, String copyOf, List<String> names, String... words) {
    Map<String, Integer> terms = new HashMap<>();
    for (String w : words) terms.merge(w, 1, Integer::sum);
    return new StoryArticle(id, date == null ? null : LocalDate.parse(date), copyOf, names, terms);
  }

  private static final StoryArticle QUAKE_1 = article("q1", "2024-03-10", null, List.of("valparaiso", "red cross"),
      "earthquake", "earthquake", "valparaiso", "rescue", "collapsed", "magnitude", "government");
  private static final StoryArticle QUAKE_2 = article("q2", "2024-03-11", null, List.of("valparaiso", "red cross", "maria lopez"),
      "earthquake", "valparaiso", "rescue", "rescue", "magnitude", "aftershock", "market");

  private static Map<String, String> stories(List<StoryArticle> articles) {
    StoryDetector d = new StoryDetector();
    articles.forEach(d::add);
    return d.stories();
  }

  private static List<StoryArticle> with(StoryArticle... extra) {
    List<StoryArticle> all = new ArrayList<>(background(200));
    all.addAll(List.of(extra));
    return all;
  }

  @Test
  void theInputOrderDoesNotChangeTheStories() {
    StoryArticle copy = article("q0", "2024-03-10", "q1", List.of("valparaiso", "red cross"),
        "earthquake", "earthquake", "valparaiso", "rescue", "collapsed", "magnitude", "government");
    List<StoryArticle> all = with(QUAKE_1, QUAKE_2, copy);
    List<StoryArticle> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(stories(all), stories(shuffled));
    assertEquals("q0", stories(all).get("q2"));
  }

  @Test
  void articlesSharingRareNamesAndWordsWithinDaysAreOneStory() {
    var s = stories(with(QUAKE_1, QUAKE_2));
    assertEquals("q1", s.get("q1"));
    assertEquals("q1", s.get("q2"));
  }

  @Test
  void theSameWordsAMonthApartAreTwoStories() {
    StoryArticle later = article("q3", "2024-04-20", null, QUAKE_2.names(), QUAKE_2.terms().keySet().toArray(String[]::new));
    var s = stories(with(QUAKE_1, later));
    assertNull(s.get("q1"));
    assertNull(s.get("q3"));
  }

  @Test
  void commonWordsAloneDoNotMakeAStory() {
    var a = article("x1", "2024-03-10", null, List.of(), "government", "market", "report");
    var b = article("x2", "2024-03-10", null, List.of(), "government", "market", "report");
    var s = stories(with(a, b));
    assertNull(s.get("x1"));
  }

  @Test
  void aCopyJoinsItsOriginalsStory() {
    var copy = article("c1", "2024-03-12", "q1", List.of(), "unrelated");
    var s = stories(with(QUAKE_1, QUAKE_2, copy));
    assertEquals("q1", s.get("c1"));
  }

  @Test
  void undatedArticlesMatchOnContentAlone() {
    var a = article("u1", null, null, QUAKE_1.names(), QUAKE_1.terms().keySet().toArray(String[]::new));
    var s = stories(with(a, QUAKE_2));
    assertEquals(s.get("u1"), s.get("q2"));
    assertEquals("q2", s.get("u1"), "the dated article is the earlier");
  }

  @Test
  void storyIdsDoNotDependOnTheOrderArticlesArrive() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<StoryArticle> all = with(QUAKE_1, QUAKE_2, article("c1", "2024-03-09", "q2", List.of(), "x"));
    var first = stories(all);
    assertTrue(first.containsKey("c1"));
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(all, random);
      assertEquals(first, stories(all), "seed=" + seed);
    }
    assertEquals("c1", first.get("q1"), "the copy is the earliest article");
  }

  @Test
  void twoEventsOnOneDayStayApart() {
    var vote = article("v1", "2024-03-10", null, List.of("parliament", "john ruiz"), "vote", "budget", "ruiz", "parliament");
    var s = stories(with(QUAKE_1, QUAKE_2, vote));
    assertNull(s.get("v1"));
    assertNotEquals(s.get("q1"), s.get("v1"));
  }
}
