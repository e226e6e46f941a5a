package newsgraph.server;

import java.io.IOException;
import java.nio.file.Path;
import newsgraph.store.LinkSearch;
import newsgraph.store.StoreSearch;

/**
 * One open view of the store and its corpus links shared by all requests, reopened only when an
 * ingest has committed either since. Opening a view per request cost about a second on a
 * 2,000-article store (each new reader rebuilds its facet ordinals); this keeps that cost to once
 * per commit. A view that is replaced stays open until the last request using it is done.
 */
final class SharedStore implements AutoCloseable {
  /** A request's use of one view; closing it hands the view back. */
  static final class Lease implements AutoCloseable {
    private final SharedStore owner;
    private final View view;

    private Lease(SharedStore owner, View view) {
      this.owner = owner;
      this.view = view;
    }

    StoreSearch search() {
      return view.search;
    }

    /** The links (stories, people) as committed when this view opened; empty before any. */
    LinkSearch links() {
      return view.links;
    }

    @Override
    public void close() throws IOException {
      owner.release(view);
    }
  }

  private static final class View {
    final StoreSearch search;
    final LinkSearch links;
    int users = 1; // the holder's own reference, dropped when a newer view replaces it

    View(StoreSearch search, LinkSearch links) {
      this.search = search;
      this.links = links;
    }

    boolean isCurrent() throws IOException {
      return search.isCurrent() && links.isCurrent();
    }

    void close() throws IOException {
      try (links) {
        search.close();
      }
    }
  }

  /** Opens a view of the store; IOException when there is none. */
  interface Opener {
    StoreSearch open() throws IOException;
  }

  private final Path dir;
  private final Opener opener;
  private View current;
  private boolean closed;

  SharedStore(Path dir, Opener opener) {
    this.dir = dir;
    this.opener = opener;
  }

  static SharedStore of(Path dir) {
    return new SharedStore(dir, () -> StoreSearch.open(dir));
  }

  /** The newest committed view, opened anew only when the index changed since the last one. */
  synchronized Lease acquire() throws IOException {
    if (closed) throw new IOException("the store is closed");
    if (current == null || !current.isCurrent()) {
      StoreSearch search = opener.open();
      View fresh;
      try {
        fresh = new View(search, LinkSearch.open(dir));
      } catch (IOException | RuntimeException e) {
        search.close();
        throw e;
      }
      // The fresh view first: were closing the old one to fail, requests must not be left with
      // a closed view until a restart.
      View old = current;
      current = fresh;
      if (old != null) {
        try {
          release(old);
        } catch (IOException | RuntimeException e) {
          System.err.println("newsgraph serve: closing an old view of the store failed: " + e);
        }
      }
    }
    current.users++;
    return new Lease(this, current);
  }

  private synchronized void release(View view) throws IOException {
    if (--view.users == 0) view.close();
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    if (current != null) {
      View last = current;
      current = null;
      release(last);
    }
  }
}
