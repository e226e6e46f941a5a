package newsgraph.spark;

import java.util.HashSet;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * One analysed article per id. Repeated ids are rare, so only the ids travel in a shuffle
 * (shuffling every analysed article by id, entity and quote rows and all, cost about a seventh
 * of the analysis itself in the profile); the few repeated ones are then reduced to one each.
 */
final class Deduplication {
  private Deduplication() {}

  /** {@code analyzed} (already cached by the caller) with each id once; only the repeated ones shuffle. */
  static JavaRDD<Analyzed> oneById(JavaRDD<Analyzed> analyzed, JavaSparkContext jsc) {
    Set<String> repeated = new HashSet<>(analyzed
        .mapToPair(a -> new Tuple2<>(a.id(), 1))
        .reduceByKey(Integer::sum)
        .filter(n -> n._2() > 1)
        .keys()
        .collect());
    if (repeated.isEmpty()) return analyzed;
    Broadcast<Set<String>> ids = jsc.broadcast(repeated);
    JavaRDD<Analyzed> once = analyzed.filter(a -> ids.value().contains(a.id()))
        .mapToPair(a -> new Tuple2<>(a.id(), a))
        .reduceByKey((a, b) -> a)
        // Not cached: later passes read the reduced shuffle output again, not the articles.
        .values();
    return analyzed.filter(a -> !ids.value().contains(a.id())).union(once);
  }
}
