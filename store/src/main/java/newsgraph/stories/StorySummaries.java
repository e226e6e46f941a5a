package newsgraph.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.document.Document;
import newsgraph.document.Entity;

/**
 * What a story holds, gathered from its articles: the articles in time order, its first and last
 * day, its title (its first article's) and the entities it names, by how many of its articles name
 * them. Feed every article of a story with its story id, then ask for summaries.
 */
public final class StorySummaries {
  public record Member(String id, String title, String source, LocalDate published, String copyOf) {}

  public record EntityCount(String name, String type, int count) {}

  public record Summary(String id, String title, LocalDate first, LocalDate last, List<Member> documents,
      List<EntityCount> entities) {}

  /** Entities listed per story. */
  static final int MAX_ENTITIES = 25;
  private static final Comparator<LocalDate> DAYS = Comparator.nullsLast(Comparator.naturalOrder());

  private final Map<String, List<Member>> members = new HashMap<>();
  private final Map<String, Map<String, int[]>> entities = new HashMap<>();

  public void add(Document doc, String copyOf, String storyId) {
    members.computeIfAbsent(storyId, k -> new ArrayList<>())
        .add(new Member(doc.id(), doc.title(), doc.source(), doc.published(), copyOf));
    Set<String> named = new LinkedHashSet<>();
    for (Entity e : doc.entities()) named.add(e.name() + "\u0000" + e.type().name());
    Map<String, int[]> counts = entities.computeIfAbsent(storyId, k -> new HashMap<>());
    for (String key : named) counts.computeIfAbsent(key, k -> new int[1])[0]++;
  }

  public Set<String> ids() {
    return members.keySet();
  }

  public Summary summary(String storyId) {
    List<Member> docs = new ArrayList<>(members.getOrDefault(storyId, List.of()));
    docs.sort(Comparator.comparing(Member::published, DAYS).thenComparing(Member::id));
    LocalDate first = null, last = null;
    for (Member m : docs) {
      if (m.published() == null) continue;
      if (first == null || m.published().isBefore(first)) first = m.published();
      if (last == null || m.published().isAfter(last)) last = m.published();
    }
    String title = null;
    for (Member m : docs) if (m.id().equals(storyId)) title = m.title();
    if (title == null && !docs.isEmpty()) title = docs.get(0).title();
    List<EntityCount> named = new ArrayList<>();
    entities.getOrDefault(storyId, Map.of()).forEach((key, count) -> {
      String[] parts = key.split("\u0000", 2);
      named.add(new EntityCount(parts[0], parts[1], count[0]));
    });
    named.sort(Comparator.comparingInt(EntityCount::count).reversed().thenComparing(EntityCount::name));
    return new Summary(storyId, title, first, last, docs, named.subList(0, Math.min(MAX_ENTITIES, named.size())));
  }
}
