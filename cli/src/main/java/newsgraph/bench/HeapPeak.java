package newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** The heap's peak over one phase of a benchmark. */
final class HeapPeak {
  private HeapPeak() {}

  /** Collects garbage and starts a new phase. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks since {@link #reset} (an upper bound on the live peak). */
  static String since() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
    }
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }
}
