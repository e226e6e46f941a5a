package newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reading with a size cap, so one oversized input cannot exhaust the heap. */
public final class Limits {
  private Limits() {}

  /** All of {@code in} if it holds at most {@code max} bytes, else null (having read max + 1). */
  public static byte[] readAtMost(InputStream in, long max) throws IOException {
    int cap = (int) Math.min(max + 1, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(cap);
    return bytes.length > max ? null : bytes;
  }

  public static String describe(long bytes) {
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
