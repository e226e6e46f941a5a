package newsgraph.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Quote;

/**
 * A person across the corpus, gathered from the articles that name them: their roles over time
 * (first and last day each role is given), the organisations named beside them, their quotes in
 * time order and the articles. Feed every document with its entities' person ids, then ask for
 * profiles. Only the first quotes and articles (in time order) up to a limit are held, with the
 * totals beside: a person quoted in a hundred thousand articles must not fill the memory.
 */
public final class PersonProfiles {
  public record RoleSpan(String role, LocalDate first, LocalDate last, int documents) {}

  public record OrganizationCount(String name, int count) {}

  public record QuoteRef(String documentId, String title, LocalDate published, String text, String type,
      String cue, int start) {}

  public record DocumentRef(String id, String title, LocalDate published) {}

  /** {@code quotes} and {@code documents}: the first in time order, of {@code quotesTotal} and {@code documentsTotal}. */
  public record Profile(String id, String name, List<String> names, List<RoleSpan> roles,
      List<OrganizationCount> organizations, List<QuoteRef> quotes, int quotesTotal,
      List<DocumentRef> documents, int documentsTotal) {}

  /** Time order: dated before undated, then by document id and position. */
  static final Comparator<LocalDate> DAYS = Comparator.nullsLast(Comparator.naturalOrder());
  private static final Comparator<QuoteRef> QUOTE_ORDER = Comparator.comparing(QuoteRef::published, DAYS)
      .thenComparing(QuoteRef::documentId).thenComparingInt(QuoteRef::start);
  private static final Comparator<DocumentRef> DOCUMENT_ORDER = Comparator.comparing(DocumentRef::published, DAYS)
      .thenComparing(DocumentRef::id);

  /** The first {@code limit} items in an order, of all offered: a heap whose top is the last kept. */
  private static final class First<T> {
    final PriorityQueue<T> kept;
    final Comparator<T> order;
    final int limit;
    int total;

    First(Comparator<T> order, int limit) {
      this.kept = new PriorityQueue<>(order.reversed());
      this.order = order;
      this.limit = limit;
    }

    void offer(T item) {
      total++;
      if (kept.size() < limit) {
        kept.add(item);
      } else if (order.compare(item, kept.peek()) < 0) {
        kept.poll();
        kept.add(item);
      }
    }

    List<T> sorted() {
      List<T> out = new ArrayList<>(kept);
      out.sort(order);
      return out;
    }
  }

  private final class Builder {
    final Map<String, RoleSpan> roles = new HashMap<>();
    final Map<String, Integer> organizations = new HashMap<>();
    final First<QuoteRef> quotes = new First<>(QUOTE_ORDER, limit);
    final First<DocumentRef> documents = new First<>(DOCUMENT_ORDER, limit);
  }

  private final int limit;
  private final Map<String, Builder> builders = new HashMap<>();

  /** Profiles holding at most {@code limit} quotes and articles per person. */
  public PersonProfiles(int limit) {
    if (limit < 1) throw new IllegalArgumentException("limit must be positive, not " + limit);
    this.limit = limit;
  }

  public PersonProfiles() {
    this(Integer.MAX_VALUE);
  }

  /** Adds one article; {@code personOf} maps its PERSON entities' ids to person ids. */
  public void add(Document doc, Map<String, String> personOf) {
    Set<String> orgs = new LinkedHashSet<>();
    for (Entity e : doc.entities()) if (e.type() == EntityType.ORGANIZATION) orgs.add(e.name());
    Set<String> seen = new java.util.HashSet<>();
    // A role counts once per article, though two entities of one person there both give it.
    Set<String> rolesSeen = new java.util.HashSet<>();
    for (Entity e : doc.entities()) {
      String person = personOf.get(e.id());
      if (person == null) continue;
      Builder b = builders.computeIfAbsent(person, k -> new Builder());
      boolean first = seen.add(person);
      if (first) {
        b.documents.offer(new DocumentRef(doc.id(), doc.title(), doc.published()));
        for (String org : orgs) b.organizations.merge(org, 1, Integer::sum);
      }
      for (String role : new LinkedHashSet<>(e.roles())) {
        String r = role.strip().toLowerCase(Locale.ROOT).replaceAll("^(the|a|an)\\s+", "");
        if (r.isEmpty()) continue;
        RoleSpan old = b.roles.get(r);
        LocalDate day = doc.published();
        int more = rolesSeen.add(person + "\n" + r) ? 1 : 0;
        b.roles.put(r, old == null ? new RoleSpan(r, day, day, 1)
            : new RoleSpan(r, min(old.first(), day), max(old.last(), day), old.documents() + more));
      }
    }
    for (Quote q : doc.quotes()) {
      String person = q.speaker() == null ? null : personOf.get(q.speaker());
      if (person == null) continue;
      builders.computeIfAbsent(person, k -> new Builder()).quotes.offer(new QuoteRef(doc.id(), doc.title(),
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
    return new Profile(person.id(), person.name(), person.names(), roles, orgs, b.quotes.sorted(), b.quotes.total,
        b.documents.sorted(), b.documents.total);
  }
}
