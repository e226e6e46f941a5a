package newsgraph.analysis;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import newsgraph.dates.DateNormalizer;
import newsgraph.entities.EntityClusterer;
import newsgraph.entities.EntityRecognizer;
import newsgraph.entities.InstitutionRetyper;
import newsgraph.entities.UnnamedBodyFinder;
import newsgraph.entities.RoleFinder;
import newsgraph.paraphrase.RepeatedParagraphFinder;
import newsgraph.pipeline.Pipeline;
import newsgraph.places.Gazetteer;
import newsgraph.places.Geocoder;
import newsgraph.quotes.QuoteAttributor;
import newsgraph.repair.TextRepairer;
import newsgraph.pipeline.Stage;
import newsgraph.text.DatelineFinder;
import newsgraph.text.ParagraphSplitter;
import newsgraph.text.SentenceSplitter;

/**
 * The pipeline every command runs, written once. Adding a stage is a class and a line here.
 * Loading it loads the models (a few seconds): build one per process and share it; it is
 * thread-safe.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  public static Pipeline create() {
    // CoreNLP narrates model loading on stderr; our stderr is for progress and skipped inputs.
    RedwoodConfiguration.errorLevel().apply();
    // The gazetteer loads on another core while CoreNLP loads its models on this one; the
    // Geocoder below waits for it.
    CompletableFuture.runAsync(Gazetteer::shared);
    List<Stage> stages = List.of(
        new TextRepairer(),
        new ParagraphSplitter(),
        new DatelineFinder(),
        new RepeatedParagraphFinder(),
        new SentenceSplitter(),
        new EntityRecognizer(),
        new RoleFinder(),
        new EntityClusterer(),
        new InstitutionRetyper(),
        new UnnamedBodyFinder(),
        new Geocoder(),
        new QuoteAttributor(),
        new DateNormalizer());
    return new Pipeline(stages);
  }
}
