package newsgraph.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Quote;

/**
 * A person across the corpus, gathered from the articles that name them: their roles over time
 * (first and last day each role is given), the organisations named beside them, every quote in
 * time order and the articles. Feed every document with its entities' person ids, then ask for
 * profiles.
 */
public final class PersonProfiles {
  public record RoleSpan(String role, LocalDate first, LocalDate last, int documents) {}

  public record OrganizationCount(String name, int count) {}

  public record QuoteRef(String documentId, String title, LocalDate published, String text, String type,
      String cue, int start) {}

  public record DocumentRef(String id, String title, LocalDate published) {}

  public record Profile(String id, String name, List<String> names, List<RoleSpan> roles,
      List<OrganizationCount> organizations, List<QuoteRef> quotes, List<DocumentRef> documents) {}

  private static final class Builder {
    final Map<String, RoleSpan> roles = new HashMap<>();
    final Map<String, Integer> organizations = new HashMap<>();
    final List<QuoteRef> quotes = new ArrayList<>();
    final List<DocumentRef> documents = new ArrayList<>();
  }

  /** Time order: dated before undated, then by document id and position. */
  static final Comparator<LocalDate> DAYS = Comparator.nullsLast(Comparator.naturalOrder());

  private final Map<String, Builder> builders = new HashMap<>();

  /** Adds one article; {@code personOf} maps its PERSON entities' ids to person ids. */
  public void add(Document doc, Map<String, String> personOf) {
    Set<String> orgs = new LinkedHashSet<>();
    for (Entity e : doc.entities()) if (e.type() == EntityType.ORGANIZATION) orgs.add(e.name());
    Set<String> seen = new java.util.HashSet<>();
    for (Entity e : doc.entities()) {
      String person = personOf.get(e.id());
      if (person == null) continue;
      Builder b = builders.computeIfAbsent(person, k -> new Builder());
      boolean first = seen.add(person);
      if (first) {
        b.documents.add(new DocumentRef(doc.id(), doc.title(), doc.published()));
        for (String org : orgs) b.organizations.merge(org, 1, Integer::sum);
      }
      for (String role : new LinkedHashSet<>(e.roles())) {
        String r = role.strip().toLowerCase(Locale.ROOT).replaceAll("^(the|a|an)\\s+", "");
        if (r.isEmpty()) continue;
        RoleSpan old = b.roles.get(r);
        LocalDate day = doc.published();
        b.roles.put(r, old == null ? new RoleSpan(r, day, day, 1)
            : new RoleSpan(r, min(old.first(), day), max(old.last(), day), old.documents() + 1));
      }
    }
    for (Quote q : doc.quotes()) {
      String person = q.speaker() == null ? null : personOf.get(q.speaker());
      if (person == null) continue;
      builders.computeIfAbsent(person, k -> new Builder()).quotes.add(new QuoteRef(doc.id(), doc.title(),
          doc.published(), q.text(), q.kind().label(), q.cue(), q.span().start()));
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  /** The profile of {@code person}, lists in time order (roles by first day). */
  public Profile profile(PersonResolver.Person person) {
    Builder b = builders.getOrDefault(person.id(), new Builder());
    List<RoleSpan> roles = new ArrayList<>(b.roles.values());
    roles.sort(Comparator.comparing(RoleSpan::first, DAYS).thenComparing(RoleSpan::role));
    List<OrganizationCount> orgs = new ArrayList<>();
    b.organizations.forEach((name, count) -> orgs.add(new OrganizationCount(name, count)));
    orgs.sort(Comparator.comparingInt(OrganizationCount::count).reversed().thenComparing(OrganizationCount::name));
    List<QuoteRef> quotes = new ArrayList<>(b.quotes);
    quotes.sort(Comparator.comparing(QuoteRef::published, DAYS).thenComparing(QuoteRef::documentId)
        .thenComparingInt(QuoteRef::start));
    List<DocumentRef> docs = new ArrayList<>(b.documents);
    docs.sort(Comparator.comparing(DocumentRef::published, DAYS).thenComparing(DocumentRef::id));
    return new Profile(person.id(), person.name(), person.names(), roles, orgs, quotes, docs);
  }
}
