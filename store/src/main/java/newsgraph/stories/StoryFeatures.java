package newsgraph.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.document.Document;
import newsgraph.document.Entity;

/**
 * Turns an analysed document into a {@link StoryArticle}: entity names lower-cased, and the
 * content words of title and text (four letters or more, not a stop word, a plural 's' cut),
 * title words counted three times because a headline names the event. Only the
 * {@link #MAX_TERMS} most frequent words are kept: they carry the topic, and the rest would only
 * make the index larger.
 */
public final class StoryFeatures {
  /** Content words kept per article. */
  public static final int MAX_TERMS = 40;
  private static final Set<String> STOP = Set.of(("about after again against also although among "
      + "another around back because been before being between both came come could does doing down "
      + "during each even every first from further have having here into just last late later like "
      + "made make many more most much must near next only other over said same says should since "
      + "some still such than that their them then there these they this those though three through "
      + "time told under until very want well were what when where which while will with within "
      + "would year years your week weeks month months today yesterday people including former").split(" "));

  private StoryFeatures() {}

  public static StoryArticle of(Document doc, String copyOf) {
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : doc.entities()) names.add(e.name().toLowerCase(Locale.ROOT).strip());
    Map<String, Integer> counts = new HashMap<>();
    if (doc.title() != null) count(doc.title(), 3, counts);
    count(doc.text(), 1, counts);
    return new StoryArticle(doc.id(), doc.published(), copyOf, new ArrayList<>(names), top(counts));
  }

  static void count(String text, int weight, Map<String, Integer> counts) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) i++;
      int start = i;
      while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) i++;
      if (i - start < 4) continue;
      String w = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (STOP.contains(w)) continue;
      if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 4) w = w.substring(0, w.length() - 1);
      counts.merge(w, weight, Integer::sum);
    }
  }

  static Map<String, Integer> top(Map<String, Integer> counts) {
    if (counts.size() <= MAX_TERMS) return counts;
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> out = new HashMap<>();
    for (Map.Entry<String, Integer> e : entries.subList(0, MAX_TERMS)) out.put(e.getKey(), e.getValue());
    return out;
  }
}
