package newsgraph.document;

import java.util.Objects;

/**
 * Where a location entity is on the map, as the gazetteer knows it. {@code standsFor} is null for
 * a place where the story happens, or {@code "government"} when the article only uses the place
 * for the people who govern it ({@code Moscow said}, {@code Washington insisted}): it is still on
 * the map, but not a location of the story's events.
 */
public record Place(String name, double lat, double lon, String country, String featureCode,
    long geonamesId, String admin1, String standsFor) {
  public Place {
    Objects.requireNonNull(name, "name");
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
  }

  public Place(String name, double lat, double lon, String country, String featureCode,
      long geonamesId, String admin1) {
    this(name, lat, lon, country, featureCode, geonamesId, admin1, null);
  }

  public Place standingFor(String what) {
    return new Place(name, lat, lon, country, featureCode, geonamesId, admin1, what);
  }
}
