package newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsgraph.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph export}: the store as documents, entities and quotes tables. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Export the store's documents, entities and quotes.",
        "Writes three files in the --out folder: documents, entities and quotes.",
        "jsonl: documents whole (as analyze prints them), entities and quotes as flat rows;",
        "csv and parquet: the same flat rows in all three, with typed columns in Parquet.",
        "",
        "Example:",
        "  newsgraph export --store newsgraph-data --format parquet --out export/",
        ""})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--format", required = true, paramLabel = "jsonl|csv|parquet",
      description = "File format: ${COMPLETION-CANDIDATES}.")
  Exporter.Format format;

  @Option(names = "--out", required = true, paramLabel = "PATH",
      description = "The folder to write (created when absent; files in it are replaced).")
  Path out;

  @Override
  public Integer call() {
    try {
      long n = Exporter.export(store.dir, format, out);
      spec.commandLine().getErr().printf("newsgraph: exported %d documents to %s%n", n, out);
      return 0;
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
