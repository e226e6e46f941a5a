package newsgraph.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsgraph.server.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph serve}: the HTTP API (CONTRACT §4) over the store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Serve the HTTP API over the store until stopped (Ctrl-C).",
        "GET /api/search, GET /api/documents/{id}, POST /api/analyze; the routes are described",
        "at /openapi.json. The store may be filled by an ingest running beside it.",
        "",
        "Example:",
        "  newsgraph serve --store newsgraph-data --port 8080",
        ""})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535, not " + port);
    }
    ApiServer server = ApiServer.start(port, store.dir);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }, "newsgraph-serve-stop"));
    spec.commandLine().getErr().printf("newsgraph: serving %s on http://localhost:%d/ (Ctrl-C to stop)%n",
        store.dir.toAbsolutePath(), server.port());
    stopped.await();
    return 0;
  }
}
