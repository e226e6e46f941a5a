package newsgraph.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Repair;
import org.junit.jupiter.api.Test;

class TextRepairerTest {
  private static final TextRepairer REPAIRER = new TextRepairer();

  private static Document repair(String text) {
    Document repaired = REPAIRER.apply(Document.of(Article.builder("t", text).build()));
    CodePointIndex index = CodePointIndex.of(repaired.text());
    for (Repair r : repaired.repairs()) assertEquals(r.after(), index.substring(r.span()), r.toString());
    return repaired;
  }

  private static String fixed(String text) {
    return repair(text).text();
  }

  /** "kind:before->after" for each repair, for compact assertions. */
  private static List<String> repairs(String text) {
    return repair(text).repairs().stream()
        .map(r -> r.kind().label() + ":" + r.before() + "->" + r.after())
        .collect(Collectors.toList());
  }

  private static void assertUnchanged(String text) {
    Document doc = Document.of(Article.builder("t", text).build());
    assertSame(doc, REPAIRER.apply(doc), text);
  }

  // mojibake

  @Test void repairsUtf8ReadAsWindows1252() {
    assertEquals(List.of("mojibake:Ã©->é", "mojibake:â€™->’"), repairs("CafÃ© owners donâ€™t agree."));
    assertEquals("Café owners don’t agree.", fixed("CafÃ© owners donâ€™t agree."));
  }

  @Test void repairsUtf8ReadAsLatin1WithC1Controls() {
    assertEquals("Ecuador’s ‘purely political decision’",
        fixed("Ecuador\u00e2\u0080\u0099s \u00e2\u0080\u0098purely political decision\u00e2\u0080\u0099"));
  }

  @Test void repairsDoubleMojibake() {
    assertEquals("The Mona Lisa doesn’t have eyebrows.",
        fixed("The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows."));
  }

  @Test void repairsUtf8ReadAsMacRoman() {
    assertEquals("Le docteur conseille gâteaux pour un régime équilibré.",
        fixed("Le docteur conseille g√¢teaux pour un r√©gime √©quilibr√©."));
  }

  @Test void repairsUtf8ReadAsWindows1251() {
    assertEquals("Blog Traffic Tip 2 – Broadcast Email", fixed("Blog Traffic Tip 2 вЂ“ Broadcast Email"));
  }

  @Test void repairsMojibakeEmbeddedInOtherwiseCleanText() {
    // The CJK keeps the line from being re-encoded whole, so only the garbled run is decoded.
    assertEquals("北京 said the café was closed", fixed("北京 said the cafÃ© was closed"));
  }

  @Test void repairsEachParagraphOnItsOwn() {
    assertEquals("Café\nЗдравствуйте", fixed("CafÃ©\nЗдравствуйте"));
  }

  @Test void readsLeftoverC1ControlAsWindows1252() {
    assertEquals("beaucoup parlé… Tu sais", fixed("beaucoup parlé\u0085 Tu sais"));
  }

  @Test void leavesDiacriticsInNamesAlone() {
    assertUnchanged("Nguyễn Văn An met Zoë Ağrı in Łódź, then flew to São Paulo.");
    assertUnchanged("The Māori party and Ā Ō Ū, Ångström, Dvořák, Øresund, Ærø.");
    assertUnchanged("Ibrahimović, Müller, Ólafur, Þór, Ñuñoa, Ça va, Œuvre, Schrödinger.");
  }

  @Test void leavesCleanTypographyAndScriptsAlone() {
    assertUnchanged("“We won’t stop,” she said — it cost €5m (£4.3m) … ½ of it, 10°C ± 2.");
    assertUnchanged("東京で会議が開かれた。서울에서 회의가 열렸다. 😀👍🏽 Привет, мир! Καλημέρα κόσμε.");
    assertUnchanged("‘Quoted’ «guillemets» „German“ ‚low‘ — × ÷ ≤ ≥ ™ ® © §5 ¶2 † ‡");
  }

  @Test void leavesTextThatOnlyLooksLikeMojibakeAlone() {
    assertUnchanged("Bremer/Mccoy – DrÃ¥ber");
    assertUnchanged("Offering 5×£35 pin ups");
    assertUnchanged("NESTLÉ® requiere contratar personal");
    assertUnchanged("(-1/2)! = √π");
  }

  // lossy-mojibake

  @Test void restoresApostropheFromLoneMacronA() {
    assertEquals("China's economy grew, and Japan's too.", fixed("Chinaās economy grew, and Japanās too."));
  }

  @Test void restoresApostropheFromLoneCircumflexA() {
    assertEquals("They don't know", fixed("They donât know"));
  }

  @Test void restoresApostropheFromReplacementCharacter() {
    assertEquals("it's here", fixed("it\ufffds here"));
    assertEquals("it's here", fixed("itï¿½s here"));
  }

  @Test void restoresApostropheFromQuestionMarkInContraction() {
    assertEquals("We don't know and it's late.", fixed("We don?t know and it?s late."));
  }

  @Test void leavesQuestionMarkInQuestionWordAloneWithoutOtherEvidence() {
    assertUnchanged("Guess what?s next");
    assertEquals("Guess what's next; I don't know.", fixed("Guess what?s next; I don?t know."));
  }

  @Test void restoresQuotationMarksFromQuestionMarksWhenArticleShowsTheDamage() {
    assertEquals("He said: \"We won't stop.\" Why?", fixed("He said: ?We won?t stop.? Why?"));
    assertUnchanged("He said: ?We will stop.? Why?");
  }

  @Test void leavesQuestionMarksInUrlsAlone() {
    assertUnchanged("See example.com/search?s=1 and page.php?id=3 or x?t=2");
  }

  @Test void usesCurlyApostropheWhenArticleUsesCurlyMarks() {
    assertEquals("“Yes,” he said. It’s China’s turn.", fixed("“Yes,” he said. It’s Chinaās turn."));
  }

  @Test void keepsLoneMacronAWhenArticleUsesItInWords() {
    assertUnchanged("Latvian labās and Māori words");
    assertUnchanged("Chinaās ties with Māori iwi");
  }

  @Test void leavesCircumflexAInRealWordsAlone() {
    assertUnchanged("Pâté at the château, tâm in Vietnamese, and România.");
  }

  @Test void restoresClosingQuoteByPosition() {
    assertEquals("“lossy decoding”", fixed("â€œlossy decodingâ€�"));
  }

  @Test void leavesSymbolsThatAlsoOccurInGarblesAlone() {
    assertUnchanged("It costs €5m, said the Apple™ chief. Das ‚Wort‘ und „Satz“. 5¢ or ¬p.");
  }

  @Test void leavesUnpairedReplacementCharacterAlone() {
    assertUnchanged("newspaper \ufffd email addresses");
    assertUnchanged("Sloven\ufffdina");
  }

  @Test void restoresApostropheFromInvertedQuestionMarkInWord() {
    assertEquals("Mr Blair's government", fixed("Mr Blair¿s government"));
    assertUnchanged("Dijo: ¿Qué pasa? y se fue.");
  }

  // entity

  @Test void decodesNamedAndNumericEntities() {
    assertEquals("Tom & Jerry “quote” it’s it’s café a\u00a0b",
        fixed("Tom &amp; Jerry &ldquo;quote&rdquo; it&#8217;s it&#x2019;s caf&eacute; a&nbsp;b"));
  }

  @Test void readsNumericC1EntityAsWindows1252() {
    assertEquals("it’s", fixed("it&#146;s"));
  }

  @Test void leavesAmpersandsThatAreNotEntitiesAlone() {
    assertUnchanged("AT&T and R&D at S&P; Q&A; &foo; & more; &#; &#xZZ;");
  }

  @Test void doesNotDecodeEntitiesForNewlinesOrControls() {
    assertUnchanged("one&#10;two&#13;three&#0;four");
  }

  // control

  @Test void removesControlCharactersAndStrayByteOrderMarks() {
    assertEquals(List.of("control:\ufeff->", "control:\u0007->", "control:\u200b->"),
        repairs("\ufeffBell\u0007 and zero\u200bwidth"));
  }

  @Test void keepsZeroWidthJoinersForEmojiAndIndicScripts() {
    assertUnchanged("👩\u200d💻 क्\u200dष می\u200cخواهم");
  }

  @Test void turnsCarriageReturnInsideParagraphIntoSpace() {
    assertEquals("one two", fixed("one\rtwo"));
  }

  // whitespace

  @Test void turnsTabsAndStrayUnicodeSpacesIntoOneSpace() {
    assertEquals("a b c d e", fixed("a\tb \u2003 c\u3000d\u00a0 e"));
  }

  @Test void leavesSingleNoBreakSpaceAndPlainSpaceRunsAlone() {
    assertUnchanged("10\u00a0km from Paris.  Two spaces stay.   ( o_o )");
    assertUnchanged("1\u2009000 people; 東京\u3000大阪");
  }

  @Test void neverAddsOrRemovesNewlines() {
    String text = "First\u00a0\tpara\n\nSecond &#10; para\u000b\nThird";
    assertEquals(text.chars().filter(c -> c == '\n').count(),
        fixed(text).chars().filter(c -> c == '\n').count());
  }

  // the stage

  @Test void returnsSameDocumentWhenNothingNeedsRepair() {
    assertUnchanged("Plain ASCII news, with questions? And answers! S&P rose 5%.");
    assertUnchanged("");
  }

  @Test void countsSpansInCodePointsOfRepairedText() {
    Document d = repair("😀😀 cafÃ©");
    Repair r = d.repairs().get(0);
    assertEquals(6, r.span().start()); // two emoji are two code points, four UTF-16 units
    assertEquals(7, r.span().end());
  }

  @Test void recordsOneRepairForDamageSeveralPassesFixed() {
    // &Atilde;&copy; decodes to Ã© (entity), which decodes to é (mojibake): one repair.
    assertEquals(List.of("mojibake:&Atilde;&copy;->é"), repairs("caf&Atilde;&copy; au lait"));
  }

  @Test void foldsLaterRepairsInsideAnEarlierOneIntoIt() {
    // Mojibake repair rewrites the whole non-ASCII run; control removal then takes out two
    // characters inside that rewrite and one just after it. Found by the random test.
    assertEquals(List.of("mojibake:â€œ€\u200b東京\u0081\u0085->“€東京…", "control:\u0081->"),
        repairs("x â€œ€\u200b東京\u0081\u0085\u0081 y"));
  }

  @Test void handlesAMegabyteParagraphOfDamageQuickly() {
    // Regressions: Java's regex engine overflowed the stack on one long garble, and each repair
    // used to copy the rest of the paragraph.
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      assertEquals(200_000, repair("it\ufffds ".repeat(200_000)).repairs().size());
      repair("\u00e2\u20ac ".repeat(300_000));
      repair("\u00c3\u00a9".repeat(500_000));
    });
  }

  @Test void repairingRepairedTextChangesNothing() {
    String once = fixed("&amp;amp; CafÃ© donâ€™t\u00a0\t x\u200b");
    assertUnchanged(once);
  }
}
