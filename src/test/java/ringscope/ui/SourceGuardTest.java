package ringscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI and app code, which start and cancel background work, never interrupt a thread: an interrupt inside H2's JDBC
 * code corrupted cases (STACK.md). Cancel is {@code CancelToken.cancel()}. Same patterns as the CI hook (which covers
 * all of src/main), so a violation in these packages fails locally too.
 */
class SourceGuardTest {
    static final Pattern FORBIDDEN = Pattern.compile("\\.cancel\\(true\\)|\\.interrupt\\(\\)|shutdownNow\\(");

    @Test
    void uiAndAppCodeNeverInterruptThreads() throws IOException {
        List<String> hits = new java.util.ArrayList<>();
        for (String dir : List.of("src/main/java/ringscope/ui", "src/main/java/ringscope/app")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".java"))
                        .flatMap(SourceGuardTest::forbiddenLines)
                        .forEach(hits::add);
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void theGuardSeesAnInterrupt() {
        assertThat(FORBIDDEN.matcher("worker.interrupt();").find()).isTrue();
        assertThat(FORBIDDEN.matcher("future.cancel(true);").find()).isTrue();
        assertThat(FORBIDDEN.matcher("executor.shutdownNow();").find()).isTrue();
        assertThat(FORBIDDEN.matcher("Thread.interrupted();").find()).isFalse();
    }

    private static Stream<String> forbiddenLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> FORBIDDEN.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).trim());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
