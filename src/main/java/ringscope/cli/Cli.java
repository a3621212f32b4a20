package ringscope.cli;

/** Entry to the headless command line (implementation in progress). */
public final class Cli {
    private Cli() {}

    public static boolean isCommand(String arg) {
        return !arg.startsWith("-");
    }

    public static int run(String... args) {
        System.err.println("ringscope: command line not ready yet");
        return 2;
    }
}
