package newsgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr once a batch has run for a few seconds: a bar when stderr is a terminal,
 * otherwise a plain line every ten seconds; and a summary at the end of a long run. Short runs
 * print nothing. Called from one thread.
 */
final class Progress implements AutoCloseable {
  private static final long QUIET_NANOS = 3_000_000_000L;
  private static final long LINE_EVERY_NANOS = 10_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private long done;
  private long skipped;
  private long tokens;
  private long lastLineNanos = startNanos;
  private long doneAtLastLine = -1;
  private ProgressBar bar;

  private Progress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** The launcher sets {@code newsgraph.stderrTty} because Java cannot see whether stderr is a tty. */
  static Progress start(PrintWriter err) {
    return new Progress(err, Boolean.getBoolean("newsgraph.stderrTty"));
  }

  /** One input finished: analysed into {@code tokens} tokens, or skipped when {@code ok} is false. */
  void articleDone(boolean ok, int tokens) {
    done++;
    this.tokens += tokens;
    if (!ok) skipped++;
    long now = System.nanoTime();
    if (now - startNanos < QUIET_NANOS) return;
    if (terminal) {
      if (bar == null) {
        bar = new ProgressBarBuilder().setTaskName("analyse").setInitialMax(-1)
            .setStyle(ProgressBarStyle.ASCII).showSpeed().setUnit(" articles", 1)
            .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(new WriterStream(err), true)))
            .build();
      }
      bar.stepTo(done);
      bar.setExtraMessage(skipped == 0 ? "" : skipped + " skipped");
    } else if (now - lastLineNanos >= LINE_EVERY_NANOS) {
      lastLineNanos = now;
      doneAtLastLine = done;
      err.println(summary(now));
    }
  }

  private String summary(long now) {
    double seconds = (now - startNanos) / 1e9;
    long analysed = done - skipped;
    return String.format(Locale.ROOT,
        "newsgraph: %d articles in %.1f s (%.1f articles/s, %.0f tokens/s), %d skipped",
        analysed, seconds, analysed / seconds, tokens / seconds, skipped);
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
    long now = System.nanoTime();
    if (now - startNanos >= QUIET_NANOS && done != doneAtLastLine) err.println(summary(now));
  }

  /** Bytes from the progress bar, into the command's stderr writer. */
  private static final class WriterStream extends java.io.OutputStream {
    private final Writer out;

    WriterStream(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      try {
        out.write(b);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
