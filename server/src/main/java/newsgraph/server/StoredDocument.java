package newsgraph.server;

import java.io.IOException;
import newsgraph.document.Document;
import newsgraph.store.StoreSearch;

/** One stored document with the id of the earlier article it copies (or null). */
record StoredDocument(Document document, String copyOf) {
  /** The document with this id, or null (a keyed lookup in the store). */
  static StoredDocument find(StoreSearch s, String id) throws IOException {
    StoreSearch.Stored stored = s.byId(id);
    return stored == null ? null : new StoredDocument(stored.document(), stored.copyOf());
  }
}
