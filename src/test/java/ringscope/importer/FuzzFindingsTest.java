package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/** Regression tests for what the Jazzer targets ({@link ReaderFuzzTest}, {@link ImportFuzzTest}) found. */
class FuzzFindingsTest {
    private static final String ROW = "{\"interaction_id\":\"g1\",\"ts\":\"2026-03-01T09:00:00Z\",\"account_id\":\"acc\","
            + "\"input_tokens\":1,\"output_tokens\":2";

    @TempDir
    Path tmp;

    private static SourceRecord firstRecord(SourceFormat format, String content) throws Exception {
        try (RecordSource s = RecordSources.open(format, new ByteArrayInputStream(
                content.getBytes(StandardCharsets.UTF_8)))) {
            return s.next();
        }
    }

    @Test
    void aHugeExponentInAMappedJsonLineIsReadAsItsExactValueNotInfinity() throws Exception {
        // found by strictJson: 1e400 became the double Infinity, and flattening it threw NumberFormatException
        SourceRecord r = firstRecord(SourceFormat.of(SourceFormat.Type.JSONL), ROW + ",\"spend\":1e400}\n");

        assertThat(r.isBad()).isFalse();
        assertThat(r.values().get("spend")).isEqualTo("1E+400");
    }

    @Test
    void decimalsInMappedJsonKeepTheirExactDigits() throws Exception {
        SourceRecord r = firstRecord(SourceFormat.of(SourceFormat.Type.JSON),
                "[" + ROW + ",\"spend\":12345678901234567.25,\"cost\":1.50,\"tiny\":1e-5}]");

        assertThat(r.values()).containsEntry("spend", "12345678901234567.25").containsEntry("cost", "1.50")
                .containsEntry("tiny", "0.00001");
    }

    @Test
    void aMappedImportWithAHugeExponentCompletesAndReconciles() throws Exception {
        Path file = tmp.resolve("log.jsonl");
        Files.writeString(file, ROW + ",\"spend\":1e400}\n" + ROW.replace("g1", "g2") + ",\"x\":1e999999999}\n",
                StandardCharsets.UTF_8);
        MappingProfile profile = new ProfileLibrary(tmp.resolve("profiles")).find("generic-jsonl");
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            ImportReport r = new ImportService(store).importMapped(file, profile, ImportOptions.defaults(),
                    ProgressSink.NONE, CancelToken.none());

            assertThat(r.status()).as(r.message()).isEqualTo(ImportStatus.COMPLETE);
            FileReport f = r.files().get(0);
            assertThat(List.of(f.read(), f.imported(), f.rejected())).containsExactly(2L, 2L, 0L);
        }
    }
}
