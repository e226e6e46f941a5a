package newsgraph.places;

import java.util.ArrayList;
import java.util.List;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Place;
import newsgraph.document.Span;
import newsgraph.entities.InstitutionRetyper;
import newsgraph.pipeline.Stage;

/**
 * Gives every LOCATION entity its {@code place} from the offline {@link Gazetteer}, choosing
 * among places of the same name with {@link PlaceResolver}: the article's dateline, its other
 * places, {@code X, Y} pairs and the word after a name ({@code Hama province}) are the context.
 * A place that only ever speaks for its government ({@code Moscow said}) is still geocoded, with
 * {@code standsFor = "government"} so that maps of where the story happens can leave it out.
 * Runs after the entity stages.
 */
public final class Geocoder implements Stage {
  private final PlaceResolver resolver;

  public Geocoder() {
    this(new PlaceResolver(Gazetteer.shared()));
  }

  public Geocoder(PlaceResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Document apply(Document doc) {
    List<Integer> locations = new ArrayList<>();
    for (int i = 0; i < doc.entities().size(); i++) {
      if (doc.entities().get(i).type() == EntityType.LOCATION) locations.add(i);
    }
    if (locations.isEmpty()) return doc;
    CodePointIndex index = CodePointIndex.of(doc.text());
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>(locations.size());
    for (int i : locations) {
      Entity e = doc.entities().get(i);
      toponyms.add(new PlaceResolver.Toponym(e.name(), featureWord(doc, index, e), container(doc, index, e)));
    }
    List<String> anchors = doc.dateline() == null ? List.of() : List.of(doc.dateline().text());
    int[] chosen = resolver.resolve(toponyms, anchors);
    List<Entity> out = new ArrayList<>(doc.entities());
    boolean changed = false;
    int town = mainTown(doc, locations, chosen);
    for (int k = 0; k < locations.size(); k++) {
      int id = chosen[k];
      Entity e = doc.entities().get(locations.get(k));
      if (id < 0) id = byAlias(e);
      Place place;
      String local;
      if (id >= 0) {
        place = resolver.gazetteer().place(id);
      } else if (town >= 0 && (local = localFeature(index, e)) != null) {
        int first = e.mentions().stream().mapToInt(m -> m.span().start()).min().orElse(0);
        int in = townBefore(doc, locations, chosen, first);
        place = localIn(e.name(), local, resolver.gazetteer().place(in >= 0 ? in : town));
      } else {
        continue;
      }
      if (speaksInEveryMention(doc, index, e)) place = place.standingFor("government");
      out.set(locations.get(k), new Entity(e.id(), e.type(), e.name(), e.aliases(), e.roles(),
          e.mentions(), place));
      changed = true;
    }
    return changed ? doc.withEntities(out) : doc;
  }

  /**
   * The feature code of a local feature that the name or the words after one of its mentions
   * say it is ({@link LocalFeatures}: {@code Castle Street}, {@code the Galdeford car park}), or null.
   */
  private static String localFeature(CodePointIndex index, Entity e) {
    String own = LocalFeatures.ofName(e.name());
    if (own != null) return own;
    for (Mention m : e.mentions()) {
      int end = m.span().end();
      String code = LocalFeatures.after(index.substring(new Span(end, Math.min(index.length(), end + 80))), 0);
      if (code != null) return code;
    }
    return null;
  }

  /**
   * A street, car park or bridge the gazetteer does not hold is placed at its town (with the
   * feature code its noun gives; no GeoNames id), which is as near as an offline gazetteer of
   * towns gets.
   */
  private static Place localIn(String name, String featureCode, Place town) {
    return new Place(name, town.lat(), town.lon(), town.country(), featureCode, 0, town.admin1());
  }

  /**
   * The town named last before {@code at}, or -1: a street in a story about Ludlow that later
   * quotes someone on Shrewsbury is in Ludlow, wherever the article names most often.
   */
  private int townBefore(Document doc, List<Integer> locations, int[] chosen, int at) {
    int best = -1;
    int bestStart = -1;
    for (int k = 0; k < locations.size(); k++) {
      int id = chosen[k];
      if (id < 0 || !resolver.gazetteer().featureCode(id).startsWith("P.")) continue;
      for (Mention m : doc.entities().get(locations.get(k)).mentions()) {
        if (m.span().start() < at && m.span().start() > bestStart) {
          best = id;
          bestStart = m.span().start();
        }
      }
    }
    return best;
  }

  /** The town (not a country or region) that the article names most often, or -1. */
  private int mainTown(Document doc, List<Integer> locations, int[] chosen) {
    int best = -1;
    int most = 0;
    for (int k = 0; k < locations.size(); k++) {
      int id = chosen[k];
      int mentions = doc.entities().get(locations.get(k)).mentions().size();
      if (id >= 0 && resolver.gazetteer().featureCode(id).startsWith("P.") && mentions > most) {
        best = id;
        most = mentions;
      }
    }
    return best;
  }

  /** {@code Moscow said ... Moscow insisted}: the place is only ever its government speaking. */
  private static boolean speaksInEveryMention(Document doc, CodePointIndex index, Entity e) {
    for (Mention m : e.mentions()) {
      if (!InstitutionRetyper.followedBySpeech(doc, index, m)) return false;
    }
    return true;
  }

  /** A shorter name the article also uses, when the full one is unknown ("the Hama countryside"). */
  private int byAlias(Entity e) {
    for (String alias : e.aliases()) {
      int id = resolver.byPopulation(alias);
      if (id >= 0) return id;
    }
    return -1;
  }

  /** The word right after the first mention that is followed by a letter word ({@link PlaceNames#featureWordAt}). */
  private static String featureWord(Document doc, CodePointIndex index, Entity e) {
    for (Mention m : e.mentions()) {
      int end = m.span().end();
      String after = index.substring(new Span(end, Math.min(index.length(), end + 24)));
      String word = PlaceNames.featureWordAt(after, 0);
      if (!word.isEmpty()) return word;
    }
    return "";
  }

  /** The other location named right after a mention as {@code X, Y}, or "". */
  private static String container(Document doc, CodePointIndex index, Entity e) {
    for (Mention m : e.mentions()) {
      int end = m.span().end();
      if (end + 2 > index.length() || !index.substring(new Span(end, end + 2)).equals(", ")) continue;
      for (Entity other : doc.entities()) {
        if (other == e || other.type() != EntityType.LOCATION) continue;
        for (Mention om : other.mentions()) {
          if (om.span().start() == end + 2) return other.name();
        }
      }
    }
    return "";
  }
}
