package ringscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.Fixtures;

/** {@code ringscope export} and {@code ringscope verify}: exit 0 only when everything verifies. */
class CaseFileCliTest {
    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void caseWithAnalysis() {
        assertThat(run("import", tmp.resolve("c").toString(), Fixtures.dataset("tiny").toString()).status()).isZero();
        assertThat(run("analyze", tmp.resolve("c").toString()).status()).isZero();
    }

    @Test
    void exportAddsTheExtensionAndVerifyPassesWithTheRootHash() {
        CliRun e = run("export", tmp.resolve("c").toString(), tmp.resolve("handover").toString());
        assertThat(e.status()).as(e.err()).isZero();
        Path file = tmp.resolve("handover.ringcase");
        assertThat(file).exists();
        String root = e.out().lines().filter(l -> l.startsWith("root hash ")).findFirst().orElseThrow().substring(10);
        assertThat(root).matches("[0-9a-f]{64}");

        CliRun v = run("verify", file.toString(), "--expect-root", root);
        assertThat(v.status()).isZero();
        assertThat(v.out()).startsWith("VERIFIED ").contains("8 entries match the manifest").contains(root);

        CliRun wrong = run("verify", file.toString(), "--expect-root", "f".repeat(64));
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.out()).contains("  manifest.json: root hash " + root + " differs from the expected");
    }

    @Test
    void verifyNamesAChangedEntryAndExitsOne() throws Exception {
        Path file = tmp.resolve("a.ringcase");
        assertThat(run("export", tmp.resolve("c").toString(), file.toString(), "--profile", "redacted").status())
                .isZero();
        Path edited = tmp.resolve("edited.ringcase");
        rewrite(file, edited, "extracts/links.csv");
        CliRun v = run("verify", edited.toString());
        assertThat(v.status()).isEqualTo(1);
        assertThat(v.out()).startsWith("NOT VERIFIED ")
                .contains("  extracts/links.csv: hash mismatch: the entry was changed");
    }

    @Test
    void verifyWithSourcesExitsZeroOnlyWhenTheOriginalFilesMatch() throws Exception {
        Path file = tmp.resolve("s.ringcase");
        assertThat(run("export", tmp.resolve("c").toString(), file.toString()).status()).isZero();
        assertThat(new String(zipEntry(file, "case.json"), StandardCharsets.UTF_8))
                .contains("views not captured: exported from the command line, which has no window");
        Path sources = Files.createDirectories(tmp.resolve("sources"));
        try (var files = Files.list(Fixtures.dataset("tiny"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sources.resolve(f.getFileName()));
            }
        }
        CliRun ok = run("verify", file.toString(), "--sources", sources.toString());
        assertThat(ok.status()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).startsWith("VERIFIED ").contains("SOURCES MATCH " + sources)
                .contains("  accounts.csv: matches (SHA-256 ").contains("  accounts.csv: rows read: reported 4,"
                        + " recomputed 4").contains("Sources match: 5 of 5 source files match; 25 of 25 file counts"
                        + " agree; ");

        Files.delete(sources.resolve("events.csv"));
        CliRun missing = run("verify", file.toString(), "--sources", sources.toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.out()).startsWith("VERIFIED ").contains("SOURCES DO NOT MATCH ")
                .contains("  events.csv: MISSING from the folder");
    }

    private static byte[] zipEntry(Path zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    @Test
    void verifyRefusesAHostileZipWithAClearMessage() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("../../evil.sh"));
            z.write("echo".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path f = Files.write(tmp.resolve("evil.ringcase"), b.toByteArray());
        CliRun v = run("verify", f.toString());
        assertThat(v.status()).isEqualTo(1);
        assertThat(v.err()).contains("Rejected: the entry name '../../evil.sh' climbs out of the bundle");
        assertThat(tmp.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void unknownProfileIsRefused() {
        CliRun e = run("export", tmp.resolve("c").toString(), tmp.resolve("x.ringcase").toString(), "--profile", "x");
        assertThat(e.status()).isEqualTo(1);
        assertThat(e.err()).contains("Unknown export profile 'x'");
        assertThat(tmp.resolve("x.ringcase")).doesNotExist();
    }

    @Test
    void scoreExercisePrintsFeedbackAgainstTheAnswerKey() {
        CliRun r = run("score-exercise", tmp.resolve("c").toString(), Path.of("datasets", "mixed-traps").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Tagged 0 accounts: precision 1.00, recall 0.00; 0 of 2 planted networks found.")
                .contains("MISSED hydra-1 (hydra): 0 of 150 members tagged.").contains("  - signup_bursts: ");
    }

    /** Copies a zip, appending a line to one entry. */
    private static void rewrite(Path from, Path to, String entry) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes = (new String(bytes, StandardCharsets.UTF_8) + "1,2,3\r\n").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
