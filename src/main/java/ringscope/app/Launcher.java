package ringscope.app;

import java.util.Arrays;
import ringscope.cli.Cli;

/**
 * Plain main class (does not extend {@code Application}: on the class path that fails with "JavaFX runtime components
 * are missing"). With a sub-command ({@code import}, {@code stats}, ...) it runs the command line headless; without
 * one it opens the window.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        RingScopeApp.launchWindow(Arrays.copyOf(args, args.length));
    }
}
