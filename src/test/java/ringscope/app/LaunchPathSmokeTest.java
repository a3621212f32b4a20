package ringscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launch path in a separate JVM: {@code Launcher.main} with no arguments on the class path, headless (Monocle)
 * and with the same {@code --add-exports} as {@code javafx:run} and the installer. Passes when the window is shown.
 */
class LaunchPathSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void launcherOpensTheWindowInAFreshJvm() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-cp", System.getProperty("java.class.path"),
                "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-Dringscope.home=" + tmp.resolve("home"),
                "-Dringscope.datasets=" + tmp.resolve("no-datasets"),
                "ringscope.app.Launcher"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<String> shown = CompletableFuture.supplyAsync(() -> readUntilShown(p));
        try {
            String output = shown.get(60, TimeUnit.SECONDS);
            assertThat(output).contains("RingScope window shown").doesNotContain("Exception");
            assertThat(p.isAlive()).as("still running with its window").isTrue();
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String readUntilShown(Process p) {
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
                if (line.contains("RingScope window shown")) {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            out.append(e);
        }
        return out.toString();
    }
}
