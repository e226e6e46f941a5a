package newsgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import newsgraph.people.PersonMention;
import newsgraph.people.PersonResolver;
import newsgraph.stories.StoryArticle;
import newsgraph.stories.StoryDetector;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * The store's cross-article links ({@code Store.link()}) as Spark stages, with the store's own
 * classes, so both give the same ids on the same articles.
 *
 * <p>Stories need the whole corpus at once: the detector's word weights are IDFs over all
 * articles, its rare-key cut-off is a share of the corpus, and groups merge by average linkage,
 * which no key partitions. So the articles' small records ({@link StoryArticle}: id, day, copyOf,
 * names, forty words) stream to the driver one partition at a time and one {@link StoryDetector}
 * runs there; the driver keeps only the detector's compact form (ints and floats per article and
 * one dictionary of words and names), not the records: about 1.9 KB per article (369 MB for
 * 200,000 synthetic articles of 40 words and 15 names, a third of them new), so about 2 GB of
 * driver heap per million articles, and the detector then runs single-threaded on the driver.
 *
 * <p>People partition: {@link PersonResolver} compares mentions only within a surname block
 * ({@link PersonResolver#block}), and a block resolves alone as in the whole. Mentions are
 * grouped by block (one shuffle) and each group resolved in its own resolver on an executor; a
 * common surname's block is one task's work and memory (its short forms compare with each other).
 */
final class LinkStages {
  private LinkStages() {}

  /** Each article of a story of two or more and the story's id, by article id. */
  static List<Tuple2<String, String>> stories(JavaRDD<StoryArticle> articles, Map<String, String> copyOf) {
    StoryDetector detector = new StoryDetector();
    Iterator<StoryArticle> it = articles.toLocalIterator();
    while (it.hasNext()) {
      StoryArticle a = it.next();
      String original = copyOf.get(a.id());
      detector.add(original == null ? a : new StoryArticle(a.id(), a.published(), original, a.names(), a.terms()));
    }
    List<Tuple2<String, String>> out = new ArrayList<>();
    detector.stories().forEach((doc, story) -> out.add(new Tuple2<>(doc, story)));
    out.sort((x, y) -> x._1().compareTo(y._1()));
    return out;
  }

  /** (document id, entity id, person id) for every PERSON mention, resolved per surname block. */
  static JavaRDD<Row> people(JavaRDD<PersonMention> mentions, int partitions) {
    return mentions
        // A name without a surname stands alone: its own key spreads those over the partitions.
        .keyBy(m -> {
          String block = PersonResolver.block(m);
          return block != null ? block : "/" + m.key();
        })
        .groupByKey(partitions)
        .flatMap(block -> resolve(block._2()).iterator());
  }

  static List<Row> resolve(Iterable<PersonMention> block) {
    PersonResolver resolver = new PersonResolver();
    List<PersonMention> all = new ArrayList<>();
    for (PersonMention m : block) {
      resolver.add(m);
      all.add(m);
    }
    Map<String, String> personOf = resolver.resolve().personOf();
    List<Row> rows = new ArrayList<>(all.size());
    for (PersonMention m : all) rows.add(RowFactory.create(m.documentId(), m.entityId(), personOf.get(m.key())));
    return rows;
  }
}
