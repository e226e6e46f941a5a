package newsgraph.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One PERSON entity of one article, with the context that tells two people of one name apart:
 * the roles the article gives, the organisations and the other people it names.
 * {@link PersonResolver} joins mentions into identities.
 */
public record PersonMention(String documentId, String entityId, String name, LocalDate published,
    List<String> roles, List<String> organizations, List<String> otherPeople) implements java.io.Serializable {
  public PersonMention {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    organizations = List.copyOf(organizations);
    otherPeople = List.copyOf(otherPeople);
  }

  /** The key of this mention in {@link PersonResolver#resolve()}'s answer. */
  public String key() {
    return key(documentId, entityId);
  }

  public static String key(String documentId, String entityId) {
    return documentId + "/" + entityId;
  }
}
