package newsgraph.entities;

import newsgraph.places.Gazetteer;

/** What the entity rules ask the gazetteer: a small interface, so tests can make one up. */
interface Places {
  /** Whether the name is some place in the gazetteer. */
  boolean known(String name);

  /** Whether the name is a country or a first-level region. */
  boolean countryOrRegion(String name);

  /** Whether the name is a country, a region or a town of at least 10,000 people. */
  default boolean town(String name) {
    return countryOrRegion(name);
  }

  /** Whether the name is a river, lake, sea, mountain or other natural feature. */
  default boolean naturalFeature(String name) {
    return false;
  }

  /** Whether the name is a country's own name ({@code Panama}, not the demonym {@code Thai}). */
  default boolean country(String name) {
    return false;
  }

  /** The compiled gazetteer. */
  static Places gazetteer() {
    return new Places() {
      @Override public boolean known(String name) {
        return Gazetteer.shared().lookup(name).length > 0;
      }

      @Override public boolean town(String name) {
        Gazetteer g = Gazetteer.shared();
        for (int id : g.lookup(name)) {
          if (g.population(id) >= 10_000 || g.isCountry(id) || g.isRegion(id)) return true;
        }
        return false;
      }

      @Override public boolean naturalFeature(String name) {
        Gazetteer g = Gazetteer.shared();
        for (int id : g.lookup(name)) {
          String code = g.featureCode(id);
          if (code.startsWith("H.") || code.startsWith("T.") || code.startsWith("U.")) return true;
        }
        return false;
      }

      @Override public boolean country(String name) {
        Gazetteer g = Gazetteer.shared();
        for (int id : g.lookup(name)) if (g.isCountry(id) && g.name(id).equalsIgnoreCase(name)) return true;
        return false;
      }

      @Override public boolean countryOrRegion(String name) {
        Gazetteer g = Gazetteer.shared();
        for (int id : g.lookup(name)) if (g.isCountry(id) || g.isRegion(id)) return true;
        return false;
      }

    };
  }
}
