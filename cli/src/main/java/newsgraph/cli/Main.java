package newsgraph.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: a front door to its subcommands. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    version = "newsgraph 0.1.0",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, ServeCommand.class, ExportCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
    description = {
        "Turns raw news into a searchable record of who said what, about whom, where and when.",
        "",
        "Start with:  newsgraph analyze examples/articles",
        "Every command has its own help:  newsgraph help analyze"},
    footer = {
        "",
        "Exit status: 0 all articles processed; 1 some skipped (each reported on",
        "stderr as 'skipped SOURCE: REASON'); 2 usage error."})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  final InputStream stdin;

  Main(InputStream stdin) {
    this.stdin = stdin;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs one command line with the given streams; returns the exit status. */
  static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new Main(in));
    cli.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("newsgraph: " + e.getMessage());
      return 1;
    });
    int status = cli.execute(args);
    cli.getOut().flush();
    return status;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
