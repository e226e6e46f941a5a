package newsgraph.people;

import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;

/** The PERSON entities of an analysed document as {@link PersonMention}s with their context. */
public final class PersonMentions {
  /** Other names kept as context per mention: enough to recognise company, bounded for long lists. */
  static final int MAX_CONTEXT = 12;

  private PersonMentions() {}

  public static List<PersonMention> of(Document doc) {
    List<String> orgs = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (Entity e : doc.entities()) {
      if (e.type() == EntityType.ORGANIZATION && orgs.size() < MAX_CONTEXT) orgs.add(e.name());
      if (e.type() == EntityType.PERSON) people.add(e.name());
    }
    List<PersonMention> out = new ArrayList<>();
    for (Entity e : doc.entities()) {
      if (e.type() != EntityType.PERSON) continue;
      List<String> others = new ArrayList<>();
      for (String p : people) if (!p.equals(e.name()) && others.size() < MAX_CONTEXT) others.add(p);
      out.add(new PersonMention(doc.id(), e.id(), e.name(), doc.published(), e.roles(), orgs, others));
    }
    return out;
  }
}
