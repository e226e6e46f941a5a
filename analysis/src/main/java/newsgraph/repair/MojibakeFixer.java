package newsgraph.repair;

import java.util.ArrayList;
import java.util.List;
import newsgraph.document.Repair;

/**
 * Repairs UTF-8 text that was decoded in a single-byte encoding (Windows-1252, Latin-1, MacRoman,
 * the other Windows code pages, CP437), once or several times: the suspect text is encoded back
 * with the encoding it was wrongly decoded in and decoded as UTF-8, and the result is kept only
 * if it decodes. Each paragraph (line) is repaired on its own.
 *
 * <p>Ported from python-ftfy 6.3.1 (Apache License 2.0, Copyright Robyn Speer):
 * {@code fix_encoding_and_explain} and {@code _fix_encoding_one_step_and_explain} in
 * {@code ftfy/__init__.py}, and {@code decode_inconsistent_utf8} and {@code fix_c1_controls} in
 * {@code ftfy/fixes.py}. The decision logic follows ftfy step by step, so that its test cases
 * keep their meaning here; only the per-paragraph driver and the edit bookkeeping are ours.
 * One deliberate difference: "â€ " is not read as "†" (see {@link Utf8Bytes}), because in news
 * it is a closing quotation mark that lost its last byte.
 */
final class MojibakeFixer implements RepairPass {

  // ftfy repeats single steps until nothing changes; real text settles in two or three
  // (double mojibake). The bound only guards against a cycle.
  private static final int MAX_STEPS = 16;

  @Override
  public Repair.Kind kind() {
    return Repair.Kind.MOJIBAKE;
  }

  @Override
  public void findEdits(String text, List<Edit> edits) {
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      // A line that does not look bad is left as it is (fixEncoding's first test), so it is
      // tested in place: copying every line out was the costliest part on non-Latin text, where
      // nearly every line passes mightBeBad.
      if (end > start && MojibakeBadness.isBad(new Slice(text, start, end))) {
        String line = text.substring(start, end);
        String fixed = fixEncoding(line);
        if (!fixed.equals(line)) TextAlignment.addEdits(line, fixed, start, edits);
      }
      start = end + 1;
    }
  }

  /** A line of the text, read in place. */
  private record Slice(String text, int start, int end) implements CharSequence {
    @Override public int length() {
      return end - start;
    }

    @Override public char charAt(int index) {
      if (index < 0 || index >= end - start) throw new IndexOutOfBoundsException(index);
      return text.charAt(start + index);
    }

    @Override public CharSequence subSequence(int from, int to) {
      return text.substring(start + from, start + to);
    }

    @Override public String toString() {
      return text.substring(start, end);
    }
  }

  /** ftfy's fix_encoding: single steps until the text stops changing. */
  static String fixEncoding(String text) {
    for (int step = 0; step < MAX_STEPS; step++) {
      String fixed = fixOneStep(text);
      if (fixed.equals(text)) return text;
      text = fixed;
    }
    return text;
  }

  private static String fixOneStep(String text) {
    // ASCII text, and text that doesn't look like mojibake, stays as it is.
    if (text.isEmpty() || isAscii(text) || !MojibakeBadness.isBad(text)) return text;

    // Suppose the text was UTF-8 decoded in a single-byte encoding. When it can be fixed that
    // way, that is usually the right fix, so try each encoding the text could have come from.
    List<SingleByteCodec> possible = new ArrayList<>();
    for (SingleByteCodec codec : SingleByteCodec.ALL) {
      if (!codec.canEncode(text)) continue;
      possible.add(codec);
      byte[] bytes = codec.encode(text);
      // Sequences that would be UTF-8 but for an A0 byte turned into a space. Not in MacRoman,
      // where it would match an en dash followed by a space.
      if (codec != SingleByteCodec.MACROMAN && Utf8Bytes.hasAlteredUtf8(bytes)) {
        bytes = Utf8Bytes.restoreByteA0(bytes);
      }
      if (codec.isSloppy()) bytes = Utf8Bytes.replaceLossySequences(bytes);
      String decoded = Utf8Bytes.decode(bytes);
      if (decoded != null) return decoded;
    }

    // Mojibake embedded in text that is otherwise fine: fix the UTF-8-looking runs on their own.
    List<int[]> runs = MojibakeBadness.utf8Runs(text);
    if (!runs.isEmpty()) {
      String fixed = decodeInconsistentUtf8(text, runs);
      if (!fixed.equals(text)) return fixed;
    }

    // Latin-1 that was meant to be Windows-1252. (ftfy's test for text that is also valid
    // Windows-1252 never holds, as its list holds only the sloppy codec; we keep its behaviour.)
    if (possible.contains(SingleByteCodec.LATIN_1)) {
      String fixed = SingleByteCodec.latin1AsWindows1252(text);
      if (fixed != null && !fixed.equals(text)) return fixed;
    }

    // C1 controls that remain are read as the Windows-1252 characters they stand for, as
    // browsers do.
    if (hasC1(text)) return fixC1Controls(text);
    return text;
  }

  private static String decodeInconsistentUtf8(String text, List<int[]> runs) {
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (int[] r : runs) {
      String run = text.substring(r[0], r[1]);
      // Only a shorter piece, so that this can't recurse forever.
      if (run.length() < text.length() && MojibakeBadness.isBad(run)) {
        out.append(text, last, r[0]).append(fixEncoding(run));
        last = r[1];
      }
    }
    out.append(text, last, text.length());
    return out.toString();
  }

  private static String fixC1Controls(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 0x80 && c <= 0x9f ? SingleByteCodec.SLOPPY_WINDOWS_1252.decode(c) : c);
    }
    return out.toString();
  }

  private static boolean hasC1(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9f) return true;
    }
    return false;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) return false;
    }
    return true;
  }
}
