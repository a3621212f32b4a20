package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.casefile.Verification.Finding;

/**
 * RELIABILITY G2-G4, G7, G8: every change to a bundle is found and the finding names the entry. The case is built
 * and exported once; each test edits copies of its entries.
 */
class TamperTest {
    @TempDir
    static Path tmp;

    static ExportedCase c;
    static Path file;
    static Map<String, byte[]> original;

    @BeforeAll
    static void export() {
        c = new ExportedCase(tmp);
        // with pictures of the views, as the window exports, so every kind of entry is tampered with below
        file = c.export(tmp.resolve("tiny.ringcase"), ExportProfile.FULL, ExportedCase.sampleViews()).file();
        original = Zips.entries(new BundleReader().read(file));
    }

    @AfterAll
    static void close() {
        c.close();
    }

    private static Verification verify(Map<String, byte[]> entries) {
        Path f = Zips.write(tmp.resolve("edited.ringcase"), entries);
        return new BundleVerifier().verify(new BundleReader().read(f), "");
    }

    private static List<String> blamed(Verification v) {
        return v.findings().stream().map(Finding::entry).distinct().toList();
    }

    @Test
    void untouchedCopyVerifies() {
        assertThat(verify(original).ok()).isTrue();
    }

    @Test
    void flippingOneByteAnywhereInAnyEntryIsFoundAndNamesExactlyThatEntry() {
        List<String> all = new ArrayList<>(CaseFileRoundTripTest.allEntries());
        all.addAll(List.of(CaseFileFormat.GRAPH_PNG, CaseFileFormat.TIMELINE_PNG));
        assertThat(original.keySet()).containsExactlyInAnyOrderElementsOf(all);
        int checked = 0;
        for (String name : original.keySet()) {
            byte[] bytes = original.get(name);
            for (int pos : new int[] {0, bytes.length / 3, bytes.length / 2, bytes.length - 2, bytes.length - 1}) {
                for (int bit : new int[] {0x01, 0x20}) {
                    Map<String, byte[]> edited = new LinkedHashMap<>(original);
                    byte[] copy = bytes.clone();
                    copy[pos] ^= (byte) bit;
                    edited.put(name, copy);
                    Verification v = verify(edited);
                    assertThat(v.ok()).as("%s byte %d bit %x", name, pos, bit).isFalse();
                    assertThat(blamed(v)).as("%s byte %d bit %x: %s", name, pos, bit, v.findings())
                            .containsExactly(name);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(original.size() * 10);
    }

    @Test
    void removedEntryIsNamed() {
        for (String name : original.keySet()) {
            Map<String, byte[]> edited = new LinkedHashMap<>(original);
            edited.remove(name);
            Verification v = verify(edited);
            assertThat(v.ok()).isFalse();
            assertThat(blamed(v)).as(name).containsExactly(name);
            assertThat(v.findings().get(0).problem()).contains("missing");
        }
    }

    @Test
    void addedAndRenamedEntriesAreNamed() {
        Map<String, byte[]> added = new LinkedHashMap<>(original);
        added.put("extracts/extra.csv", "a,b\r\n".getBytes(StandardCharsets.UTF_8));
        Verification v = verify(added);
        assertThat(v.findings()).containsExactly(new Finding("extracts/extra.csv",
                "not listed in the manifest (added or renamed)"));

        Map<String, byte[]> renamed = new LinkedHashMap<>(original);
        renamed.put("extracts/links-v2.csv", renamed.remove(CaseFileFormat.LINKS_CSV));
        assertThat(blamed(verify(renamed))).containsExactlyInAnyOrder(CaseFileFormat.LINKS_CSV,
                "extracts/links-v2.csv");
    }

    @Test
    void resealedManifestStillCannotHideAnEditedLogEvent() {
        Map<String, byte[]> edited = new LinkedHashMap<>(original);
        String log = new String(original.get(CaseFileFormat.ACTION_LOG), StandardCharsets.UTF_8);
        edited.put(CaseFileFormat.ACTION_LOG, log.replaceFirst("\"actor\":\"alice\"", "\"actor\":\"mallory\"")
                .getBytes(StandardCharsets.UTF_8));
        reseal(edited);
        Verification v = verify(edited);
        assertThat(v.findings()).hasSize(1);
        assertThat(v.findings().get(0).entry()).isEqualTo(CaseFileFormat.ACTION_LOG);
        assertThat(v.findings().get(0).problem()).startsWith("hash chain broken at event 1");
    }

    @Test
    void resealedManifestWithTheLastEventRemovedIsFoundByTheRecordedHead() {
        Map<String, byte[]> edited = new LinkedHashMap<>(original);
        String log = new String(original.get(CaseFileFormat.ACTION_LOG), StandardCharsets.UTF_8);
        String[] lines = log.split("\n");
        edited.put(CaseFileFormat.ACTION_LOG, (String.join("\n", List.of(lines).subList(0, lines.length - 1)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        String originalRoot = Manifest.read(original.get(CaseFileFormat.MANIFEST)).rootHash();
        String forgedRoot = reseal(edited);
        Verification v = verify(edited);
        assertThat(blamed(v)).containsExactly(CaseFileFormat.ACTION_LOG);
        assertThat(v.findings().get(0).problem()).contains("events removed at the end");
        Path f = Zips.write(tmp.resolve("forged.ringcase"), edited);
        Verification againstHandOver = new BundleVerifier().verify(new BundleReader().read(f), originalRoot);
        assertThat(againstHandOver.findings().get(0)).isEqualTo(new Finding(CaseFileFormat.MANIFEST, "root hash "
                + forgedRoot + " differs from the expected " + originalRoot));
    }

    @Test
    void bundleFromANewerFormatAsksForAnUpgrade() {
        Map<String, byte[]> edited = new LinkedHashMap<>(original);
        String m = new String(original.get(CaseFileFormat.MANIFEST), StandardCharsets.UTF_8);
        edited.put(CaseFileFormat.MANIFEST, m.replace("\"formatVersion\" : 1", "\"formatVersion\" : 7")
                .getBytes(StandardCharsets.UTF_8));
        Verification v = verify(edited);
        assertThat(v.findings()).hasSize(1);
        assertThat(v.findings().get(0).problem()).contains("format version 7").contains("Upgrade RingScope");
    }

    @Test
    void damagedCompressedDataIsReportedAsDamaged() throws Exception {
        byte[] zip = Files.readAllBytes(file);
        int nameLen = (zip[26] & 0xff) | (zip[27] & 0xff) << 8;
        int extraLen = (zip[28] & 0xff) | (zip[29] & 0xff) << 8;
        zip[30 + nameLen + extraLen + 40] ^= 0x55;
        Path bad = Files.write(tmp.resolve("damaged.ringcase"), zip);
        Assertions.assertThatThrownBy(() -> {
            Verification v = new BundleVerifier().verify(new BundleReader().read(bad), "");
            if (!v.ok()) {
                throw new BundleException(v.headline());
            }
        }).isInstanceOf(BundleException.class).hasMessageContaining(CaseFileFormat.CASE_JSON);
    }

    /** What an attacker with the format description can do: rewrite the manifest (and report) to match. */
    private static String reseal(Map<String, byte[]> entries) {
        Manifest old = Manifest.read(original.get(CaseFileFormat.MANIFEST));
        List<ManifestEntry> listed = new ArrayList<>();
        for (ManifestEntry e : old.entries()) {
            listed.add(ManifestEntry.of(e.path(), entries.get(e.path())));
        }
        String root = Manifest.rootHashOf(listed);
        byte[] report = new String(entries.get(CaseFileFormat.REPORT), StandardCharsets.UTF_8)
                .replace(old.rootHash(), root).getBytes(StandardCharsets.UTF_8);
        entries.put(CaseFileFormat.REPORT, report);
        Manifest m = Manifest.of(old.caseName(), old.exportedAt(), listed, ManifestEntry.of(CaseFileFormat.REPORT,
                report));
        entries.put(CaseFileFormat.MANIFEST, m.bytes());
        return root;
    }
}
