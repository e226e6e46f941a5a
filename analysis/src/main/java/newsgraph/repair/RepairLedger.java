package newsgraph.repair;

import java.util.ArrayList;
import java.util.List;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Repair;

/**
 * The text as a row of pieces, each remembering what it was in the original text, so that the
 * edits of several passes (and several rounds of them) end up as one list of repairs whose spans
 * point into the final text. An edit that overlaps an earlier repair swallows it whole: the
 * result is one repair from the original characters to the final ones, named for the most
 * serious damage involved (see {@link #SEVERITY}): "â€�" decoded to "�" by mojibake repair and
 * then restored to "”" is lossy mojibake, whichever pass touched it first.
 */
final class RepairLedger {

  /** {@code kind == null} means untouched, and then {@code original} equals {@code current}. */
  private record Piece(String current, String original, Repair.Kind kind) {
    boolean untouched() {
      return kind == null;
    }
  }

  /** Kinds from most to least serious. */
  private static final List<Repair.Kind> SEVERITY = List.of(Repair.Kind.LOSSY_MOJIBAKE,
      Repair.Kind.MOJIBAKE, Repair.Kind.ENTITY, Repair.Kind.CONTROL, Repair.Kind.WHITESPACE);

  private List<Piece> pieces = new ArrayList<>();
  private String text;

  RepairLedger(String text) {
    this.text = text;
    if (!text.isEmpty()) pieces.add(new Piece(text, text, null));
  }

  String text() {
    return text;
  }

  /** Applies {@code edits} (sorted, not overlapping, UTF-16 offsets into {@link #text()}). */
  void apply(List<Edit> edits, Repair.Kind kind) {
    if (edits.isEmpty()) return;
    edits = coverChangedPieces(edits);
    List<Piece> out = new ArrayList<>(pieces.size() + 2 * edits.size());
    int i = 0; // the piece being read
    int consumed = 0; // how much of pieces[i] is already written out or absorbed
    int pos = 0; // where the unread rest of pieces[i] starts in the current text
    for (Edit e : edits) {
      // Everything before the edit stays as it is.
      while (true) {
        if (i >= pieces.size()) throw new IllegalStateException("edit " + e + " runs past the text");
        Piece p = pieces.get(i);
        int rest = p.current.length() - consumed;
        if (pos + rest > e.start()) break;
        emit(out, consumed == 0 ? p : untouched(p.current.substring(consumed)));
        pos += rest;
        i++;
        consumed = 0;
      }
      StringBuilder original = new StringBuilder();
      Repair.Kind mergedKind = null;
      while (i < pieces.size() && pos < e.end()) {
        Piece p = pieces.get(i);
        int len = p.current.length();
        if (p.untouched()) {
          int from = consumed + Math.max(0, e.start() - pos);
          int to = consumed + Math.min(len - consumed, e.end() - pos);
          if (from > consumed) emit(out, untouched(p.current.substring(consumed, from)));
          original.append(p.current, from, to);
          if (to < len) {
            consumed = to;
            pos = e.end();
            break;
          }
        } else {
          // coverChangedPieces made the edit cover changed pieces whole.
          original.append(p.original);
          mergedKind = moreSerious(mergedKind, p.kind);
        }
        pos += len - consumed;
        i++;
        consumed = 0;
      }
      String before = original.toString();
      emit(out, before.equals(e.replacement()) ? untouched(before)
          : new Piece(e.replacement(), before, moreSerious(mergedKind, kind)));
    }
    if (i < pieces.size()) {
      emit(out, consumed == 0 ? pieces.get(i) : untouched(pieces.get(i).current.substring(consumed)));
      for (i++; i < pieces.size(); i++) emit(out, pieces.get(i));
    }
    pieces = out;
    StringBuilder sb = new StringBuilder(text.length());
    for (Piece p : pieces) sb.append(p.current);
    text = sb.toString();
  }

  private static Piece untouched(String s) {
    return new Piece(s, s, null);
  }

  /**
   * The edits widened to whole changed pieces, with edits that then overlap (several inside one
   * earlier repair) joined into one: a repair's original characters can't be split.
   */
  private List<Edit> coverChangedPieces(List<Edit> edits) {
    List<Edit> out = new ArrayList<>(edits.size());
    int k = 0;
    int pieceIndex = 0;
    int pieceStart = 0;
    while (k < edits.size()) {
      int start = edits.get(k).start();
      int end = edits.get(k).end();
      int first = k;
      // Widen [start, end) over every changed piece it overlaps, and take in the next edits
      // that fall inside the widened range, until it stops growing.
      boolean grew = true;
      while (grew) {
        grew = false;
        while (pieceIndex < pieces.size()
            && pieceStart + pieces.get(pieceIndex).current.length() <= start
            && !(pieces.get(pieceIndex).current.isEmpty() && pieceStart > start)) {
          pieceStart += pieces.get(pieceIndex).current.length();
          pieceIndex++;
        }
        int p = pieceIndex;
        int ps = pieceStart;
        while (p < pieces.size() && ps < end) {
          Piece piece = pieces.get(p);
          int pe = ps + piece.current.length();
          if (!piece.untouched() && (pe > start || (ps > start && ps < end))) {
            if (ps < start) {
              start = ps;
              grew = true;
            }
            if (pe > end) {
              end = pe;
              grew = true;
            }
          }
          ps = pe;
          p++;
        }
        while (k + 1 < edits.size() && edits.get(k + 1).start() < end) {
          k++;
          if (edits.get(k).end() > end) {
            end = edits.get(k).end();
            grew = true;
          }
        }
      }
      if (first == k && start == edits.get(k).start() && end == edits.get(k).end()) {
        out.add(edits.get(k));
      } else {
        StringBuilder replacement = new StringBuilder();
        int at = start;
        for (int j = first; j <= k; j++) {
          Edit e = edits.get(j);
          replacement.append(text, at, e.start()).append(e.replacement());
          at = e.end();
        }
        replacement.append(text, at, end);
        out.add(new Edit(start, end, replacement.toString()));
      }
      k++;
    }
    return out;
  }

  private static Repair.Kind moreSerious(Repair.Kind a, Repair.Kind b) {
    if (a == null) return b;
    return SEVERITY.indexOf(a) <= SEVERITY.indexOf(b) ? a : b;
  }

  private static void emit(List<Piece> out, Piece p) {
    if (p.untouched() && p.current.isEmpty()) return;
    if (p.untouched() && !out.isEmpty() && out.get(out.size() - 1).untouched()) {
      String joined = out.get(out.size() - 1).current + p.current;
      out.set(out.size() - 1, new Piece(joined, joined, null));
      return;
    }
    out.add(p);
  }

  /** The repairs made so far, with spans in code points of {@link #text()}. */
  List<Repair> repairs() {
    List<Repair> repairs = new ArrayList<>();
    CodePointIndex index = null;
    int pos = 0;
    for (Piece p : pieces) {
      int end = pos + p.current.length();
      if (!p.untouched()) {
        if (index == null) index = CodePointIndex.of(text);
        repairs.add(new Repair(index.span(pos, end), p.original, p.current, p.kind));
      }
      pos = end;
    }
    return repairs;
  }
}
