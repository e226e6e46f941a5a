package newsgraph.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageCharsetTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String FRENCH = "<p>Le café de la gare a rouvert ses portes lundi matin après des mois de travaux; "
      + "les habitués étaient ravis, a déclaré la propriétaire à l'équipe du journal régional.</p>";
  private static final String RUSSIAN = "<p>Городской совет в понедельник проголосовал за ремонт старого моста через реку. "
      + "Работы продлятся до осени, сообщил мэр города журналистам. Жители давно жаловались на состояние "
      + "дороги и тротуаров, а также на шум грузовиков по ночам.</p>";

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "<title>t</title></head><body>" + body + "</body></html>";
  }

  @Test void theHttpHeaderDecidesOverTheMetaTag() {
    byte[] bytes = page("<meta charset=\"utf-8\">", FRENCH).getBytes(CP1252);
    PageCharset.Decoded d = PageCharset.decode(bytes, "windows-1252");
    assertEquals(CP1252, d.charset());
    assertTrue(d.text().contains("Le café de la gare"), d.text());
    assertNull(d.note());
  }

  @Test void readsTheMetaHttpEquivDeclaration() {
    Charset latin9 = Charset.forName("ISO-8859-15");
    byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">",
        "<p>Le billet coûte 5 € depuis lundi.</p>").getBytes(latin9);
    PageCharset.Decoded d = PageCharset.decode(bytes, null);
    assertEquals(latin9, d.charset());
    assertTrue(d.text().contains("coûte 5 €"), d.text());
  }

  @Test void readsIso88591AsWindows1252LikeBrowsers() {
    byte[] bytes = page("<meta charset=\"iso-8859-1\">", "<p>“Quoted” text, he said.</p>").getBytes(CP1252);
    assertTrue(PageCharset.decode(bytes, null).text().contains("“Quoted”"));
  }

  @Test void utf16WithoutAByteOrderMarkIsReadAsUtf16NotAsUtf8WithNuls() {
    String html = page("<meta charset=\"utf-8\">", FRENCH);
    for (Charset wide : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      for (String header : new String[] {null, "UTF-16LE", "utf-8"}) {
        PageCharset.Decoded d = PageCharset.decode(html.getBytes(wide), header);
        assertEquals(wide, d.charset(), wide + " " + header);
        assertEquals(html, d.text());
      }
    }
    assertNull(PageCharset.utf16WithoutBom(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test void aByteOrderMarkWinsOverEveryDeclaration() {
    byte[] body = page("<meta charset=\"windows-1252\">", FRENCH).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xfe;
    System.arraycopy(body, 0, bytes, 2, body.length);
    PageCharset.Decoded d = PageCharset.decode(bytes, "iso-8859-1");
    assertEquals(StandardCharsets.UTF_16LE, d.charset());
    assertTrue(d.text().startsWith("<!DOCTYPE html>"), d.text());
    assertTrue(d.text().contains("Le café de la gare"));
  }

  @Test void aPageDeclaredIso88591ThatIsUtf8IsReadAsUtf8WithANote() {
    byte[] bytes = page("<meta charset=\"ISO-8859-1\">", FRENCH).getBytes(StandardCharsets.UTF_8);
    PageCharset.Decoded d = PageCharset.decode(bytes, null);
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(d.text().contains("Le café de la gare"), d.text());
    assertEquals("declared ISO-8859-1 but the bytes are UTF-8; read as UTF-8", d.note());
    assertEquals(StandardCharsets.UTF_8, PageCharset.decode(bytes, "iso-8859-1").charset());
  }

  @Test void detectsWindows1251WithoutADeclaration() {
    PageCharset.Decoded d = PageCharset.decode(page("", RUSSIAN).getBytes(CP1251), null);
    assertEquals(CP1251, d.charset());
    assertTrue(d.text().contains("Городской совет"), d.text());
    assertEquals("no charset declared and not UTF-8; detected windows-1251", d.note());
  }

  @Test void overrulesALatinDeclarationOnACyrillicPage() {
    PageCharset.Decoded d = PageCharset.decode(page("<meta charset=\"iso-8859-1\">", RUSSIAN).getBytes(CP1251), null);
    assertEquals(CP1251, d.charset());
    assertTrue(d.text().contains("Жители давно жаловались"), d.text());
    assertNotNull(d.note());
  }

  @Test void keepsALatinDeclarationOnALatinPage() {
    PageCharset.Decoded d = PageCharset.decode(page("<meta charset=\"iso-8859-1\">", FRENCH).getBytes(CP1252), null);
    assertEquals(CP1252, d.charset());
    assertNull(d.note());
  }

  @Test void detectsLatinTextDeclaredAsUtf8() {
    PageCharset.Decoded d = PageCharset.decode(page("<meta charset=\"utf-8\">", FRENCH).getBytes(CP1252), null);
    assertTrue(d.text().contains("Le café de la gare a rouvert ses portes lundi matin après"), d.text());
    assertTrue(d.note().startsWith("declared utf-8 but not valid UTF-8; detected"), d.note());
  }

  @Test void aUtf8PageWithAStrayByteStaysUtf8() {
    byte[] good = page("", FRENCH).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0xe9; // one Latin-1 'é' pasted at the end
    PageCharset.Decoded d = PageCharset.decode(bytes, null);
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(d.text().contains("Le café de la gare"));
  }

  @Test void aUtf8PageCutInsideACharacterStaysUtf8() {
    byte[] good = ("<p>Zoë in Łódź " + "é".repeat(3)).getBytes(StandardCharsets.UTF_8);
    PageCharset.Decoded d = PageCharset.decode(Arrays.copyOf(good, good.length - 1), "iso-8859-1");
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(d.text().startsWith("<p>Zoë in Łódź éé"), d.text());
  }

  @Test void anUnknownHttpLabelLeavesItToTheMetaTag() {
    byte[] bytes = page("<meta charset=\"windows-1252\">", FRENCH).getBytes(CP1252);
    assertEquals(CP1252, PageCharset.decode(bytes, "no-such-charset").charset());
  }

  @Test void asciiFollowsTheDeclarationOrUtf8() {
    byte[] bytes = page("", "<p>Plain words.</p>").getBytes(StandardCharsets.US_ASCII);
    assertEquals(StandardCharsets.UTF_8, PageCharset.decode(bytes, null).charset());
    assertEquals(StandardCharsets.UTF_8, PageCharset.decode(bytes, "utf-16").charset());
    assertNull(PageCharset.decode(bytes, null).note());
  }
}
