package newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchJsonTest {
  @Test
  void snippetIsEscapedExceptForTheMarks() {
    String raw = "a <script>x</script> & " + SearchJson.MARK_START + "grain" + SearchJson.MARK_END + " \"q\" 'r'";
    assertEquals("a &lt;script&gt;x&lt;/script&gt; &amp; <mark>grain</mark> &quot;q&quot; &#39;r&#39;",
        SearchJson.markedHtml(raw));
  }
}
