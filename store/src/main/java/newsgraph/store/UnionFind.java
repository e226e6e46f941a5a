package newsgraph.store;

/**
 * Disjoint sets over {@code 0..n-1} in a plain {@code int[]} of parents (each starts as its own),
 * for grouping a million articles without an object per article. The smaller index becomes the
 * root, so a group's root is its first member in input order. Copies and stories both use it.
 */
public final class UnionFind {
  private UnionFind() {}

  /** Fresh parents: every element its own group. */
  public static int[] singletons(int n) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    return parent;
  }

  /** The root of {@code i}'s group (halving the path on the way). */
  public static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the groups of {@code a} and {@code b} under the smaller root. */
  public static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
