package newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.document.Article;
import newsgraph.document.Document;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Article ARTICLE = Article.builder("wire/1.txt", "Text.").build();

  @Test void runsStagesInOrder() {
    Stage first = d -> d.withPublished(java.time.LocalDate.of(2020, 1, 1));
    Stage second = d -> d.withPublished(d.published().plusDays(1));
    Document out = new Pipeline(List.of(first, second)).apply(ARTICLE);
    assertEquals(java.time.LocalDate.of(2020, 1, 2), out.published());
  }

  @Test void namesTheFailingStageAndTheSource() {
    Stage broken = new Stage() {
      @Override public Document apply(Document d) { throw new IllegalStateException("boom"); }
      @Override public String name() { return "BrokenStage"; }
    };
    StageException e = assertThrows(StageException.class, () -> new Pipeline(List.of(broken)).apply(ARTICLE));
    assertTrue(e.getMessage().contains("BrokenStage") && e.getMessage().contains("wire/1.txt"), e.getMessage());
    assertTrue(e.getCause() instanceof IllegalStateException);
  }

  @Test void refusesAStageThatReturnsNull() {
    StageException e = assertThrows(StageException.class, () -> new Pipeline(List.of(d -> null)).apply(ARTICLE));
    assertTrue(e.getMessage().contains("returned null"), e.getMessage());
  }
}
