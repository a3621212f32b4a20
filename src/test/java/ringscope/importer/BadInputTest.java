package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

/** Rows A-E of the bad-input matrix (RELIABILITY.md) that concern the native importer. */
class BadInputTest {
    static final String ACCOUNTS = "account_id,created_at,email_domain,email_hash,org_name,signup_ip,"
            + "payment_fingerprint,billing_country,verification_path,plan,status,status_changed_at\n"
            + "a1,2026-03-01T08:00:00Z,,,,,,,,,active,\n";
    static final String HEADER = "interaction_id,ts,account_id,api_key_id,ip,user_agent,model,category,input_tokens,"
            + "output_tokens,latency_ms,status,prompt_template_hash,end_user\n";
    static final String GOOD = "i1,2026-03-01T09:00:00Z,a1,k,198.51.100.7,ua,m,coding,10,20,30,ok,t,e\n";

    @TempDir
    Path tmp;

    CaseStore store;

    @BeforeEach
    void open() {
        store = CaseStore.create(tmp.resolve("case"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportReport importInteractions(String fileName, byte[] content) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("ds-" + System.nanoTime()));
        Files.writeString(dir.resolve("accounts.csv"), ACCOUNTS, StandardCharsets.UTF_8);
        Files.write(dir.resolve(fileName), content);
        return new ImportService(store).importDataset(dir, ImportOptions.defaults(), ProgressSink.NONE,
                CancelToken.none());
    }

    private ImportReport importCsv(String body) throws Exception {
        return importInteractions("interactions.csv", (HEADER + body).getBytes(StandardCharsets.UTF_8));
    }

    private static FileReport interactions(ImportReport r) {
        return r.files().stream().filter(f -> f.kind().equals("interactions")).findFirst().orElseThrow();
    }

    private List<Rejection> rejections(ImportReport r) {
        return new CaseOverviewRepository(store).rejections(r.runId(), 0, 1000);
    }

    private void assertNothingImported() throws Exception {
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM account")).isZero();
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM interaction")).isZero();
    }

    @Test
    void emptyFileIsAFileLevelErrorAndTheCaseStaysEmpty() throws Exception { // A1
        ImportReport r = importInteractions("interactions.csv", new byte[0]);

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("file is empty");
        assertNothingImported();
    }

    @Test
    void headerOnlyFileImportsZeroRows() throws Exception { // A2
        ImportReport r = importCsv("");

        assertThat(r.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(interactions(r).read()).isZero();
    }

    @Test
    void extraColumnsAreImportedAndListedAsIgnored() throws Exception { // A3
        ImportReport r = importInteractions("interactions.csv", (HEADER.replace("\n", ",extra\n")
                + GOOD.replace("\n", ",x\n")).getBytes(StandardCharsets.UTF_8));

        assertThat(interactions(r).imported()).isEqualTo(1);
        assertThat(interactions(r).ignoredColumns()).containsExactly("extra");
    }

    static Stream<Arguments> binaryFiles() {
        return Stream.of(
                Arguments.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "PNG image"),
                Arguments.of(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0}, "looks like gzip"),
                Arguments.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 'i', 0, 'd', 0}, "UTF-16"),
                Arguments.of(new byte[] {'i', 0, 'd', 0, ',', 0}, "NUL bytes"));
    }

    @ParameterizedTest
    @MethodSource("binaryFiles")
    void binaryOrNonUtf8FilesAreRefusedBeforeAnyRow(byte[] content, String message) throws Exception { // A4, B2
        ImportReport r = importInteractions("interactions.csv", content);

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains(message);
        assertNothingImported();
    }

    @Test
    void fileLargerThanTheLimitIsRefusedBeforeParsing() throws Exception { // A5
        Path dir = Files.createDirectories(tmp.resolve("big"));
        Files.writeString(dir.resolve("accounts.csv"), ACCOUNTS);
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("interactions.csv").toFile(), "rw")) {
            f.setLength(5L << 30); // sparse: no real disk used
        }
        ImportReport r = new ImportService(store).importDataset(dir, new ImportOptions(false, 1L << 30),
                ProgressSink.NONE, CancelToken.none());

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("larger than the limit");
    }

    @Test
    void byteOrderMarkIsStrippedAndRecorded() throws Exception { // B1
        byte[] body = (HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        ImportReport r = importInteractions("interactions.csv", withBom);

        assertThat(interactions(r).imported()).isEqualTo(1);
        assertThat(interactions(r).bomPresent()).isTrue();
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("i2,2026-03-01T09:00:00Z,a1,k,198.51.100.7,ua,m,c,1,2\n", RejectReason.WRONG_FIELD_COUNT),
                Arguments.of("i2,2026-03-01T09:00:00Z,a1,k,198.51.100.7,ua,m,c,1,2,3,ok,t,e,EXTRA\n",
                        RejectReason.WRONG_FIELD_COUNT),
                Arguments.of("i2,2026-03-01T09:00:00,a1,k,,,,,1,2,3,,,\n", RejectReason.NO_TIMEZONE),
                Arguments.of("i2,2026-02-30T09:00:00Z,a1,k,,,,,1,2,3,,,\n", RejectReason.INVALID_DATE),
                Arguments.of("i2,2026-03-01T24:00:00Z,a1,k,,,,,1,2,3,,,\n", RejectReason.INVALID_DATE),
                Arguments.of("i2,2026-03-01T23:59:60Z,a1,k,,,,,1,2,3,,,\n", RejectReason.INVALID_DATE),
                Arguments.of("i2,1772355600,a1,k,,,,,1,2,3,,,\n", RejectReason.INVALID_TIMESTAMP),
                Arguments.of("i2,2014-12-31T23:59:59Z,a1,k,,,,,1,2,3,,,\n", RejectReason.TIME_OUT_OF_RANGE),
                Arguments.of("i2,2099-01-01T00:00:00Z,a1,k,,,,,1,2,3,,,\n", RejectReason.TIME_OUT_OF_RANGE),
                Arguments.of("i2,2026-03-01T09:00:00Z,a1,k,,,,,-1,2,3,,,\n", RejectReason.OUT_OF_RANGE),
                Arguments.of("i2,2026-03-01T09:00:00Z,a1,k,,,,,99999999999,2,3,,,\n", RejectReason.OUT_OF_RANGE),
                Arguments.of("i2,2026-03-01T09:00:00Z,a1,k,,,,,1.5,2,3,,,\n", RejectReason.INVALID_NUMBER),
                Arguments.of("i2,2026-03-01T09:00:00Z,,k,,,,,1,2,3,,,\n", RejectReason.MISSING_FIELD),
                Arguments.of("i2,2026-03-01T09:00:00Z,  ,k,,,,,1,2,3,,,\n", RejectReason.MISSING_FIELD),
                Arguments.of("i2,2026-03-01T09:00:00Z,nobody,k,,,,,1,2,3,,,\n", RejectReason.UNKNOWN_ACCOUNT),
                Arguments.of("i2,2026-03-01T09:00:00Z,a1,k,300.1.1.1,,,,1,2,3,,,\n", RejectReason.INVALID_VALUE));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void aBadRowIsQuarantinedWithItsLineAndReasonAndTheRestImports(String row, RejectReason reason)
            throws Exception { // C3, E3, E5, E6, E7, E8, E9
        ImportReport r = importCsv(GOOD + row + GOOD.replace("i1,", "i3,"));

        assertThat(r.status()).isEqualTo(ImportStatus.COMPLETE);
        FileReport f = interactions(r);
        assertThat(List.of(f.read(), f.imported(), f.rejected())).containsExactly(3L, 2L, 1L);
        Rejection j = rejections(r).get(0);
        assertThat(j.reason()).isEqualTo(reason);
        assertThat(j.lineNo()).isEqualTo(3);
        assertThat(j.rawExcerpt()).isEqualTo(row.strip());
    }

    @Test
    void mixedLineEndingsGiveTheSameRowsAndLineNumbers() throws Exception { // C5
        String body = GOOD + "i2,2026-03-01T09:00:00Z,a1,k,,,,,-1,2,3,,,\r\n" + GOOD.replace("i1,", "i3,")
                .replace("\n", "\r") + GOOD.replace("i1,", "i4,");

        ImportReport r = importCsv(body);

        assertThat(interactions(r).imported()).isEqualTo(3);
        assertThat(rejections(r)).extracting(Rejection::lineNo).containsExactly(3L);
    }

    @Test
    void blankLinesAreCountedApartAndNotRows() throws Exception { // C6
        ImportReport r = importCsv(GOOD + "\n\n" + GOOD.replace("i1,", "i2,"));

        FileReport f = interactions(r);
        assertThat(List.of(f.read(), f.imported(), f.blank())).containsExactly(2L, 2L, 2L);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndNewlines() throws Exception {
        ImportReport r = importCsv("i1,2026-03-01T09:00:00Z,a1,k,,\"Mozilla/5.0 (X11, \"\"Linux\"\")\nline2\",m,c,1,2,3,,,\n"
                + GOOD.replace("i1,", "i2,"));

        assertThat(interactions(r).imported()).isEqualTo(2);
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM term WHERE term_value = 'Mozilla/5.0 (X11, \"Linux\")'"
                + " || CHAR(10) || 'line2'")).isEqualTo(1);
    }

    @Test
    void unterminatedQuoteFailsTheImportNamingTheLine() throws Exception { // C1
        ImportReport r = importCsv(GOOD + "i2,\"2026-03-01T09:00:00Z,a1\n");

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("CSV syntax error").contains("line 2");
        assertNothingImported();
    }

    @Test
    void duplicateHeaderNamesAreAFileLevelError() throws Exception { // C4
        ImportReport r = importInteractions("interactions.csv",
                (HEADER.replace("\n", ",model\n") + GOOD).getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("model");
    }

    @Test
    void tooManyColumnsIsAFileLevelError() throws Exception { // C8
        StringBuilder header = new StringBuilder(HEADER.strip());
        for (int i = 0; i < 100_000; i++) {
            header.append(",c").append(i);
        }
        ImportReport r = importInteractions("interactions.csv", (header + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("TOO_MANY_COLUMNS");
    }

    @Test
    void semicolonSeparatedFilesAreRefusedWithAHint() throws Exception { // C9
        ImportReport r = importInteractions("interactions.csv",
                (HEADER.replace(',', ';') + GOOD.replace(',', ';')).getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("';'");
    }

    @Test
    void aHugeFieldWithoutNewlineIsQuarantinedWithBoundedMemory() throws Exception { // C7
        String huge = "x".repeat(CsvRowReader.MAX_LINE_BYTES + 10);
        ImportReport r = importCsv(GOOD + "i2,2026-03-01T09:00:00Z,a1,k,," + huge + ",m,c,1,2,3,,,\n"
                + GOOD.replace("i1,", "i3,"));

        assertThat(interactions(r).imported()).isEqualTo(2);
        assertThat(rejections(r)).extracting(Rejection::reason).containsExactly(RejectReason.FIELD_TOO_LONG);
    }

    @Test
    void formulaLookingValuesAreStoredRaw() throws Exception { // C10
        importCsv("i1,2026-03-01T09:00:00Z,a1,k,,=HYPERLINK(\"x\"),m,c,1,2,3,,,\n");

        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM term WHERE term_value = '=HYPERLINK(\"x\")'"))
                .isEqualTo(1);
    }

    @Test
    void bidiAndControlCharactersAreStoredRawAsEvidence() throws Exception { // B6
        importCsv("i1,2026-03-01T09:00:00Z,a1,k,,evil\u202Egpj.exe,m,c,1,2,3,,,\n");

        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM term WHERE term_value = 'evil' || CHAR(8238)"
                + " || 'gpj.exe'")).isEqualTo(1);
    }

    @Test
    void invalidUtf8QuarantinesOnlyThatRow() throws Exception { // B3, B4
        byte[] good = (HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {
            {(byte) 0xC3}, // truncated sequence
            {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // CESU-8 surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        };
        for (byte[] b : bad) {
            store.close();
            store = CaseStore.create(tmp.resolve("case-" + System.nanoTime()));
            byte[] row = ("i2,2026-03-01T09:00:00Z,a1,k,,ua").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ",m,c,1,2,3,,,\n".getBytes(StandardCharsets.UTF_8);
            byte[] all = concat(good, row, b, tail);

            ImportReport r = importInteractions("interactions.csv", all);

            assertThat(interactions(r).imported()).isEqualTo(1);
            assertThat(rejections(r)).extracting(Rejection::reason).containsExactly(RejectReason.INVALID_UTF8);
            assertThat(rejections(r).get(0).rawExcerpt()).contains("\\x");
        }
    }

    @Test
    void exactDuplicateIdsAreCountedAndConflictingOnesQuarantinedBoth() throws Exception { // E1, E2
        ImportReport r = importCsv(GOOD + GOOD + GOOD.replace(",10,20,", ",11,20,") .replace("i1,", "i2,")
                + GOOD.replace("i1,", "i2,"));

        FileReport f = interactions(r);
        assertThat(List.of(f.read(), f.imported(), f.rejected(), f.duplicates())).containsExactly(4L, 1L, 2L, 1L);
        assertThat(rejections(r)).extracting(Rejection::lineNo).containsExactlyInAnyOrder(4L, 5L);
        assertThat(CaseDump.count(store, "SELECT COUNT(*) FROM interaction")).isEqualTo(1);
        assertThat(CaseDump.count(store, "SELECT SUM(interactions) FROM activity_bucket")).isEqualTo(1);
    }

    static Stream<Arguments> badJsonLines() {
        String ok = "{\"interaction_id\":\"i9\",\"ts\":\"2026-03-01T09:00:00Z\",\"account_id\":\"a1\","
                + "\"input_tokens\":1,\"output_tokens\":2";
        return Stream.of(
                Arguments.of(ok + "", RejectReason.JSON_SYNTAX),
                Arguments.of(ok + "} {\"a\":1}", RejectReason.TRAILING_TOKENS),
                Arguments.of(ok + ",\"x\":" + "[".repeat(1001) + "]".repeat(1001) + "}", RejectReason.NESTING_TOO_DEEP),
                Arguments.of(ok + ",\"input_tokens\":5}", RejectReason.DUPLICATE_KEY),
                Arguments.of(ok.replace("\"input_tokens\":1", "\"input_tokens\":\"12\"") + "}",
                        RejectReason.TYPE_MISMATCH),
                Arguments.of(ok.replace("\"input_tokens\":1", "\"input_tokens\":1.9") + "}", RejectReason.TYPE_MISMATCH),
                Arguments.of(ok.replace("\"input_tokens\":1", "\"input_tokens\":true") + "}",
                        RejectReason.TYPE_MISMATCH),
                Arguments.of(ok.replace("\"input_tokens\":1", "\"input_tokens\":NaN") + "}", RejectReason.NON_FINITE),
                Arguments.of(ok.replace("\"input_tokens\":1", "\"input_tokens\":1" + "0".repeat(1000)) + "}",
                        RejectReason.OUT_OF_RANGE),
                Arguments.of(ok + ",\"user_agent\":\"\\ud800\"}", RejectReason.UNPAIRED_SURROGATE),
                Arguments.of("[1,2]", RejectReason.NOT_AN_OBJECT));
    }

    @ParameterizedTest
    @MethodSource("badJsonLines")
    void aBadJsonLineIsQuarantinedAndReadingResumes(String line, RejectReason reason) throws Exception { // D1-D8
        String good = "{\"interaction_id\":\"i1\",\"ts\":\"2026-03-01T09:00:00Z\",\"account_id\":\"a1\","
                + "\"input_tokens\":1,\"output_tokens\":2}\n";
        ImportReport r = importInteractions("interactions.jsonl",
                (good + line + "\n" + good.replace("i1", "i3")).getBytes(StandardCharsets.UTF_8));

        FileReport f = interactions(r);
        assertThat(List.of(f.read(), f.imported(), f.rejected())).containsExactly(3L, 2L, 1L);
        assertThat(rejections(r)).extracting(Rejection::reason, Rejection::lineNo).containsExactly(
                org.assertj.core.groups.Tuple.tuple(reason, 2L));
    }

    @Test
    void classNamePropertiesInJsonAreIgnoredNeverInterpreted() throws Exception { // D10
        ImportReport r = importInteractions("interactions.jsonl", ("{\"@class\":\"java.lang.Runtime\","
                + "\"interaction_id\":\"i1\",\"ts\":\"2026-03-01T09:00:00Z\",\"account_id\":\"a1\","
                + "\"input_tokens\":1,\"output_tokens\":2}\n").getBytes(StandardCharsets.UTF_8));

        assertThat(interactions(r).imported()).isEqualTo(1);
        assertThat(interactions(r).ignoredColumns()).containsExactly("@class");
    }

    @Test
    void aJsonArrayFileIsRefusedAsNotJsonLines() throws Exception { // D9
        ImportReport r = importInteractions("interactions.jsonl", "[\n{\"a\":1}\n]\n".getBytes(StandardCharsets.UTF_8));

        assertThat(r.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(r.message()).contains("one JSON object per line");
    }

    @Test
    void anOverlongJsonLineIsQuarantinedAndReadingResumes() throws Exception { // D5
        String good = "{\"interaction_id\":\"i1\",\"ts\":\"2026-03-01T09:00:00Z\",\"account_id\":\"a1\","
                + "\"input_tokens\":1,\"output_tokens\":2}\n";
        String longLine = "{\"x\":\"" + "y".repeat(JsonlRowReader.MAX_LINE_BYTES) + "\"}\n";

        ImportReport r = importInteractions("interactions.jsonl",
                (good + longLine + good.replace("i1", "i2")).getBytes(StandardCharsets.UTF_8));

        assertThat(interactions(r).imported()).isEqualTo(2);
        assertThat(rejections(r)).extracting(Rejection::reason).containsExactly(RejectReason.LINE_TOO_LONG);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
