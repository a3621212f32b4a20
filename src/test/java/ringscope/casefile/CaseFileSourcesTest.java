package ringscope.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.casefile.SourceCheckReport.FileCheck;
import ringscope.casefile.SourceCheckReport.NumberCheck;
import ringscope.casefile.SourceCheckReport.Status;
import ringscope.importer.Fixtures;
import ringscope.model.CancelToken;
import ringscope.model.EvidenceRow;
import ringscope.model.ProgressSink;

/**
 * Checking a case file against the original source files: re-hashed by name, per-file counts recomputed by importing
 * them again, and the rows behind every link receipt recounted from its source lines.
 */
class CaseFileSourcesTest {
    @TempDir
    static Path tmp;

    static ExportedCase c;
    static BundleContents bundle;
    static JsonNode caseJson;

    @BeforeAll
    static void export() {
        c = new ExportedCase(tmp);
        bundle = new BundleReader().read(c.export(tmp.resolve("tiny.ringcase"), ExportProfile.FULL).file());
        caseJson = CaseFileJson.read("case.json", bundle.bytes(CaseFileFormat.CASE_JSON).orElseThrow());
    }

    @AfterAll
    static void close() {
        c.close();
    }

    /** A fresh copy of the tiny dataset the case was imported from, in a subfolder (found by name). */
    private static Path sources(String name) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name).resolve("nested"));
        try (Stream<Path> files = Files.list(Fixtures.dataset("tiny"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir.getParent();
    }

    private static SourceCheckReport check(BundleContents b, Path folder) {
        return new SourceCheck().check(b, folder, ProgressSink.NONE, CancelToken.none());
    }

    private static int links() {
        int n = 0;
        for (JsonNode cl : caseJson.path("taggedClusters")) {
            n += cl.path("links").size();
        }
        return n;
    }

    @Test
    void theOriginalFilesMatchAndEveryNumberRecomputesTheSame() throws IOException {
        SourceCheckReport r = check(bundle, sources("same"));
        assertThat(r.files()).extracting(FileCheck::status).containsOnly(Status.MATCHES)
                .hasSize(caseJson.path("sources").path("files").size());
        assertThat(r.numbers()).hasSize(5 * r.files().size()).allMatch(NumberCheck::agrees);
        assertThat(r.numbers()).extracting(NumberCheck::recomputed).anyMatch(n -> n > 0);
        assertThat(links()).isPositive();
        assertThat(r.receiptsAgreeing()).isEqualTo(links());
        assertThat(r.notRecomputed()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.headline()).startsWith("Sources match: ");
    }

    @Test
    void oneChangedByteInASourceFileIsReportedAsDiffering() throws IOException {
        Path folder = sources("changed");
        Path payments = folder.resolve("nested").resolve("payments.csv");
        byte[] b = Files.readAllBytes(payments);
        b[b.length / 2] ^= 0x01;
        Files.write(payments, b);
        SourceCheckReport r = check(bundle, folder);
        assertThat(r.ok()).isFalse();
        assertThat(r.files()).filteredOn(f -> f.status() != Status.MATCHES).singleElement()
                .satisfies(f -> {
                    assertThat(f.fileName()).isEqualTo("payments.csv");
                    assertThat(f.status()).isEqualTo(Status.DIFFERS);
                    assertThat(f.foundSha256()).isEqualTo(Hashes.sha256(b)).isNotEqualTo(f.sha256());
                });
        assertThat(r.notRecomputed()).anyMatch(n -> n.contains("payments.csv differs from the file imported"));
        assertThat(r.headline()).startsWith("Sources do NOT match: ");
    }

    @Test
    void aMissingSourceFileIsReportedAndItsNumbersAreNotClaimedToMatch() throws IOException {
        Path folder = sources("missing");
        Files.delete(folder.resolve("nested").resolve("accounts.csv"));
        SourceCheckReport r = check(bundle, folder);
        assertThat(r.ok()).isFalse();
        assertThat(r.files()).filteredOn(f -> f.status() != Status.MATCHES).extracting(FileCheck::fileName,
                FileCheck::status).containsExactly(org.assertj.core.groups.Tuple.tuple("accounts.csv",
                        Status.MISSING));
        assertThat(r.numbers()).isEmpty();
        assertThat(r.notRecomputed()).anyMatch(n -> n.contains("accounts.csv is missing"));
    }

    @Test
    void aReportedFileCountThatTheSourcesDoNotGiveIsNamed() throws IOException {
        ObjectNode edited = caseJson.deepCopy();
        ObjectNode file = (ObjectNode) edited.path("sources").path("files").get(0);
        file.put("imported", file.path("imported").asLong() + 1);
        SourceCheckReport r = check(bundle.with(CaseFileFormat.CASE_JSON, CaseFileJson.write(edited)),
                sources("count"));
        assertThat(r.ok()).isFalse();
        assertThat(r.disagreements()).containsExactly(new NumberCheck(file.path("fileName").asText()
                + ": rows imported", file.path("imported").asLong(), file.path("imported").asLong() - 1));
    }

    @Test
    void aLinkReceiptWhoseLinesDoNotHoldItsRowsIsNamed() throws IOException {
        ObjectNode edited = caseJson.deepCopy();
        ObjectNode link = (ObjectNode) edited.path("taggedClusters").get(0).path("links").get(0);
        ObjectNode group = (ObjectNode) link.path("sourceLines").get(0);
        long[] lines = LineRanges.read(group.path("lines").asText(), "test");
        lines[0] = 1; // the header line of a CSV file holds no row
        Arrays.sort(lines);
        group.put("lines", LineRanges.write(Arrays.stream(lines).distinct().toArray()));
        SourceCheckReport r = check(bundle.with(CaseFileFormat.CASE_JSON, CaseFileJson.write(edited)),
                sources("receipt"));
        assertThat(r.ok()).isFalse();
        assertThat(r.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.what()).startsWith("cluster " + edited.path("taggedClusters").get(0).path("id").asText()
                    + ", link " + link.path("id").asText() + " (");
            assertThat(d.reported()).isEqualTo(link.path("rowCount").asLong());
            assertThat(d.recomputed()).isEqualTo(link.path("rowCount").asLong() - 1);
        });
        assertThat(r.receiptsAgreeing()).isEqualTo(links() - 1);
    }

    @Test
    void lineListsOfAHostileBundleAreRefusedBeforeAnythingLargeIsAllocated() {
        assertThat(LineRanges.read(LineRanges.write(new long[] {3, 7, 8, 9, 12}), "t")).containsExactly(3, 7, 8, 9, 12);
        assertThat(LineRanges.write(new long[] {3, 7, 8, 9, 12})).isEqualTo("3,7-9,12");
        for (String bad : List.of("1-999999999", "5,3", "0", "2-1", "1,,2", "x", "1000000001")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LineRanges.read(bad, "link 7"))
                    .as(bad).isInstanceOf(BundleException.class).hasMessageStartingWith("link 7: ");
        }
    }

    @Test
    void everyReceiptListsTheSourceLinesOfExactlyTheRowsBehindItsLinkAndTheFirstRowsInOrder() {
        for (JsonNode link : caseJson.path("taggedClusters").get(0).path("links")) {
            List<String> listed = new ArrayList<>();
            for (JsonNode g : link.path("sourceLines")) {
                for (long l : LineRanges.read(g.path("lines").asText(), "test")) {
                    listed.add(g.path("sourceSha256").asText() + ":" + l);
                }
                assertThat(g.path("count").asLong()).isEqualTo(LineRanges.read(g.path("lines").asText(), "t").length);
            }
            List<String> rows = c.analysis.rowsBehindLink(link.path("id").asLong(), 0, 100_000).stream()
                    .map((EvidenceRow e) -> e.sha256() + ":" + e.lineNo()).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(rows);
            assertThat(link.path("rowCount").asLong()).isEqualTo(rows.size());
            List<String> first = new ArrayList<>();
            link.path("rows").forEach(r -> first.add(r.path("table").asText() + "/" + r.path("rowId").asText() + "/"
                    + r.path("line").asText() + "/" + r.path("accountId").asText() + "/" + r.path("text").asText()));
            assertThat(first).containsExactlyElementsOf(c.analysis.rowsBehindLink(link.path("id").asLong(), 0,
                    CaseFileFormat.ROWS_PER_LINK).stream().map((EvidenceRow e) -> e.table() + "/" + e.rowId() + "/"
                            + e.lineNo() + "/" + e.accountId() + "/" + e.text()).toList());
        }
    }
}
