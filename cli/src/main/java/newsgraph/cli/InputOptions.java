package newsgraph.cli;

import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How articles are read and analysed: the options {@code analyze} and {@code ingest} share. */
final class InputOptions {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = {
      "Publication date for articles whose input gives none (an input's own date wins).",
      "Relative dates such as 'on Monday' are resolved against it."})
  LocalDate date;

  @Option(names = "--threads", paramLabel = "N", description = {
      "Articles analysed in parallel (default: one per core, here ${DEFAULT-VALUE})."})
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-article-size", paramLabel = "SIZE", defaultValue = "5MB",
      converter = ByteSizeConverter.class, description = {
      "Largest article read, e.g. 500KB or 20MB (default ${DEFAULT-VALUE}); larger inputs are",
      "skipped, so one huge file cannot exhaust memory."})
  long maxArticleBytes;

  void check(CommandSpec spec) {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
  }
}
