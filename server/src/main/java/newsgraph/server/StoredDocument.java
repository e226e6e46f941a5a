package newsgraph.server;

import java.io.IOException;
import newsgraph.document.Document;
import newsgraph.store.StoreSearch;

/** One stored document with the id of the earlier article it copies (or null). */
record StoredDocument(Document document, String copyOf) {
  private static final int PAGE = 100;

  /**
   * Finds a document by id, or null. StoreSearch offers no lookup by id yet, so this scans the
   * documents, then reads {@code copyOf} from a search narrowed to the document's publication
   * day. Linear in the store's size: fine for a first step, worth a keyed lookup in the store.
   */
  static StoredDocument find(StoreSearch s, String id) throws IOException {
    Document[] found = new Document[1];
    s.forEach(d -> {
      if (found[0] == null && d.id().equals(id)) found[0] = d;
    });
    Document doc = found[0];
    if (doc == null) return null;
    for (int page = 1; ; page++) {
      StoreSearch.Result r = s.search(new StoreSearch.Request(null, null, null, null,
          doc.published(), doc.published(), page, PAGE), "", "");
      for (StoreSearch.Hit hit : r.hits()) {
        if (hit.document().id().equals(id)) return new StoredDocument(doc, hit.copyOf());
      }
      if (r.hits().isEmpty() || (long) page * PAGE >= r.total()) return new StoredDocument(doc, null);
    }
  }
}
