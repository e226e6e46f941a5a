package newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import newsgraph.spark.CopyStage.Node;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class CopyStageTest {
  private static final long UNDATED = Long.MAX_VALUE;

  private static List<String> roots(List<Tuple2<Node, Node>> pairs) {
    return CopyStage.roots(pairs).stream().map(t -> t._1() + "->" + t._2()).toList();
  }

  @Test void pointsEveryMemberOfAChainToItsEarliestArticle() {
    Node a = new Node("a", "s/a", 12);
    Node b = new Node("b", "s/b", 10);
    Node c = new Node("c", "s/c", 11);
    assertEquals(List.of("a->b", "c->b"), roots(List.of(new Tuple2<>(a, c), new Tuple2<>(c, b))));
  }

  @Test void undatedArticlesCountAsLater() {
    Node undated = new Node("u", "s/a", UNDATED);
    Node dated = new Node("d", "s/z", 5);
    assertEquals(List.of("u->d"), roots(List.of(new Tuple2<>(undated, dated))));
  }

  @Test void sameDayGoesToTheFirstSource() {
    Node first = new Node("z", "feed/01.txt", 7);
    Node second = new Node("a", "feed/02.txt", 7);
    assertEquals(List.of("a->z"), roots(List.of(new Tuple2<>(second, first))));
  }

  @Test void separateGroupsKeepSeparateRoots() {
    Node a = new Node("a", "a", 1);
    Node b = new Node("b", "b", 2);
    Node c = new Node("c", "c", 3);
    Node d = new Node("d", "d", 4);
    assertEquals(List.of("b->a", "d->c"), roots(List.of(new Tuple2<>(b, a), new Tuple2<>(d, c))));
  }

  @Test void aHugeBandGroupYieldsPairsLinearInItsSize() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 1000; i++) ids.add(String.format("id%04d", i));
    List<Tuple2<String, String>> pairs = CopyStage.candidates(ids);
    int head = CopyStage.GROUP_HEAD;
    assertEquals(head * 1000 - head * (head + 1) / 2, pairs.size());
    // Every member meets the group's first member, so one shared copy joins them all.
    assertEquals(999, pairs.stream().filter(p -> p._1().equals("id0000")).count());
  }

  @Test void aSmallBandGroupYieldsEveryPairOnce() {
    assertEquals(List.of(new Tuple2<>("a", "b"), new Tuple2<>("a", "c"), new Tuple2<>("b", "c")),
        CopyStage.candidates(List.of("c", "a", "b")));
  }
}
