package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportRunSummary;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.model.RejectReason;
import ringscope.model.Rejection;
import ringscope.store.CaseDump;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;

class ImportServiceTest {
    @TempDir
    Path tmp;

    CaseStore store;
    ImportService service;

    @BeforeEach
    void openCase() {
        store = CaseStore.create(tmp.resolve("case"));
        service = new ImportService(store);
    }

    @AfterEach
    void closeCase() {
        store.close();
    }

    private ImportReport importDataset(Path dataset) {
        return service.importDataset(dataset, ImportOptions.defaults(), ProgressSink.NONE, CancelToken.none());
    }

    private static FileReport file(ImportReport r, String name) {
        return r.files().stream().filter(f -> f.fileName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void importsValidDatasetWithEveryRowAccountedFor() throws Exception {
        ImportReport r = importDataset(Fixtures.dataset("tiny"));

        assertThat(r.status()).as(r.message()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(r.files()).extracting(FileReport::fileName).containsExactly(
                "accounts.csv", "ip_info.csv", "payments.csv", "interactions.csv", "events.csv");
        assertThat(file(r, "interactions.csv")).isEqualTo(new FileReport("interactions.csv", "interactions", "csv",
                sha256(Fixtures.dataset("tiny").resolve("interactions.csv")),
                Files.size(Fixtures.dataset("tiny").resolve("interactions.csv")), 12, 12, 0, 0, 0, false, List.of()));
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM account")).isEqualTo(4);
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM interaction")).isEqualTo(12);
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM payment")).isEqualTo(4);
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM ip_info")).isEqualTo(3);
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM event")).isEqualTo(2);
        assertThat(r.read()).isEqualTo(r.imported() + r.rejected() + r.duplicates());
    }

    @Test
    void buildsHourlyActivityAndPerAccountTotalsAtImport() throws Exception {
        importDataset(Fixtures.dataset("tiny"));

        // acct-001: 09:00 and 09:01 on Mar 1 share one hour bucket; 10:15 and Mar 3 09:00 are two more
        assertThat(CaseDump.count(store, "SELECT SUM(b.interactions) FROM activity_bucket b JOIN account a"
                + " ON a.id = b.account_ref WHERE a.account_id = 'acct-001'")).isEqualTo(4);
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM activity_bucket b JOIN account a"
                + " ON a.id = b.account_ref WHERE a.account_id = 'acct-001'")).isEqualTo(3);
        assertThat(CaseDump.count(store, "SELECT interactions FROM account WHERE account_id = 'acct-002'"))
                .isEqualTo(4);
        assertThat(CaseDump.count(store, "SELECT input_tokens FROM account WHERE account_id = 'acct-004'"))
                .isEqualTo(2100);
        // the shared IP 198.51.100.7 is recorded for both linked accounts
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM account_term at JOIN term t ON t.id = at.term_ref"
                + " WHERE t.kind = 'ip' AND t.term_value = '198.51.100.7'")).isEqualTo(2);
        // the -05:00 offset is honoured: 16:45-05:00 is 21:45 UTC
        assertThat(CaseDump.count(store, "SELECT ts_ms FROM interaction WHERE interaction_id = 'i-0010'"))
                .isEqualTo(java.time.Instant.parse("2026-03-02T21:45:00Z").toEpochMilli());
    }

    @Test
    void quarantinesEachKindOfBadRowWithLineAndReason() {
        ImportReport r = importDataset(Fixtures.dataset("tiny-bad"));

        assertThat(r.status()).as(r.message()).isEqualTo(ImportStatus.COMPLETE);
        FileReport f = file(r, "interactions.csv");
        assertThat(List.of(f.read(), f.imported(), f.rejected(), f.duplicates(), f.blank()))
                .containsExactly(11L, 2L, 8L, 1L, 1L);
        List<Rejection> rejected = new CaseOverviewRepository(store).rejections(r.runId(), 0, 100);
        Map<Long, RejectReason> byLine = rejected.stream()
                .collect(Collectors.toMap(Rejection::lineNo, Rejection::reason));
        assertThat(byLine).isEqualTo(Map.of(
                3L, RejectReason.INVALID_UTF8,
                4L, RejectReason.WRONG_FIELD_COUNT,
                5L, RejectReason.INVALID_DATE,
                6L, RejectReason.OUT_OF_RANGE,
                7L, RejectReason.UNKNOWN_ACCOUNT,
                10L, RejectReason.CONFLICTING_DUPLICATE,
                11L, RejectReason.CONFLICTING_DUPLICATE,
                12L, RejectReason.NO_TIMEZONE));
        Rejection badUtf8 = rejected.stream().filter(x -> x.lineNo() == 3).findFirst().orElseThrow();
        assertThat(badUtf8.rawExcerpt()).contains("caf\\xE9-agent").doesNotContain("\uFFFD");
        assertThat(badUtf8.detail()).contains("byte offset");
    }

    @Test
    void neverStoresReplacementCharactersForBadBytes() throws Exception {
        importDataset(Fixtures.dataset("tiny-bad"));

        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM term WHERE term_value LIKE '%' || CHAR(65533) || '%'"))
                .isZero();
    }

    @Test
    void cancelLeavesTheCaseAsItWasAndRecordsTheRun() throws Exception {
        importDataset(Fixtures.dataset("tiny"));
        String before = CaseDump.of(store);
        Path copy = copyOf(Fixtures.dataset("tiny-bad"));
        CancelToken cancel = new CancelToken();

        ImportReport r = service.importDataset(copy, new ImportOptions(true, Long.MAX_VALUE), p -> {
            if (p.stage().equals("interactions.csv")) {
                cancel.cancel();
            }
        }, cancel);

        assertThat(r.status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(CaseDump.of(store)).isEqualTo(before);
        assertThat(new CaseOverviewRepository(store).importRuns()).extracting(ImportRunSummary::status)
                .containsExactly(ImportStatus.COMPLETE, ImportStatus.CANCELLED);
    }

    @Test
    void brokenFileMidImportRollsBackEverythingAlreadyWritten() throws Exception {
        Path copy = copyOf(Fixtures.dataset("tiny"));
        Files.writeString(copy.resolve("events.csv"), "ts,kind,label,account_id\n2026-03-02T00:00:00Z,ban,\"open\n",
                java.nio.charset.StandardCharsets.UTF_8);
        String before = CaseDump.of(store);

        ImportReport r = importDataset(copy);

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("CSV syntax error");
        assertThat(CaseDump.of(store)).isEqualTo(before);
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM source_file WHERE file_name = 'accounts.csv'"))
                .as("the failed run's file reports are kept").isEqualTo(1);
    }

    @Test
    void refusesToImportTheSameFileTwiceUnlessAsked() throws Exception {
        importDataset(Fixtures.dataset("tiny"));
        String before = CaseDump.of(store);

        ImportReport again = importDataset(Fixtures.dataset("tiny"));

        assertThat(again.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(again.message()).contains("already imported");
        assertThat(CaseDump.of(store)).isEqualTo(before);
    }

    @Test
    void recordsTheSha256OfEverySourceFile() throws Exception {
        ImportReport r = importDataset(Fixtures.dataset("tiny"));

        for (FileReport f : r.files()) {
            assertThat(f.sha256()).isEqualTo(sha256(Fixtures.dataset("tiny").resolve(f.fileName())));
        }
    }

    @Test
    void missingRequiredColumnFailsNamingItAndTheColumnsFound() throws Exception {
        Path copy = copyOf(Fixtures.dataset("tiny"));
        Files.writeString(copy.resolve("payments.csv"), "account_id,ts,outcome\nacct-001,2026-03-01T08:01:00Z,ok\n");

        ImportReport r = importDataset(copy);

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("instrument_fingerprint").contains("account_id, ts, outcome");
    }

    @Test
    void readsGzipCompressedFiles() throws Exception {
        Path copy = copyOf(Fixtures.dataset("tiny"));
        Path csv = copy.resolve("interactions.csv");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(copy.resolve("interactions.csv.gz")))) {
            Files.copy(csv, out);
        }
        Files.delete(csv);

        ImportReport r = importDataset(copy);

        assertThat(file(r, "interactions.csv.gz").imported()).isEqualTo(12);
    }

    private Path copyOf(Path dataset) throws Exception {
        Path target = Files.createDirectories(tmp.resolve("copy-" + dataset.getFileName()));
        try (var files = Files.list(dataset)) {
            for (Path p : files.toList()) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
        return target;
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
