package newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsgraph.document.Article;
import newsgraph.document.Document;
import newsgraph.repair.TextRepairer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The repair stage alone over a corpus of articles, one thread: one operation repairs every
 * article once. The corpus is a text file of articles separated by NUL characters, named by
 * the system property {@code newsgraph.bench.corpus} (the bench command writes it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RepairBenchmark {
  private final TextRepairer repairer = new TextRepairer();
  private List<Document> documents;

  @Setup(Level.Trial)
  public void load() throws IOException {
    String corpus = Files.readString(Path.of(System.getProperty("newsgraph.bench.corpus")), StandardCharsets.UTF_8);
    documents = new ArrayList<>();
    for (String text : corpus.split("\u0000")) {
      documents.add(Document.of(Article.builder("bench", text).build()));
    }
  }

  @Benchmark
  public void repairCorpus(Blackhole sink) {
    for (Document d : documents) sink.consume(repairer.apply(d));
  }
}
