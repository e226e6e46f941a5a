package newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.CodePointIndex;
import newsgraph.document.Document;
import newsgraph.document.Entity;
import newsgraph.document.EntityType;
import newsgraph.document.Mention;
import newsgraph.document.Place;
import newsgraph.document.Quote;

/** Small analysed articles written by hand, so store tests need no models. */
final class StoreFixtures {
  private StoreFixtures() {}

  /** An analysed article: one speaker with one direct quote, and one place. */
  static Document article(String source, String date, String speaker, String quote, String place) {
    String text = speaker + " said: \u201c" + quote + "\u201d The talks were held in " + place + ".";
    CodePointIndex index = CodePointIndex.of(text);
    int q = text.indexOf(quote);
    int p = text.indexOf(place);
    Entity person = new Entity("e1", EntityType.PERSON, speaker, List.of(), List.of("minister"),
        List.of(new Mention(index.span(0, speaker.length()), speaker)), null);
    Entity where = new Entity("e2", EntityType.LOCATION, place, List.of(), List.of(),
        List.of(new Mention(index.span(p, p + place.length()), place)),
        new Place(place.equals("Geneva") ? "Genève" : place, 46.2, 6.1, "CH", "P.PPLA", 2660646, null));
    int cue = text.indexOf("said");
    Quote said = new Quote("q1", Quote.Kind.DIRECT, quote, index.span(q, q + quote.length()), "said",
        index.span(cue, cue + 4), "e1", new Mention(index.span(0, speaker.length()), speaker), 0.9);
    return Document.of(Article.builder(source, text).published(LocalDate.parse(date)).build())
        .withEntities(List.of(person, where)).withQuotes(List.of(said));
  }

  /** Three articles: two quote Anna Smith, two are in London, two in March 2024. */
  static void fill(Path dir) throws IOException {
    try (Store store = Store.open(dir)) {
      store.add(article("a", "2024-03-01", "Anna Smith", "We will not accept the grain deal", "Geneva"), "ka");
      store.add(article("b", "2024-03-05", "Tom Ng", "Interest rates must fall soon", "London"), "kb");
      store.add(article("c", "2024-04-02", "Anna Smith", "The harvest was the best in years", "London"), "kc");
    }
  }
}
