package newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a cluster's mentions stand, a multiset of code-point positions, for the mention nearest
 * to another: a short form joins the name mentioned nearest before it.
 */
final class MentionPositions {
  private final TreeMap<Integer, Integer> counts = new TreeMap<>();

  void add(int position) {
    counts.merge(position, 1, Integer::sum);
  }

  void remove(int position) {
    counts.computeIfPresent(position, (p, c) -> c == 1 ? null : c - 1);
  }

  /**
   * Code points from {@code position} back to the last mention at or before it, else forward
   * to the next one, any earlier mention counting as nearer than a later one: readers resolve
   * a surname backwards.
   */
  int distance(int position) {
    Integer before = counts.floorKey(position);
    if (before != null) return position - before;
    Integer after = counts.higherKey(position);
    return after == null ? Integer.MAX_VALUE : 1_000_000 + after - position;
  }

  /** Two ascending lists of roots, merged without repeats. */
  static List<Integer> merged(List<Integer> a, List<Integer> b) {
    if (b == null) return a == null ? List.of() : a;
    if (a == null) return b;
    TreeSet<Integer> merged = new TreeSet<>(a);
    merged.addAll(b);
    return new ArrayList<>(merged);
  }
}
