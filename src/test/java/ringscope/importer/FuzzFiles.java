package ringscope.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One scratch folder per test JVM for fuzz targets that need real files; deleted when the JVM exits. */
final class FuzzFiles {
    private static final Path DIR = create();

    private FuzzFiles() {}

    private static Path create() {
        try {
            Path d = Files.createTempDirectory("rs-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path dir() {
        return DIR;
    }

    /**
     * Writes {@code data} to {@code name} in the scratch folder, replacing what was there. The old file is deleted
     * first: rewriting a file in place truncates it, and ext4 then flushes the new data to disk when it is closed
     * (auto_da_alloc), about 3 ms per input on the development machine against 0.05 ms for delete and create.
     */
    static Path write(String name, byte[] data) throws IOException {
        Path f = DIR.resolve(name);
        Files.deleteIfExists(f);
        Files.write(f, data);
        f.toFile().deleteOnExit();
        return f;
    }
}
