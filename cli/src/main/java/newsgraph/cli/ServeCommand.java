package newsgraph.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsgraph.server.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph serve}: the HTTP API (CONTRACT §4) over the store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Serve the web page and the HTTP API over the store until stopped (Ctrl-C).",
        "The page is at /; GET /api/search, GET /api/documents/{id}, POST /api/analyze; the routes",
        "are described at /openapi.json. The store may be filled by an ingest running beside it,",
        "or first by --ingest (as 'newsgraph ingest' does; a rerun skips what is stored).",
        "",
        "Examples:",
        "  newsgraph serve --ingest examples/articles",
        "  newsgraph serve --store newsgraph-data --port 8080",
        "  newsgraph serve --host 0.0.0.0 --port 8080     (reachable from other machines)",
        ""})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = ApiServer.LOOPBACK, paramLabel = "ADDR", description = {
      "Address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0: every",
      "interface, so other machines can reach the page and the API, which have no login)."})
  String host;

  @Option(names = "--ingest", arity = "1..*", paramLabel = "INPUT", description = {
      "Before serving, analyse these inputs into the store, as 'newsgraph ingest' does",
      "(files, folders, globs; --date, --threads and --max-article-size apply)."})
  List<String> ingest;

  @Mixin InputOptions options;

  @Override
  public Integer call() throws InterruptedException, IOException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535, not " + port);
    }
    options.check(spec);
    if (ingest != null) {
      // Skipped inputs are reported by the ingest; the page still serves what was stored.
      IngestCommand.ingest(store.dir, ingest, main.stdin, options, 200, spec.commandLine().getErr());
    }
    ApiServer server = ApiServer.start(host, port, store.dir);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }, "newsgraph-serve-stop"));
    String shown = host.equals(ApiServer.LOOPBACK) ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
    spec.commandLine().getErr().printf("newsgraph: serving %s on http://%s:%d/ (Ctrl-C to stop)%n",
        store.dir.toAbsolutePath(), shown, server.port());
    stopped.await();
    return 0;
  }
}
