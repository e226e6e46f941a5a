package newsgraph.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Repair;
import org.junit.jupiter.api.Test;

class TextRepairerRandomTest {

  // Pieces that random text is built from: clean prose, every kind of damage, and the
  // characters that sit near damage in real text (so repairs meet, overlap and nest).
  private static final String[] PIECES = {
      "The ", "minister ", "said", ". ", ", ", "don", "’", "‘", "“", "”", "t ", "s ", "it", "?", "¿",
      "Ã©", "Ã", "Â", "â€™", "â€œ", "â€", "â", "ā", "\ufffd", "ï¿½", "Ã¢â‚¬â„¢", "√©", "вЂ“", "Ð±ÑŠ",
      "\u0080", "\u0081", "\u0085", "\u0099", "&amp;", "&amp;amp;", "&#8217;", "&#x2019;", "&nbsp;",
      "&eacute;", "&foo;", "AT&T", "&", ";", "#", "\t", "\u00a0", "\u2003", "\u3000", "\u200b",
      "\u200d", "\ufeff", "\u0007", "\r", "\n", "  ", "é", "ü", "Łódź", "東京", "😀", "👩\u200d💻",
      "\ud83d", "€", "£", "—", "…", "×", "½", "Ω", "Привет", "x", "I", "m", "re", "ll"};

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(30);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(8) == 0) {
        text.append((char) random.nextInt(0x3000)); // anything at all, lone surrogates included
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }

  @Test void spansMatchRepairedTextAndRepairingTwiceChangesNothing() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    TextRepairer repairer = new TextRepairer();
    for (int i = 0; i < 3_000; i++) {
      String text = randomText(random);
      String where = "seed=" + seed + " case=" + i + " text=" + escape(text);
      try {
        checkOne(repairer, text, where);
      } catch (RuntimeException e) {
        throw new AssertionError(where, e);
      }
    }
  }

  private static void checkOne(TextRepairer repairer, String text, String where) {
    {
      Document once = repairer.apply(Document.of(Article.builder("t", text).build()));
      CodePointIndex index = CodePointIndex.of(once.text());
      int previousEnd = 0;
      for (Repair r : once.repairs()) {
        assertEquals(r.after(), index.substring(r.span()), where);
        assertTrue(r.span().start() >= previousEnd, "repairs overlap or are out of order, " + where);
        assertTrue(!r.before().equals(r.after()), "no-op repair, " + where);
        previousEnd = r.span().end();
      }
      assertEquals(text.chars().filter(c -> c == '\n').count(),
          once.text().chars().filter(c -> c == '\n').count(), "newlines changed, " + where);
      Document twice = repairer.apply(Document.of(Article.builder("t", once.text()).build()));
      assertEquals(once.text(), twice.text(), "not idempotent, " + where);
      assertTrue(twice.repairs().isEmpty(), "not idempotent, " + where);
    }
  }

  @Test void fastScanPassesOnlyTextThatNoPassWouldChange() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<RepairPass> passes = List.of(new EntityDecoder(), new MojibakeFixer(),
        new ControlCharRemover(), new LossyQuoteRestorer(), new WhitespaceNormalizer());
    int passed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(random.nextBoolean() ? PIECES[random.nextInt(PIECES.length)]
            : String.valueOf((char) random.nextInt(0x2100)));
      }
      if (TextRepairer.mayNeedRepair(text.toString())) continue;
      passed++;
      for (RepairPass pass : passes) {
        List<Edit> edits = new ArrayList<>();
        pass.findEdits(text.toString(), edits);
        assertEquals(List.of(), edits, pass + " on " + escape(text.toString()) + ", seed=" + seed);
      }
    }
    assertTrue(passed > 1_000, "only " + passed + " texts passed the scan, seed=" + seed);
  }

  @Test void givesTheSameResultsFromManyThreadsAtOnce() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) texts.add(randomText(random));
    TextRepairer shared = new TextRepairer();
    List<String> alone = texts.stream().map(t -> repairedText(new TextRepairer(), t)).toList();
    List<String> together = texts.parallelStream().map(t -> repairedText(shared, t)).toList();
    assertEquals(alone, together, "seed=" + seed);
  }

  private static String repairedText(TextRepairer repairer, String text) {
    return repairer.apply(Document.of(Article.builder("t", text).build())).text();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 0x20 && c < 0x7f) out.append(c); else out.append(String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
