package newsgraph.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One identity per person across a corpus. Mentions are blocked by surname, so only people who
 * could be one are compared. Within a block, a full name ({@code Anna Smith}) is one identity;
 * a short form ({@code A. Smith}, {@code Smith}, {@code Mr Smith}) joins the full-name identity it
 * could stand for whose context agrees best with its own: a role, an organisation or another
 * person named beside it, as the full name's articles give them. When no full name agrees, or two
 * agree equally, the short form stays apart: it joins only the same short form in articles that
 * share some context with it, or stands alone. Guessing would merge two Smiths; staying apart
 * only splits one person's record.
 *
 * <p>Ids are {@code p} + 12 hex digits of a hash of the full name (or of the first mention of a
 * short-form identity), so a rerun gives the same ids. Add every mention, then call
 * {@link #resolve()} once. Not thread-safe.
 */
public final class PersonResolver {
  /** An identity: its id, its canonical name (the commonest full form) and every form seen. */
  public record Person(String id, String name, List<String> names) {}

  /** Each mention's person id (by {@link PersonMention#key()}), and the people by id. */
  public record Resolution(Map<String, String> personOf, Map<String, Person> people) {}

  private final List<PersonMention> mentions = new ArrayList<>();

  public void add(PersonMention m) {
    mentions.add(m);
  }

  /**
   * The block {@code m} is resolved in: its surname, or null when its name has none (it stands
   * alone). Blocks resolve independently of each other, so a batch job may resolve each block
   * (or any set of blocks) in its own resolver and get the same ids as one resolver over all.
   */
  public static String block(PersonMention m) {
    PersonName p = PersonName.parse(m.name());
    return p == null ? null : p.surname();
  }

  public Resolution resolve() {
    Map<String, List<Integer>> blocks = new TreeMap<>();
    PersonName[] parsed = new PersonName[mentions.size()];
    Map<String, String> personOf = new HashMap<>();
    Map<String, Person> people = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      parsed[i] = PersonName.parse(mentions.get(i).name());
      if (parsed[i] == null) {
        publish("alone:" + mentions.get(i).key(), List.of(i), personOf, people);
      } else {
        blocks.computeIfAbsent(parsed[i].surname(), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> block : blocks.values()) resolveBlock(block, parsed, personOf, people);
    return new Resolution(personOf, people);
  }

  private void resolveBlock(List<Integer> block, PersonName[] parsed, Map<String, String> personOf,
      Map<String, Person> people) {
    Map<String, List<Integer>> full = new TreeMap<>();
    Map<String, Set<String>> context = new HashMap<>();
    for (int i : block) {
      if (parsed[i].form() != PersonName.Form.FULL) continue;
      full.computeIfAbsent(parsed[i].fullKey(), k -> new ArrayList<>()).add(i);
      context.computeIfAbsent(parsed[i].fullKey(), k -> new HashSet<>()).addAll(features(mentions.get(i)));
    }
    // Full names by context feature: a short form scores only the names that share some context
    // with it (the others score 0 and can neither win nor tie), not every name of a big block.
    Map<String, List<String>> byFeature = new HashMap<>();
    for (Map.Entry<String, Set<String>> c : context.entrySet()) {
      for (String f : c.getValue()) byFeature.computeIfAbsent(f, k -> new ArrayList<>()).add(c.getKey());
    }
    List<Integer> orphans = new ArrayList<>();
    for (int i : block) {
      if (parsed[i].form() == PersonName.Form.FULL) continue;
      Map<String, Integer> scores = new HashMap<>();
      for (String f : features(mentions.get(i))) {
        for (String identity : byFeature.getOrDefault(f, List.of())) scores.merge(identity, 1, Integer::sum);
      }
      // The one name that agrees best; none when the best score is shared (order-blind).
      String best = null;
      int bestScore = 0;
      boolean tie = false;
      for (Map.Entry<String, Integer> s : scores.entrySet()) {
        if (!parsed[i].couldBe(parsed[full.get(s.getKey()).get(0)])) continue;
        if (s.getValue() > bestScore) {
          best = s.getKey();
          bestScore = s.getValue();
          tie = false;
        } else if (s.getValue() == bestScore) {
          tie = true;
        }
      }
      if (best != null && !tie) full.get(best).add(i); else orphans.add(i);
    }
    for (Map.Entry<String, List<Integer>> identity : full.entrySet()) {
      publish("full:" + identity.getKey(), identity.getValue(), personOf, people);
    }
    for (List<Integer> group : groupOrphans(orphans, parsed)) {
      // Named after its smallest key, not its first-added: the id must not depend on the order
      // mentions came in (the store's index order, a Spark shuffle's order).
      String first = mentions.get(group.get(0)).key();
      for (int i : group) if (mentions.get(i).key().compareTo(first) < 0) first = mentions.get(i).key();
      publish("alone:" + first, group, personOf, people);
    }
  }

  /** Short forms no full name claimed: the same form joins across articles that share context. */
  private List<List<Integer>> groupOrphans(List<Integer> orphans, PersonName[] parsed) {
    int n = orphans.size();
    int[] parent = new int[n];
    for (int a = 0; a < n; a++) parent[a] = a;
    // Each orphan joins the first earlier orphan of its form holding each of its features: the
    // same groups as comparing every pair, in one pass.
    Map<PersonName, Map<String, Integer>> firstHolder = new HashMap<>();
    for (int a = 0; a < n; a++) {
      Map<String, Integer> holders = firstHolder.computeIfAbsent(parsed[orphans.get(a)], k -> new HashMap<>());
      for (String f : features(mentions.get(orphans.get(a)))) {
        Integer b = holders.putIfAbsent(f, a);
        if (b != null) parent[find(parent, a)] = find(parent, b);
      }
    }
    // Groups in the order of their first member.
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int a = 0; a < n; a++) groups.computeIfAbsent(find(parent, a), k -> new ArrayList<>()).add(orphans.get(a));
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  /** Context that identifies a person: roles (and their head word), organisations, other people's surnames. */
  static Set<String> features(PersonMention m) {
    Set<String> out = new HashSet<>();
    for (String role : m.roles()) {
      String r = role.toLowerCase(Locale.ROOT).replaceAll("^(the|a|an|former|ex-|then)\\s+", "").strip();
      if (r.isEmpty()) continue;
      out.add("role:" + r);
      String[] words = r.split("\\s+");
      out.add("head:" + words[words.length - 1]);
    }
    for (String org : m.organizations()) out.add("org:" + org.toLowerCase(Locale.ROOT).strip());
    for (String other : m.otherPeople()) {
      PersonName p = PersonName.parse(other);
      if (p != null) out.add("with:" + p.surname());
    }
    return out;
  }

  private void publish(String key, List<Integer> members, Map<String, String> personOf, Map<String, Person> people) {
    String id = "p" + hash(key);
    Map<String, Integer> forms = new HashMap<>();
    for (int i : members) {
      PersonMention m = mentions.get(i);
      personOf.put(m.key(), id);
      forms.merge(m.name(), 1, Integer::sum);
    }
    List<String> names = new ArrayList<>(forms.keySet());
    names.sort((a, b) -> {
      boolean fa = isFull(a), fb = isFull(b);
      if (fa != fb) return fa ? -1 : 1;
      int byCount = Integer.compare(forms.get(b), forms.get(a));
      if (byCount != 0) return byCount;
      return a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b);
    });
    people.put(id, new Person(id, names.get(0), names));
  }

  private static boolean isFull(String name) {
    PersonName p = PersonName.parse(name);
    return p != null && p.form() == PersonName.Form.FULL;
  }

  static String hash(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
