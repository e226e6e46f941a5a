package newsgraph.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsgraph.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the stored articles that a new one copies: candidates share an LSH band key with it,
 * and a copy's estimated Jaccard similarity reaches {@link Store#COPY_THRESHOLD}. A group of
 * copies has one root, its earliest article.
 */
final class Copies {
  private Copies() {}

  /** A stored member of the group: its id, its root (itself when it is one) and its day. */
  record Member(String id, String root, long day) {}

  /** Every stored article of the groups the new article joins: roots and their copies. */
  record Group(List<Member> members) {
    /** The earliest stored root when it is as early as the new article or earlier, else null. */
    String rootFor(Document doc) {
      Member earliest = earliestRoot();
      return earliest != null && earliest.day() <= day(doc) ? earliest.id() : null;
    }

    /**
     * The stored articles whose {@code copyOf} must change: when the new article is earlier than
     * every root, all of them (it becomes the root); otherwise the members of later groups that
     * it joins to the earliest one.
     */
    List<String> toRepoint(Document doc) {
      Member earliest = earliestRoot();
      if (earliest == null) return List.of();
      boolean newIsRoot = earliest.day() > day(doc);
      List<String> out = new ArrayList<>();
      for (Member m : members) {
        if (m.id().equals(doc.id())) continue;
        if (newIsRoot || !m.root().equals(earliest.id())) out.add(m.id());
      }
      return out;
    }

    private Member earliestRoot() {
      Member best = null;
      for (Member m : members) {
        if (m.id().equals(m.root()) && (best == null || m.day() < best.day())) best = m;
      }
      return best;
    }
  }

  static long day(Document doc) {
    return doc.published() == null ? Long.MAX_VALUE : doc.published().toEpochDay();
  }

  static Group find(Store store, Document doc, int[] sig) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String band : MinHash.bandKeys(sig)) q.add(new TermQuery(new Term(Store.BAND, band)), BooleanClause.Occur.SHOULD);
    IndexSearcher s = store.acquire();
    try {
      Set<String> roots = new LinkedHashSet<>();
      for (ScoreDoc hit : s.search(q.build(), 50).scoreDocs) {
        var stored = s.storedFields().document(hit.doc);
        String id = stored.get(Store.ID);
        if (id.equals(doc.id())) continue;
        var raw = stored.getBinaryValue(Store.MINHASH);
        if (MinHash.similarity(sig, MinHash.fromBytes(raw.bytes, raw.offset, raw.length)) < Store.COPY_THRESHOLD) continue;
        String root = stored.get(Store.COPY_OF);
        roots.add(root == null ? id : root);
      }
      List<Member> members = new ArrayList<>();
      for (String root : roots) {
        BooleanQuery.Builder group = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Store.ID, root)), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(Store.COPY_OF, root)), BooleanClause.Occur.SHOULD);
        var members0 = group.build();
        for (ScoreDoc hit : s.search(members0, Math.max(1, s.count(members0))).scoreDocs) {
          var stored = s.storedFields().document(hit.doc);
          String id = stored.get(Store.ID);
          members.add(new Member(id, id.equals(root) ? id : root,
              stored.getField(Store.DAY).numericValue().longValue()));
        }
      }
      return new Group(members);
    } finally {
      store.release(s);
    }
  }
}
