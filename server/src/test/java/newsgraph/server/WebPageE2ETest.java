package newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: Debian's chromium driven by playwright-core ({@code e2e/}), against
 * a server on a free port over a store of hand-made articles. The script searches, opens an
 * article and checks its marks, proves that markup in an article stays text, draws a map,
 * analyses a posted article, shows a person and a story, and saves a screenshot of each view to
 * {@code server/target/screenshots}. Skipped when chromium, node or the e2e packages are missing,
 * unless {@code NEWSGRAPH_E2E=required} (CI), where that is a failure.
 */
class WebPageE2ETest {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium"));
  static final long TIMEOUT_SECONDS = 300;

  @TempDir Path dir;

  @Test
  void thePageWorksInHeadlessChromium() throws Exception {
    Path root = repositoryRoot();
    Path script = root.resolve("e2e/web.test.mjs");
    String node = onPath("node");
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(CHROMIUM)) missing.add(CHROMIUM + " (apt-get install chromium)");
    if (node == null) missing.add("node on PATH");
    if (!Files.isDirectory(root.resolve("e2e/node_modules/playwright-core"))) missing.add("e2e/node_modules (cd e2e && npm ci)");
    if (!missing.isEmpty()) {
      String why = "browser tests need " + String.join(", ", missing);
      if ("required".equals(System.getenv("NEWSGRAPH_E2E"))) fail(why + " (NEWSGRAPH_E2E=required)");
      Assumptions.abort(why);
    }
    WebFixtures.fill(dir.resolve("store"));
    Path shots = Path.of("target/screenshots").toAbsolutePath();
    Path log = dir.resolve("e2e.log");
    try (ApiServer server = ApiServer.start(0, dir.resolve("store"))) {
      Process p = new ProcessBuilder(node, script.toString(), "--base", "http://127.0.0.1:" + server.port(),
          "--shots", shots.toString(), "--chromium", CHROMIUM.toString(), "--rich", WebFixtures.rich().id(),
          "--xss", WebFixtures.xss().id())
          .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!done) p.destroyForcibly().waitFor();
      String out = Files.readString(log, StandardCharsets.UTF_8);
      String summary = out.lines().filter(l -> l.startsWith("e2e:")).reduce((a, b) -> b).orElse("");
      System.out.println("WebPageE2ETest " + summary);
      assertTrue(done, "the browser tests took more than " + TIMEOUT_SECONDS + " s:\n" + out);
      assertEquals(0, p.exitValue(), out);
      assertTrue(out.contains(" 0 failed"), out);
    }
  }

  static Path repositoryRoot() throws IOException {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("e2e/package.json"))) return d;
    }
    throw new IOException("no e2e/package.json above " + Path.of("").toAbsolutePath());
  }

  private static String onPath(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(d, name);
      if (Files.isExecutable(p)) return p.toString();
    }
    return null;
  }
}
