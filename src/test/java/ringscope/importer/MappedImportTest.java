package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.model.CancelToken;
import ringscope.model.FileReport;
import ringscope.model.ImportReport;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.model.RejectReason;
import ringscope.model.Rejection;
import ringscope.store.CaseDump;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;
import ringscope.store.SourceFileProfiles;

/** Each shipped profile imports its fixture (written from the format's public documentation) into a temp-dir case. */
class MappedImportTest {
    @TempDir
    Path tmp;

    private CaseStore store;
    private ImportService service;
    private final ProfileLibrary library = new ProfileLibrary(Path.of("/nonexistent-user-profiles"));

    @BeforeEach
    void open() {
        store = CaseStore.create(tmp.resolve("case"));
        service = new ImportService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Path fixture(String name) {
        try {
            return Path.of(MappedImportTest.class.getResource("/thirdparty/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport run(String file, MappingProfile profile) {
        ImportReport r = service.importMapped(fixture(file), profile, ImportOptions.defaults(), ProgressSink.NONE,
                CancelToken.none());
        assertThat(r.status()).as(r.message()).isEqualTo(ImportStatus.COMPLETE);
        FileReport f = r.files().get(0);
        assertThat(f.read()).isEqualTo(f.imported() + f.rejected() + f.duplicates());
        return r;
    }

    private List<Rejection> rejections(ImportReport r) {
        return new CaseOverviewRepository(store).rejections(r.runId(), 0, 100);
    }

    private long q(String sql) throws Exception {
        return CaseDump.count(store, sql);
    }

    @Test
    void liteLlmCsvExportImportsWithImpliedAccountsAndQuarantinesBadRows() throws Exception {
        MappingProfile profile = library.find("litellm-spend-csv");
        ImportReport r = run("litellm-spend.csv", profile);
        FileReport f = r.files().get(0);
        assertThat(List.of(f.read(), f.imported(), f.rejected(), f.duplicates())).containsExactly(5L, 3L, 2L, 0L);
        assertThat(rejections(r)).extracting(Rejection::lineNo, Rejection::reason).containsExactly(
                tuple(5L, RejectReason.MISSING_FIELD), tuple(6L, RejectReason.INVALID_DATE));
        assertThat(q("SELECT COUNT(*) FROM account")).isEqualTo(2);
        // first seen: zone-less 2026-05-20 17:44:18.134 read as UTC
        assertThat(q("SELECT created_ms FROM account WHERE account_id = 'alice'")).isEqualTo(1_779_299_058_134L);
        assertThat(q("SELECT COUNT(*) FROM account WHERE account_id = 'sk-hash-bob' AND email_domain IS NULL"))
                .isEqualTo(1);
        // +02:00 offset and a half-second fraction; latency from startTime to endTime
        assertThat(q("SELECT ts_ms FROM interaction WHERE interaction_id = 'chatcmpl-002'"))
                .isEqualTo(1_779_299_100_500L);
        assertThat(q("SELECT latency_ms FROM interaction WHERE interaction_id = 'chatcmpl-002'")).isEqualTo(1500);
        assertThat(q("SELECT COUNT(*) FROM interaction i JOIN term t ON t.id = i.ip_ref"
                + " WHERE t.term_value = '2001:db8::7'")).isEqualTo(1);
        assertThat(q("SELECT end_user_ref FROM interaction WHERE interaction_id = 'chatcmpl-002'")).isZero();
        int sourceId = (int) q("SELECT MAX(id) FROM source_file");
        assertThat(SourceFileProfiles.of(store, sourceId)).contains(
                new SourceFileProfiles.Stamp("litellm-spend-csv", ProfileJson.sha256(profile)));
        assertThat(q("SELECT interactions FROM account WHERE account_id = 'alice'")).isEqualTo(2);
    }

    @Test
    void liteLlmJsonExportCountsDuplicatesAndRejectsNegativeDurations() throws Exception {
        ImportReport r = run("litellm-spend.json", library.find("litellm-spend-json"));
        FileReport f = r.files().get(0);
        assertThat(List.of(f.read(), f.imported(), f.rejected(), f.duplicates())).containsExactly(4L, 2L, 1L, 1L);
        assertThat(rejections(r)).extracting(Rejection::lineNo, Rejection::reason)
                .containsExactly(tuple(3L, RejectReason.OUT_OF_RANGE));
        assertThat(q("SELECT COUNT(*) FROM account")).isEqualTo(2);
        assertThat(q("SELECT ts_ms FROM interaction WHERE interaction_id = 'req-a3'")).isEqualTo(1_781_397_720_000L);
        assertThat(q("SELECT latency_ms FROM interaction WHERE interaction_id = 'req-a1'")).isEqualTo(1314);
    }

    @Test
    void apacheCombinedLogUsesTheUserAsAccountAndGeneratesStableIds() throws Exception {
        ImportReport r = run("apache-combined.log", library.find("apache-combined"));
        FileReport f = r.files().get(0);
        assertThat(List.of(f.read(), f.imported(), f.rejected(), f.blank())).containsExactly(7L, 3L, 4L, 1L);
        assertThat(rejections(r)).extracting(Rejection::lineNo, Rejection::reason).containsExactly(
                tuple(3L, RejectReason.MISSING_FIELD), tuple(6L, RejectReason.INVALID_VALUE),
                tuple(7L, RejectReason.TIME_OUT_OF_RANGE), tuple(8L, RejectReason.INVALID_DATE));
        assertThat(q("SELECT COUNT(*) FROM account WHERE account_id IN ('frank', 'mallory')")).isEqualTo(2);
        assertThat(q("SELECT COUNT(*) FROM interaction WHERE interaction_id = '" + f.sha256().substring(0, 16)
                + ":1'")).isEqualTo(1);
        assertThat(q("SELECT ts_ms FROM interaction WHERE line_no = 1")).isEqualTo(1_791_665_736_000L);
        assertThat(q("SELECT COUNT(*) FROM interaction i JOIN term t ON t.id = i.user_agent_ref"
                + " WHERE t.term_value = 'Mozilla/5.0 \"quoted\" agent'")).isEqualTo(1);
    }

    @Test
    void nginxLogTakesTheApiKeyHeaderElseTheUser() throws Exception {
        ImportReport r = run("nginx-apikey.log", library.find("nginx-combined-apikey"));
        FileReport f = r.files().get(0);
        assertThat(List.of(f.read(), f.imported(), f.rejected())).containsExactly(4L, 3L, 1L);
        assertThat(rejections(r)).extracting(Rejection::lineNo, Rejection::reason)
                .containsExactly(tuple(4L, RejectReason.MISSING_FIELD));
        assertThat(q("SELECT interactions FROM account WHERE account_id = 'key-AAA'")).isEqualTo(2);
        assertThat(q("SELECT interactions FROM account WHERE account_id = 'bob'")).isEqualTo(1);
    }

    @Test
    void genericJsonlRejectsFractionsAndDuplicateKeysWithLineNumbers() throws Exception {
        ImportReport r = run("generic.jsonl", library.find("generic-jsonl"));
        assertThat(rejections(r)).extracting(Rejection::lineNo, Rejection::reason).containsExactly(
                tuple(3L, RejectReason.INVALID_NUMBER), tuple(4L, RejectReason.DUPLICATE_KEY));
        assertThat(q("SELECT created_ms FROM account WHERE account_id = 'acc-1'")).isEqualTo(1_772_355_600_123L);
        assertThat(q("SELECT COUNT(*) FROM account WHERE account_id = 'acc-2'")).isZero();
    }

    @Test
    void declaredZoneRejectsTheDaylightSavingGapAndTakesTheEarlierOverlapInstant() throws Exception {
        MappingProfile profile = library.find("generic-csv").withName("berlin")
                .withFormat(SourceFormat.csv(';'))
                .withTime(TimeFormat.of(TimeFormat.Kind.ISO, "Europe/Berlin"));
        ImportReport r = run("berlin-local.csv", profile);
        assertThat(rejections(r)).extracting(Rejection::lineNo, Rejection::reason)
                .containsExactly(tuple(3L, RejectReason.NONEXISTENT_LOCAL_TIME));
        assertThat(q("SELECT ts_ms FROM interaction WHERE interaction_id = 'b-3'"))
                .isEqualTo(1_792_888_200_000L); // 2026-10-25T00:30Z = 02:30 CEST, the earlier of the two
        assertThat(r.message()).contains("1 local times fell in a daylight-saving overlap");
    }

    @Test
    void theSameFileIsNotImportedTwiceAndACancelLeavesTheCaseUnchanged() throws Exception {
        MappingProfile profile = library.find("apache-combined");
        String before = CaseDump.of(store);
        CancelToken cancelled = new CancelToken();
        cancelled.cancel();
        ImportReport c = service.importMapped(fixture("apache-combined.log"), profile, ImportOptions.defaults(),
                ProgressSink.NONE, cancelled);
        assertThat(c.status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(CaseDump.of(store)).isEqualTo(before);
        run("apache-combined.log", profile);
        ImportReport again = service.importMapped(fixture("apache-combined.log"), profile, ImportOptions.defaults(),
                ProgressSink.NONE, CancelToken.none());
        assertThat(again.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(again.message()).contains("already imported");
    }

    @Test
    void detectionFindsEachShippedFormat() throws Exception {
        FormatDetector d = new FormatDetector();
        assertThat(d.detect(fixture("litellm-spend.csv")).format()).isEqualTo(SourceFormat.csv(','));
        assertThat(d.detect(fixture("berlin-local.csv")).format()).isEqualTo(SourceFormat.csv(';'));
        assertThat(d.detect(fixture("litellm-spend.json")).format().type()).isEqualTo(SourceFormat.Type.JSON);
        assertThat(d.detect(fixture("generic.jsonl")).format().type()).isEqualTo(SourceFormat.Type.JSONL);
        assertThat(d.detect(fixture("apache-combined.log")).format().type()).isEqualTo(SourceFormat.Type.ACCESS_LOG);
    }

    @Test
    void previewShowsParsedTimesAndWhyRowsWouldBeRejected() {
        MappingProfile profile = library.find("litellm-spend-csv");
        Preview p = new MappedPreview().preview(fixture("litellm-spend.csv"), profile, 10);
        assertThat(p.error()).isEmpty();
        assertThat(p.rows()).extracting(PreviewRow::lineNo, PreviewRow::time, PreviewRow::reason).containsExactly(
                tuple(2L, "2026-05-20T17:44:18.134Z", null), tuple(3L, "2026-05-20T17:45:00.500Z", null),
                tuple(4L, "2026-05-21T08:00:00Z", null), tuple(5L, "2026-05-21T08:01:00Z", "MISSING_FIELD"),
                tuple(6L, "", "INVALID_DATE"));
        Preview tokyo = new MappedPreview().preview(fixture("litellm-spend.csv"),
                profile.withTime(profile.time().withZone("Asia/Tokyo")), 1);
        assertThat(tokyo.rows().get(0).time()).isEqualTo("2026-05-20T08:44:18.134Z");
    }

    @Test
    void userProfilesRoundTripAndCannotShadowShippedNames() throws Exception {
        ProfileLibrary mine = new ProfileLibrary(tmp.resolve("profiles"));
        MappingProfile p = mine.find("generic-csv").withName("my-export");
        Path saved = mine.save(p);
        assertThat(Files.exists(saved)).isTrue();
        assertThat(mine.find("my-export")).isEqualTo(p);
        assertThat(ProfileJson.sha256(mine.find("my-export"))).isEqualTo(ProfileJson.sha256(p));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mine.save(p.withName("generic-csv")))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileJson.read(
                "{\"name\":\"x\",\"name\":\"y\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
