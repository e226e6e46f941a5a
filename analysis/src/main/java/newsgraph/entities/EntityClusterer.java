package newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Span;
import newsgraph.pipeline.Stage;

/**
 * Makes {@code entities} one per referent: merges the mentions that name one person or body and
 * gives each entity one type. Needs the entities of {@link EntityRecognizer} (with the roles of
 * {@link RoleFinder}); keeps their mentions and joins their roles, renumbers the entities by
 * first mention.
 *
 * <ul>
 *   <li>The same string is one entity with one type when three in four of its mentions have
 *       that type (document-level consistency: the tagger often calls a repeated name two
 *       things); without such a majority a one-word or capitals string names two things, as
 *       NEW YORK the city and NEW YORK the team do in a sports table, and stays two entities,
 *       while a name of several words in running text takes its commonest type.</li>
 *   <li>A surname, a first name or an initialled name ({@code Smith}, {@code Anna},
 *       {@code A. Smith}) joins the full name it shortens ({@code Anna Smith}). When two people
 *       share it ({@code Maria Lopez}, {@code Daniel Lopez}), each mention goes to the one named
 *       most recently before it, or else the next one named.</li>
 *   <li>An acronym joins the name whose initials it is, or the name it follows in brackets
 *       ({@code World Health Organization (WHO)}), and takes that name's type. After a person,
 *       bracketed letters that do not spell the name and appear nowhere else are a title, a
 *       role ({@code Babatunde Salami (SAN)}).</li>
 * </ul>
 * The entity's name is its longest mention, and its type that name's; other forms are aliases.
 */
public final class EntityClusterer implements Stage {
  /** Share of a string's mentions one type needs to relabel the rest. */
  private static final double DOMINANT_SHARE = 0.75;

  /** One mention with the type and roles its entity had. */
  record Item(Mention mention, EntityType type, List<String> roles) {}

  @Override
  public Document apply(Document doc) {
    if (doc.entities().isEmpty()) return doc;
    List<Item> items = new ArrayList<>();
    for (Entity e : doc.entities()) {
      for (Mention m : e.mentions()) items.add(new Item(m, e.type(), e.roles()));
    }
    CodePointIndex index = CodePointIndex.of(doc.text());
    items.addAll(Acronyms.bracketedAcronyms(items, index));
    items.sort(Comparator.comparingInt(i -> i.mention().span().start()));
    int n = items.size();
    int[] cluster = new int[n];

    // Same string, same entity, when one type clearly dominates; otherwise the string names two
    // things (NEW YORK the city and NEW YORK the team in a sports table) and stays two entities.
    // A place right after "at" is where something happens (MILWAUKEE AT CHICAGO, a fixture whose
    // other lines name the teams): it votes, but keeps its type whatever the others say.
    boolean[] venue = new boolean[n];
    Map<String, Map<EntityType, Integer>> typeVotes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      venue[i] = item.type() == EntityType.LOCATION
          && "at".equalsIgnoreCase(InstitutionRetyper.wordBefore(doc, index, item.mention(), false));
      typeVotes.computeIfAbsent(item.mention().text(), t -> new EnumMap<>(EntityType.class))
          .merge(item.type(), 1, Integer::sum);
    }
    Map<String, Integer> firstWithKey = new LinkedHashMap<>();
    EntityType[] textType = new EntityType[n];
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      String text = item.mention().text();
      Map<EntityType, Integer> votes = typeVotes.get(text);
      EntityType dominant = venue[i] ? null : dominant(votes);
      // Running text names one thing one way: without a clear majority the most mentions win;
      // MISC, the tagger's "some other name", loses a tie to a real type (the Wankhede Stadium
      // as MISC, then as a place), and a tie of two real types leaves each mention its own.
      if (dominant == null && !venue[i] && isMixedCaseName(text)) dominant = commonest(votes);
      EntityType type = dominant != null ? dominant : item.type();
      String key = type + "\u0000" + item.mention().text();
      Integer first = firstWithKey.putIfAbsent(key, i);
      cluster[i] = first == null ? i : first;
      textType[cluster[i]] = type;
      if (type != item.type()) items.set(i, new Item(item.mention(), type, item.roles()));
    }

    // Short forms of person names join the nearest full name they shorten. A holiday is no
    // short form: "Christmas" is not Father Christmas. The full names are looked up by their
    // first and last words, and each one's mentions kept as sorted positions, so an article of
    // many thousand mentions costs no product of their numbers.
    String[][] words = new String[n][];
    for (int i = 0; i < n; i++) words[i] = items.get(i).mention().text().split("\\s+");
    Map<String, List<Integer>> byFirst = new HashMap<>();
    Map<String, List<Integer>> byLast = new HashMap<>();
    Map<Integer, MentionPositions> personPositions = new HashMap<>();
    for (int j = 0; j < n; j++) {
      if (cluster[j] != j || textType[j] != EntityType.PERSON) continue;
      byFirst.computeIfAbsent(words[j][0], w -> new ArrayList<>()).add(j);
      byLast.computeIfAbsent(words[j][words[j].length - 1], w -> new ArrayList<>()).add(j);
      personPositions.put(j, new MentionPositions());
    }
    for (int k = 0; k < n; k++) {
      MentionPositions p = personPositions.get(cluster[k]);
      if (p != null) p.add(items.get(k).mention().span().start());
    }
    for (int i = 0; i < n; i++) {
      if (NameConsistency.CALENDAR_WORDS.contains(items.get(i).mention().text())) continue;
      String[] parts = words[i];
      int position = items.get(i).mention().span().start();
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int j : MentionPositions.merged(byLast.get(parts[parts.length - 1]), parts.length == 1 ? byFirst.get(parts[0]) : null)) {
        if (cluster[j] != j) continue;
        String[] full = words[j];
        if (full.length < parts.length || j == i || !shortens(parts, full)) continue;
        int distance = personPositions.get(j).distance(position);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = j;
        }
      }
      if (best >= 0) {
        MentionPositions old = personPositions.get(cluster[i]);
        if (old != null) old.remove(position);
        cluster[i] = best;
        personPositions.get(best).add(position);
      }
    }

    joinOrganisationShortForms(items, cluster, textType, words);

    // Acronyms join their expansion: a name whose initials they are, or one they follow in
    // brackets. Both are looked up, not searched for, so many acronyms cost no product with
    // the mentions; what follows a cluster's mentions in brackets grows as clusters join.
    Map<Integer, Set<String>> bracketed = new HashMap<>();
    Map<String, java.util.TreeSet<Integer>> byBracketed = new HashMap<>();
    for (int k = 0; k < n; k++) {
      String inBrackets = Acronyms.inBracketsAfter(items.get(k).mention(), index);
      if (inBrackets == null || cluster[k] < 0) continue;
      bracketed.computeIfAbsent(cluster[k], r -> new java.util.HashSet<>()).add(inBrackets);
      byBracketed.computeIfAbsent(inBrackets, b -> new java.util.TreeSet<>()).add(cluster[k]);
    }
    Map<String, List<Integer>> byInitials = new HashMap<>();
    for (int e = 0; e < n; e++) {
      String name = items.get(e).mention().text();
      if (cluster[e] == e && name.indexOf(' ') >= 0) {
        byInitials.computeIfAbsent(Acronyms.initials(name), x -> new ArrayList<>()).add(e);
      }
    }
    for (int a = 0; a < n; a++) {
      if (cluster[a] != a || !Acronyms.isAcronym(items.get(a).mention().text())) continue;
      String acronym = Acronyms.letters(items.get(a).mention().text());
      java.util.TreeSet<Integer> inBrackets = byBracketed.get(acronym);
      for (int e : MentionPositions.merged(byInitials.get(acronym), inBrackets == null ? null : new ArrayList<>(inBrackets))) {
        if (cluster[e] != e || e == a) continue;
        String name = items.get(e).mention().text();
        if (name.indexOf(' ') < 0 || Acronyms.containsWord(name, items.get(a).mention().text())) continue;
        boolean initialled = Acronyms.initials(name).equals(acronym);
        if (initialled || bracketed.getOrDefault(e, Set.of()).contains(acronym)) {
          // Brackets after a person that do not spell the name hold a title or a post-nominal
          // ("Babatunde Salami (SAN)", "Ann Lee (MP)"): a role of the person, no name of
          // anything, when the article never names it elsewhere. "Michael Johnson (USA)" with
          // the USA named again is a country beside the person: neither joins the other.
          boolean ofPerson = !initialled && textType[e] == EntityType.PERSON;
          boolean title = ofPerson && mentionsOf(cluster, a) == 1;
          if (ofPerson && !title) break;
          if (title) {
            Item person = items.get(e);
            List<String> roles = new ArrayList<>(person.roles());
            RoleFinder.addRole(roles, items.get(a).mention().text());
            items.set(e, new Item(person.mention(), person.type(), roles));
          }
          for (int k = 0; k < n; k++) if (cluster[k] == a) cluster[k] = title ? DROPPED : e;
          if (!title) {
            for (String b : bracketed.getOrDefault(a, Set.of())) {
              bracketed.computeIfAbsent(e, r -> new java.util.HashSet<>()).add(b);
              byBracketed.computeIfAbsent(b, x -> new java.util.TreeSet<>()).add(e);
            }
          }
          break;
        }
      }
    }
    return doc.withEntities(build(items, cluster));
  }

  /**
   * {@code Thameside} and {@code Mariners} join {@code Thameside Bank} and {@code Mumbai
   * Mariners}: an organisation named by the first or last words of a longer organisation name
   * of the article is that organisation, the nearest one when several fit. A short form the
   * gazetteer knows as a place joins only a team named after it ({@code Pune} the organisation
   * is {@code Pune Pioneers}; {@code London} is no short form of the London Stock Exchange).
   */
  private static void joinOrganisationShortForms(List<Item> items, int[] cluster, EntityType[] textType,
      String[][] words) {
    int n = items.size();
    Places places = Places.gazetteer();
    Map<Integer, MentionPositions> positions = new HashMap<>();
    for (int k = 0; k < n; k++) {
      if (cluster[k] >= 0 && textType[cluster[k]] == EntityType.ORGANIZATION) {
        positions.computeIfAbsent(cluster[k], r -> new MentionPositions()).add(items.get(k).mention().span().start());
      }
    }
    for (int i = 0; i < n; i++) {
      if (cluster[i] != i || textType[i] != EntityType.ORGANIZATION) continue;
      String text = items.get(i).mention().text();
      List<String> parts = List.of(words[i]);
      if (Acronyms.isAcronym(text)) continue;
      boolean place = places.known(text);
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int j = 0; j < n; j++) {
        if (cluster[j] != j || j == i || textType[j] != EntityType.ORGANIZATION) continue;
        List<String> full = List.of(words[j]);
        if (full.size() <= parts.size()) continue;
        // A place joins only the team named after it, which the article calls by the place alone.
        if (place && !(full.size() == parts.size() + 1 && full.subList(0, parts.size()).equals(parts)
            && TeamNames.isTeamName(full, places))) continue;
        if (!full.subList(0, parts.size()).equals(parts) && !full.subList(full.size() - parts.size(), full.size()).equals(parts)) {
          continue;
        }
        int distance = positions.get(j).distance(items.get(i).mention().span().start());
        if (distance < bestDistance) {
          bestDistance = distance;
          best = j;
        }
      }
      if (best < 0) continue;
      for (int k = 0; k < n; k++) {
        if (cluster[k] != i) continue;
        cluster[k] = best;
        positions.get(i).remove(items.get(k).mention().span().start());
        positions.get(best).add(items.get(k).mention().span().start());
      }
    }
  }



  /** Whether {@code parts} is a surname, a first name, or initials plus surname of {@code full}. */
  static boolean shortens(String[] parts, String[] full) {
    String last = full[full.length - 1];
    if (parts.length == 1) {
      return parts[0].equals(last) || parts[0].equals(full[0]);
    }
    if (!parts[parts.length - 1].equals(last)) return false;
    for (int k = 0; k < parts.length - 1; k++) {
      String p = parts[k];
      boolean initial = p.length() <= 2 && p.endsWith(".") || p.length() == 1;
      if (!initial || k >= full.length - 1 || full[k].charAt(0) != p.charAt(0)) return false;
    }
    return true;
  }










  /** Several words, some in lower case: no headline or table cell in capitals. */
  private static boolean isMixedCaseName(String text) {
    return text.indexOf(' ') > 0 && text.codePoints().anyMatch(Character::isLowerCase);
  }

  /**
   * The type most votes have, MISC losing a tie to any other; null for a tie of two other types
   * (Juventus 's Zinedine Zidane tagged a place, and a person in the line-up: no way to tell).
   */
  private static EntityType commonest(Map<EntityType, Integer> votes) {
    EntityType best = null;
    boolean tie = false;
    for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
      int bestVotes = best == null ? 0 : votes.get(best);
      if (v.getValue() > bestVotes || best == EntityType.MISC && v.getValue() == bestVotes) {
        best = v.getKey();
        tie = false;
      } else if (v.getValue() == bestVotes && v.getKey() != EntityType.MISC) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** The type of at least {@link #DOMINANT_SHARE} of the votes, or null when none has it. */
  private static EntityType dominant(Map<EntityType, Integer> votes) {
    int total = 0;
    for (int v : votes.values()) total += v;
    for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
      if (v.getValue() >= DOMINANT_SHARE * total) return v.getKey();
    }
    return null;
  }

  private static EntityType winner(Map<EntityType, Integer> votes, EntityType tieBreak) {
    EntityType best = tieBreak;
    int bestVotes = votes.getOrDefault(tieBreak, 0);
    for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
      if (v.getValue() > bestVotes) {
        best = v.getKey();
        bestVotes = v.getValue();
      }
    }
    return best;
  }

  private static Map<EntityType, Integer> nameVotes(List<Item> items, List<Integer> group, String name) {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    for (int i : group) {
      if (items.get(i).mention().text().equals(name)) votes.merge(items.get(i).type(), 1, Integer::sum);
    }
    return votes;
  }

  private static Map<EntityType, Integer> allVotes(List<Item> items, List<Integer> group) {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    for (int i : group) votes.merge(items.get(i).type(), 1, Integer::sum);
    return votes;
  }

  private static int mentionsOf(int[] cluster, int root) {
    int count = 0;
    for (int c : cluster) if (c == root) count++;
    return count;
  }

  /**
   * The cluster of mentions that name no entity (a person's bracketed title); set only by the
   * acronym pass, the last before {@link #build}, so no earlier pass sees it as a root.
   */
  private static final int DROPPED = -1;

  private static List<Entity> build(List<Item> items, int[] cluster) {
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (cluster[i] == DROPPED) continue;
      members.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> ordered = new ArrayList<>(members.values());
    ordered.sort(Comparator.comparingInt(m -> items.get(m.get(0)).mention().span().start()));
    List<Entity> entities = new ArrayList<>(ordered.size());
    for (List<Integer> group : ordered) {
      String name = null;
      EntityType nameType = null;
      List<String> forms = new ArrayList<>();
      List<String> roles = new ArrayList<>();
      List<Mention> mentions = new ArrayList<>();
      for (int i : group) {
        Item item = items.get(i);
        String text = item.mention().text();
        if (name == null || text.codePointCount(0, text.length()) > name.codePointCount(0, name.length())) {
          name = text;
          nameType = item.type();
        }
        if (!forms.contains(text)) forms.add(text);
        for (String role : item.roles()) RoleFinder.addRole(roles, role);
        mentions.add(item.mention());
      }
      // The full name's own type: a bare surname may also be a place ("Washington").
      EntityType type = winner(nameVotes(items, group, name), nameType);
      // A name in capitals is a headline's, where the tagger is weakest: there the entity's
      // type is what most of its mentions say (U.S. ten times a place outvotes a headline's
      // UNITED STATES tagged an organisation). A person's full name keeps its type anyway.
      if (type != EntityType.PERSON && name.equals(name.toUpperCase(Locale.ROOT))
          && name.codePoints().filter(Character::isLetter).count() > 3) {
        type = winner(allVotes(items, group), type);
      }
      String canonical = name;
      List<String> aliases = forms.stream().filter(f -> !f.equals(canonical)).toList();
      entities.add(new Entity("e" + (entities.size() + 1), type, canonical, aliases, roles,
          mentions, null));
    }
    return entities;
  }
}
