package newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputReadingTest {
  private static InputReading.Opener jsonLines(int lines, int brokenLine) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= lines; i++) {
      if (i == brokenLine) b.append("{\"id\": broken\n");
      else b.append("{\"id\":\"a").append(i).append("\",\"text\":\"Article number ").append(i)
          .append(" says the harbour reopened on Tuesday.\"}\n");
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    return () -> new ByteArrayInputStream(bytes);
  }

  @Test void givesEveryArticleAndSkipOfAFileLongerThanItsReadAheadInOrder() {
    Iterator<ReadOutcome> it = InputReading.read("feed.jsonl", jsonLines(10 * InputReading.READ_AHEAD, 7), 1 << 20, null);
    List<String> seen = new ArrayList<>();
    while (it.hasNext()) {
      ReadOutcome r = it.next();
      seen.add(r.isSkip() ? "skip " + r.source() : r.text().split(" ")[2]);
    }
    assertEquals(10 * InputReading.READ_AHEAD, seen.size());
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "skip feed.jsonl:7", "8"), seen.subList(0, 8));
    assertEquals(String.valueOf(10 * InputReading.READ_AHEAD), seen.get(seen.size() - 1));
    assertFalse(it.hasNext());
  }

  @Test void stopsTheReaderWhenTheTaskStopsEarly() throws InterruptedException {
    InputReading.Pulled it = (InputReading.Pulled) InputReading.read("big.jsonl", jsonLines(100_000, -1), 1 << 20, null);
    for (int i = 0; i < 3; i++) it.next();
    it.stop();
    it.thread.join(10_000);
    assertFalse(it.thread.isAlive(), "the reader thread still runs");
  }

  @Test void anInputThatCannotBeOpenedIsOneSkipWithTheReason() {
    Iterator<ReadOutcome> it = InputReading.read("gone.warc", () -> {
      throw new IOException("connection reset");
    }, 1 << 20, null);
    ReadOutcome r = it.next();
    assertTrue(r.isSkip());
    assertEquals("gone.warc", r.source());
    assertTrue(r.reason().contains("connection reset"), r.reason());
    assertFalse(it.hasNext());
    assertThrows(java.util.NoSuchElementException.class, it::next);
  }
}
