package newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedParallelRunnerTest {

  @Test void deliversResultsInInputOrderDespiteUnevenWork() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<Integer> delays = new ArrayList<>();
    for (int i = 0; i < 200; i++) delays.add(random.nextInt(3));
    List<Integer> seen = new ArrayList<>();
    try (OrderedParallelRunner<Integer, Integer> runner = new OrderedParallelRunner<>(4,
        i -> { sleep(delays.get(i)); return i * 10; },
        outcome -> seen.add(outcome.result()))) {
      for (int i = 0; i < delays.size(); i++) runner.submit(i);
      runner.finish();
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < delays.size(); i++) expected.add(i * 10);
    assertEquals(expected, seen, "seed=" + seed);
  }

  @Test void reportsAFailureInItsPlaceAndGoesOn() {
    List<String> seen = new ArrayList<>();
    try (OrderedParallelRunner<Integer, Integer> runner = new OrderedParallelRunner<>(2,
        i -> { if (i == 1) throw new IllegalArgumentException("bad " + i); return i; },
        outcome -> seen.add(outcome.error() == null ? "ok " + outcome.result() : outcome.error().getMessage()))) {
      for (int i = 0; i < 3; i++) runner.submit(i);
      runner.finish();
    }
    assertEquals(List.of("ok 0", "bad 1", "ok 2"), seen);
  }

  @Test void keepsAtMostTwiceTheThreadsInFlight() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    try (OrderedParallelRunner<Integer, Integer> runner = new OrderedParallelRunner<>(2,
        i -> { started.incrementAndGet(); return i; },
        outcome -> { assertNull(outcome.error()); delivered.incrementAndGet(); })) {
      for (int i = 0; i < 100; i++) {
        runner.submit(i);
        maxAhead.accumulateAndGet(i + 1 - delivered.get(), Math::max);
      }
      runner.finish();
    }
    assertEquals(100, delivered.get());
    assertTrue(maxAhead.get() <= 4, "in flight: " + maxAhead.get());
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
