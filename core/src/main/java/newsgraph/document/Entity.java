package newsgraph.document;

import java.util.List;
import java.util.Objects;

/**
 * One referent of the article (a person, organisation, place or other name) with every mention of
 * it. {@code name} is the fullest form the article uses; {@code place} is null unless geocoded.
 */
public record Entity(String id, EntityType type, String name, List<String> aliases,
    List<String> roles, List<Mention> mentions, Place place) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " '" + name + "' has no mentions");
    }
  }
}
