package newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR}, as every command that reads or writes the store takes it (CONTRACT §3). */
final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-data",
      description = "The store's folder (default ./${DEFAULT-VALUE}).")
  Path dir;
}
