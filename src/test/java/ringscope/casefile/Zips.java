package ringscope.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test helper: writes zips entry by entry (hostile ones too: ZipOutputStream accepts any name). */
final class Zips {
    private Zips() {}

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path file, Map<String, byte[]> entries) {
        try {
            Files.write(file, zip(entries));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of {@code bundle} in order, for editing. */
    static Map<String, byte[]> entries(BundleContents bundle) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        bundle.names().forEach(n -> m.put(n, bundle.bytes(n).orElseThrow()));
        return m;
    }
}
