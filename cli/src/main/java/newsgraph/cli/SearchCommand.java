package newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsgraph.document.Quote;
import newsgraph.store.LinkSearch;
import newsgraph.store.StoreSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph search}: full text and filters over the store, with facets and quotes. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Search the store by words, speaker, entity, place and date.",
        "English full text over titles, texts and quotes (words, \"phrases\", -excluded, a|b),",
        "filtered by speaker, entity, place and publication date. Prints each hit with a snippet",
        "(matches in [brackets]) and its matching quotes, then the facet counts.",
        "",
        "Examples:",
        "  newsgraph search --store newsgraph-data grain",
        "  newsgraph search --speaker 'Anna Smith' --from 2024-01-01 ''",
        ""})
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles where NAME is quoted.")
  String speaker;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles that name NAME.")
  String entity;

  @Option(names = "--place", paramLabel = "NAME", description = "Only articles that name the place.")
  String place;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
  LocalDate to;

  @Option(names = "--page", defaultValue = "1", description = "Page of hits (default ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--size", defaultValue = "10", description = "Hits per page, at most 100 (default ${DEFAULT-VALUE}).")
  int size;

  @Parameters(arity = "0..1", paramLabel = "QUERY", defaultValue = "",
      description = "Words to find; empty for every article that passes the filters.")
  String query;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    StoreSearch.Result result;
    Map<String, String> storyOf = new java.util.HashMap<>();
    try (StoreSearch s = StoreSearch.open(store.dir); LinkSearch links = LinkSearch.open(store.dir)) {
      result = s.search(new StoreSearch.Request(query, speaker, entity, place, from, to, page, size), "[", "]");
      for (StoreSearch.Hit hit : result.hits()) {
        String story = links.article(hit.document().id()).storyId();
        if (story != null) storyOf.put(hit.document().id(), story);
      }
    } catch (IOException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    out.printf("%d articles%n", result.total());
    for (StoreSearch.Hit hit : result.hits()) {
      var d = hit.document();
      out.printf("%n%s  %s  %s%s%s%n", d.published() == null ? "----------" : d.published(),
          d.title() != null ? d.title() : d.source(), d.id(),
          hit.copyOf() == null ? "" : "  (copy of " + hit.copyOf() + ")",
          storyOf.containsKey(d.id()) ? "  (story " + storyOf.get(d.id()) + ")" : "");
      if (hit.snippet() != null) out.println("  " + hit.snippet().replace('\n', ' '));
      for (Quote q : hit.quotes()) {
        String name = d.speakerName(q);
        String who = q.speaker() == null ? "(unattributed)" : name != null ? name : "?";
        out.printf("  %s %s: \u201c%s\u201d%n", who, q.cue(), q.text());
      }
    }
    out.println();
    for (Map.Entry<String, Map<String, Integer>> dim : result.facets().entrySet()) {
      if (dim.getValue().isEmpty()) continue;
      List<String> parts = dim.getValue().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
      out.printf("%s: %s%n", dim.getKey(), String.join(", ", parts));
    }
    out.flush();
    return 0;
  }
}
