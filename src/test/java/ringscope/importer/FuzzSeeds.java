package ringscope.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Writes the committed Jazzer seed corpus from the A-D fixtures of {@link BadInputTest}, the hand-written datasets and
 * the third-party samples. Not a test: run it after adding a fixture, from the project folder, with
 * {@code java -cp target/test-classes:target/classes:<deps> ringscope.importer.FuzzSeeds src/test/resources}; the
 * files are named by content hash, so rerunning is idempotent.
 */
public final class FuzzSeeds {
    private FuzzSeeds() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).resolve("ringscope/importer");
        Path reader = root.resolve("ReaderFuzzTestInputs");
        Path whole = root.resolve("ImportFuzzTestInputs/wholeImportReconciles");
        List<byte[]> csv = nativeCsv();
        List<byte[]> jsonl = nativeJsonl();
        List<byte[]> all = new ArrayList<>(csv);
        all.addAll(jsonl);
        all.addAll(thirdParty().values());
        write(reader.resolve("lineSource"), all);
        write(reader.resolve("nativeCsvRows"), csv);
        write(reader.resolve("nativeJsonlRows"), jsonl);
        write(reader.resolve("strictJson"), jsonlObjects(jsonl));
        write(reader.resolve("formatDetector"), all);
        List<byte[]> mapped = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : thirdParty().entrySet()) {
            String n = e.getKey();
            char sel = n.endsWith(".jsonl") ? '5' : n.endsWith(".json") ? '6' : n.endsWith(".log") ? '7'
                    : n.startsWith("berlin") ? '1' : '0';
            mapped.add(prefix(sel, e.getValue()));
        }
        csv.forEach(b -> mapped.add(prefix('0', b)));
        csv.forEach(b -> mapped.add(prefix('4', b)));
        jsonl.forEach(b -> mapped.add(prefix('5', b)));
        write(reader.resolve("mappedRecords"), mapped);
        write(reader.resolve("timestampParser"), timestamps());
        write(reader.resolve("mappingProfileJson"), profiles());
        List<byte[]> imports = new ArrayList<>();
        csv.forEach(b -> imports.add(prefix('0', b)));
        jsonl.forEach(b -> imports.add(prefix('1', b)));
        imports.add(prefix('2', bytes(BadInputTest.HEADER + BadInputTest.GOOD)));
        jsonl.forEach(b -> imports.add(prefix('3', b)));
        write(whole, imports);
    }

    private static List<byte[]> nativeCsv() throws IOException {
        List<byte[]> out = new ArrayList<>();
        String h = BadInputTest.HEADER;
        String g = BadInputTest.GOOD;
        out.add(new byte[0]); // A1
        out.add(bytes(h)); // A2
        out.add(bytes(h.replace("\n", ",extra\n") + g.replace("\n", ",x\n"))); // A3
        out.add(bytes("interaction_id,ts\n" + "i1,2026-03-01T09:00:00Z\n")); // A3 missing columns
        BadInputTest.binaryFiles().map(a -> (byte[]) a.get()[0]).forEach(out::add); // A4, B2
        out.add(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(h + g))); // B1
        out.add(concat(bytes(h + g), new byte[] {'i', '2', ',', (byte) 0xC3, '(', '\n'})); // B3
        out.add(concat(bytes(h + g), new byte[] {'i', '3', ',', (byte) 0xC0, (byte) 0xAF, '\n'})); // B4 overlong
        out.add(concat(bytes(h + g), new byte[] {'i', '4', ',', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'})); // CESU
        out.add(bytes(h + g.replace(",ua,", ",\u202Eua\u200B,"))); // B6
        out.add(bytes(h + g + "i2,\"2026-03-01T09:00:00Z,a1\n")); // C1
        out.add(bytes(h + "\"i2\"x,2026-03-01T09:00:00Z,a1,k,,,,,1,2,3,,,\n")); // C2
        for (Arguments a : BadInputTest.badRows().toList()) { // C3, E3-E9
            out.add(bytes(h + g + a.get()[0]));
        }
        out.add(bytes("interaction_id,interaction_id,ts\n")); // C4
        out.add(bytes(h + g + g.replace("i1,", "i2,").replace("\n", "\r\n") + g.replace("i1,", "i3,")
                .replace("\n", "\r"))); // C5
        out.add(bytes(h + "\n\n" + g + "\n")); // C6
        out.add(bytes(h.replace(',', ';') + g.replace(',', ';'))); // C9
        out.add(bytes(h + g.replace(",ua,", ",=HYPERLINK(\"x\"),"))); // C10
        out.add(bytes(h + g + "i5,2026-03-01T09:00:00Z,a1,k,,\"a,\"\"b\"\"\nc\",,,1,2,3,,,\n")); // quoted newline
        out.add(bytes(h + g + g)); // E1
        out.add(bytes(h + g + g.replace(",10,", ",11,"))); // E2
        out.add(resource("/datasets/tiny/interactions.csv"));
        out.add(resource("/datasets/tiny-bad/interactions.csv"));
        out.add(resource("/datasets/tiny/accounts.csv"));
        return out;
    }

    private static List<byte[]> nativeJsonl() {
        List<byte[]> out = new ArrayList<>();
        String good = "{\"interaction_id\":\"i1\",\"ts\":\"2026-03-01T09:00:00Z\",\"account_id\":\"a1\","
                + "\"input_tokens\":1,\"output_tokens\":2}\n";
        out.add(bytes(good));
        for (Arguments a : BadInputTest.badJsonLines().toList()) { // D1-D8
            out.add(bytes(good + a.get()[0] + "\n" + good.replace("i1", "i3")));
        }
        out.add(bytes(good.replace("}", ",\"@class\":\"java.lang.ProcessBuilder\"}"))); // D10
        out.add(bytes("[" + good.strip() + "]\n")); // D9
        out.add(bytes("{\n  \"interaction_id\": \"i1\"\n}\n")); // D9 pretty-printed
        out.add(bytes(good.replace("\"a1\"", "\"\\ud800\"")));
        out.add(bytes(good + "\n   \n" + good.replace("i1", "i2"))); // blank lines
        out.add(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(good))); // B1
        return out;
    }

    private static List<byte[]> jsonlObjects(List<byte[]> jsonl) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] b : jsonl) {
            for (String line : new String(b, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && line.length() < 4000) {
                    out.add(bytes(line));
                }
            }
        }
        out.add(bytes("{\"a\":1e400,\"b\":-0,\"c\":[true,false,null],\"d\":{\"e\":\"\\u00e9\"}}"));
        return out;
    }

    private static Map<String, byte[]> thirdParty() throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String n : List.of("apache-combined.log", "berlin-local.csv", "generic.jsonl", "litellm-spend.csv",
                "litellm-spend.json", "nginx-apikey.log")) {
            out.put(n, resource("/thirdparty/" + n));
        }
        return out;
    }

    private static List<byte[]> timestamps() {
        List<byte[]> out = new ArrayList<>();
        // kind digit (0 ISO, 1 EPOCH_S, 2 EPOCH_MS, 3 PATTERN, 4 ACCESS_LOG), zone digit (0 UTC, 1 Berlin, 5 none)
        for (String s : List.of("00\n2026-03-01T09:00:00Z", "01\n2026-03-29T02:30:00", "01\n2026-10-25T02:30:00",
                "05\n2026-03-01T09:00:00", "00\n2026-02-30T09:00:00Z", "00\n2026-03-01T24:00:00Z",
                "00\n2026-03-01T23:59:60Z", "00\n2026-03-01 09:00:00.123456+01:00", "10\n1772355600.5",
                "10\n1772355600", "20\n1772355600123", "20\n99999999999999", "31yyyy-MM-dd HH:mm:ss\n2026-03-01 09:00:00",
                "31%Y-%m-%d %H:%M:%S\n2026-03-01 09:00:00", "31%d/%b/%Y\n01/Mar/2026", "31'x\n2026",
                "40\n[10/Oct/2026:13:55:36 -0700]", "40\n10/Oct/2026:13:55:36 -0700", "34dd.MM.uuuu HH:mm\n01.03.2026 "
                        + "05:30")) {
            out.add(bytes(s));
        }
        return out;
    }

    private static List<byte[]> profiles() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String n : List.of("apache-combined", "generic-csv", "generic-jsonl", "litellm-spend-csv",
                "litellm-spend-json", "nginx-combined-apikey")) {
            out.add(resource("/ringscope/assets/profiles/" + n + ".json"));
        }
        out.add(bytes("{\"name\":\"x\",\"name\":\"y\"}"));
        out.add(bytes("{\"name\":\"x\",\"@class\":\"java.lang.Runtime\"}"));
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FuzzSeeds.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] prefix(char c, byte[] b) {
        return concat(new byte[] {(byte) c}, b);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void write(Path dir, List<byte[]> seeds) throws IOException {
        Files.createDirectories(dir);
        for (byte[] s : seeds) {
            Files.write(dir.resolve("seed-" + sha(s).substring(0, 16)), s);
        }
    }

    private static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
