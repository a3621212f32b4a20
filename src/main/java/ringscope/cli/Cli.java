package ringscope.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The headless command line: {@code ringscope <command> ...}. Exit status 0 on success, 1 when the operation failed
 * (message on stderr), 2 for a usage error. Progress goes to stderr, results to stdout.
 */
public final class Cli {
    private Cli() {}

    /** True when {@code arg} names a sub-command (then the launcher runs headless instead of opening the window). */
    public static boolean isCommand(String arg) {
        return commandLine().getSubcommands().containsKey(arg);
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("ringscope: " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    @CommandLine.Command(name = "ringscope", mixinStandardHelpOptions = true, version = "RingScope 0.1",
            description = "Find and document account networks in AI API usage logs.",
            subcommands = {ImportCommand.class, StatsCommand.class, GenerateCommand.class, AnalyzeCommand.class,
                ExplainCommand.class, ExportCommand.class, VerifyCommand.class, ScoreExerciseCommand.class,
                CommandLine.HelpCommand.class})
    static final class RootCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }
}
