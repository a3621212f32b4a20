package ringscope.casefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the committed seed corpus of {@link BundleFuzzTest}: the tiny case exported as a real bundle, and hostile or
 * damaged variants of it. Not a test: run it after a change of the bundle format, from the project folder, with
 * {@code java -cp <test-classes>:<classes>:<deps> ringscope.casefile.BundleFuzzSeeds src/test/resources}.
 */
public final class BundleFuzzSeeds {
    private BundleFuzzSeeds() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]).resolve("ringscope/casefile/BundleFuzzTestInputs")
                .resolve("readAndVerify"));
        Path work = Files.createTempDirectory("bundle-seeds");
        byte[] valid;
        try (ExportedCase c = new ExportedCase(work)) {
            valid = Files.readAllBytes(c.export(work.resolve("tiny.ringcase"), ExportProfile.REDACTED).file());
        }
        Map<String, byte[]> entries = Zips.entries(new BundleReader().read(new java.io.ByteArrayInputStream(valid)));
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("valid-tiny-bundle", valid);
        seeds.put("truncated-zip", Arrays.copyOf(valid, valid.length / 2));
        seeds.put("zip-slip-entry", Zips.zip(with(entries, "../outside.txt", bytes("escaped"))));
        seeds.put("absolute-entry", Zips.zip(with(entries, "/tmp/outside.txt", bytes("escaped"))));
        // 2 MiB of zeros deflate to about 2 KiB: past the 1 MiB ratio floor at about 1000:1
        seeds.put("bomb-like-entry", Zips.zip(Map.of(CaseFileFormat.CASE_JSON, new byte[2 << 20])));
        Map<String, byte[]> tampered = new LinkedHashMap<>(entries);
        byte[] report = tampered.get(CaseFileFormat.REPORT).clone();
        report[report.length / 2] ^= 1;
        tampered.put(CaseFileFormat.REPORT, report);
        seeds.put("tampered-report", Zips.zip(tampered));
        byte[] dup = Zips.zip(Map.of("dupA", bytes("a"), "dupB", bytes("b")));
        seeds.put("duplicate-names", new String(dup, StandardCharsets.ISO_8859_1).replace("dupB", "dupA")
                .getBytes(StandardCharsets.ISO_8859_1));
        seeds.put("not-a-zip", bytes("just text, no zip"));
        for (Map.Entry<String, byte[]> s : seeds.entrySet()) {
            Files.write(dir.resolve(s.getKey()), s.getValue());
        }
    }

    private static Map<String, byte[]> with(Map<String, byte[]> entries, String name, byte[] value) {
        Map<String, byte[]> m = new LinkedHashMap<>(entries);
        m.put(name, value);
        return m;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
