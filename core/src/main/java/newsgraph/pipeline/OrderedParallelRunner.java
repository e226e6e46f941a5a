package newsgraph.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of inputs on several threads and hands the results to one
 * consumer in input order. At most {@code 2 × threads} inputs are in flight: {@link #submit}
 * blocks when the consumer falls behind, so memory stays bounded however long the stream.
 *
 * <p>The consumer runs on the thread that calls {@link #submit} or {@link #finish}, so it needs
 * no locking. A function that throws does not stop the run: its exception is handed to the
 * consumer in that input's place.
 */
public final class OrderedParallelRunner<I, O> implements AutoCloseable {
  private final Function<I, O> function;
  private final Consumer<Outcome<I, O>> consumer;
  private final ExecutorService pool;
  private final BlockingQueue<Pending<I, O>> inFlight;

  /** An input with its result, or with the exception that the function threw on it. */
  public record Outcome<I, O>(I input, O result, RuntimeException error) {}

  private record Pending<I, O>(I input, Future<O> future) {}

  public OrderedParallelRunner(int threads, Function<I, O> function, Consumer<Outcome<I, O>> consumer) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    this.function = function;
    this.consumer = consumer;
    this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    this.inFlight = new ArrayBlockingQueue<>(2 * threads);
  }

  /** Queues one input; first hands finished results to the consumer while the queue is full. */
  public void submit(I input) {
    while (inFlight.remainingCapacity() == 0) {
      deliver(inFlight.poll());
    }
    inFlight.add(new Pending<>(input, pool.submit(() -> function.apply(input))));
  }

  /** Waits for every queued input and hands its result to the consumer. */
  public void finish() {
    Pending<I, O> next;
    while ((next = inFlight.poll()) != null) {
      deliver(next);
    }
  }

  private void deliver(Pending<I, O> pending) {
    O result = null;
    RuntimeException error = null;
    try {
      result = pending.future().get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        error = re;
      } else if (cause instanceof Error err) {
        // OutOfMemoryError and the like on one input: report it for that input, keep going.
        error = new RuntimeException(err.toString(), err);
      } else {
        error = new RuntimeException(cause);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + pending.input(), e);
    }
    consumer.accept(new Outcome<>(pending.input(), result, error));
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "newsgraph-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
