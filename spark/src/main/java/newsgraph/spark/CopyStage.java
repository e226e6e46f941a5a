package newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsgraph.store.MinHash;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Near-duplicate and syndicated copies across the whole corpus, as Spark stages: the store's
 * MinHash signatures, LSH bands and threshold ({@link MinHash}, {@code Store.COPY_THRESHOLD}),
 * and its rule that a group's root is its earliest article (by publication date, undated ones
 * last). Articles sharing a band key meet in one group (a shuffle of ids only); candidate pairs
 * are checked on the full signatures (two joins against the signatures, partitioned by id once);
 * the pairs that pass, about one per copy, are joined into groups on the driver (union-find), as
 * {@code CopyDetector} does in one process.
 */
final class CopyStage {
  /** Pairs checked per band group beyond its first members: see {@link #candidates}. */
  static final int GROUP_HEAD = 64;

  private CopyStage() {}

  /** An analysed article as the copy stage sees it. */
  record Signed(String id, String source, long day, int[] signature) implements Serializable {}

  /** An article of a copy pair, with what orders it in its group. */
  record Node(String id, String source, long day) implements Serializable {}

  /** For each copy, the earliest article of its group: (copy id, root id). */
  static List<Tuple2<String, String>> copies(JavaRDD<Signed> articles, double threshold) {
    // Signatures by id, partitioned and kept once: both joins below then move only the pairs,
    // and the articles upstream are read once, not three times.
    JavaPairRDD<String, Signed> byId = articles.mapToPair(a -> new Tuple2<>(a.id(), a))
        .partitionBy(new HashPartitioner(articles.getNumPartitions()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      return roots(pairs(byId, threshold));
    } finally {
      byId.unpersist(false);
    }
  }

  private static List<Tuple2<Node, Node>> pairs(JavaPairRDD<String, Signed> byId, double threshold) {
    JavaPairRDD<String, String> candidates = byId.values()
        .flatMapToPair(a -> {
          List<Tuple2<String, String>> keys = new ArrayList<>();
          for (String band : MinHash.bandKeys(a.signature())) keys.add(new Tuple2<>(band, a.id()));
          return keys.iterator();
        })
        .groupByKey()
        .flatMapToPair(group -> candidates(group._2()).iterator())
        .distinct();
    return candidates.join(byId)
        .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()))
        .join(byId)
        .filter(p -> MinHash.similarity(p._2()._1().signature(), p._2()._2().signature()) >= threshold)
        .map(p -> new Tuple2<>(node(p._2()._1()), node(p._2()._2())))
        .collect();
  }

  /**
   * The pairs of one band group to check: each of its first {@link #GROUP_HEAD} members (in id
   * order) with every later one. A group is nearly always two or three articles; a huge one
   * (thousands of identical boilerplate pages) stays linear and its members still meet through
   * the head.
   */
  static List<Tuple2<String, String>> candidates(Iterable<String> group) {
    List<String> ids = new ArrayList<>();
    group.forEach(ids::add);
    ids.sort(null);
    List<Tuple2<String, String>> pairs = new ArrayList<>();
    for (int i = 0; i < Math.min(ids.size(), GROUP_HEAD); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (!ids.get(i).equals(ids.get(j))) pairs.add(new Tuple2<>(ids.get(i), ids.get(j)));
      }
    }
    return pairs;
  }

  private static Node node(Signed s) {
    return new Node(s.id(), s.source(), s.day());
  }

  /** Earliest first; the same day goes by source (the CLI's input order), then id. */
  static final Comparator<Node> EARLIEST = Comparator.comparingLong(Node::day)
      .thenComparing(Node::source).thenComparing(Node::id);

  /** Joins the copy pairs into groups; every member but the earliest points to the earliest. */
  static List<Tuple2<String, String>> roots(List<Tuple2<Node, Node>> pairs) {
    Map<String, Node> nodes = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    for (Tuple2<Node, Node> p : pairs) {
      for (Node n : List.of(p._1(), p._2())) {
        nodes.putIfAbsent(n.id(), n);
        parent.putIfAbsent(n.id(), n.id());
      }
      String a = find(parent, p._1().id());
      String b = find(parent, p._2().id());
      if (!a.equals(b)) parent.put(b, a);
    }
    Map<String, Node> earliest = new HashMap<>();
    for (Node n : nodes.values()) {
      earliest.merge(find(parent, n.id()), n, (x, y) -> EARLIEST.compare(x, y) <= 0 ? x : y);
    }
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (Node n : nodes.values()) {
      Node root = earliest.get(find(parent, n.id()));
      if (!root.id().equals(n.id())) out.add(new Tuple2<>(n.id(), root.id()));
    }
    out.sort(Comparator.comparing(Tuple2::_1));
    return out;
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (!parent.get(root).equals(root)) root = parent.get(root);
    while (!id.equals(root)) {
      String next = parent.get(id);
      parent.put(id, root);
      id = next;
    }
    return root;
  }
}
