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
    void longQuotedValuesInAnAccessLogDoNotOverflowTheStack() throws Exception {
        // found by mappedRecords: a 2,474-byte access-log line made the quoted-value pattern recurse once per
        // character inside java.util.regex until StackOverflowError; a line may be up to MAX_LINE_BYTES long
        String prefix = "203.0.113.2 - bob [27/Mar/2026:09:15:03 +0100] \"POST /v1/completions HTTP/1.1\" 200 512 ";
        int room = CsvRowReader.MAX_LINE_BYTES - prefix.length() - 200;
        String plain = "x".repeat(room);
        String escapes = "\\\"".repeat(room / 2); // \" repeated: every character is part of an escape
        String manyFields = " \"\"".repeat(room / 3); // thousands of empty extra fields
        String ok = prefix + "\"-\" \"" + plain + "\"\n" + prefix + "\"-\" \"" + escapes + "\"\n"
                + prefix + "\"-\" \"ua\"" + manyFields + "\n" + prefix + "\"" + plain + "\n";
        try (RecordSource s = RecordSources.open(SourceFormat.of(SourceFormat.Type.ACCESS_LOG),
                new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)))) {
            SourceRecord r1 = s.next();
            assertThat(r1.isBad()).as(r1.problemDetail() + "").isFalse();
            assertThat(r1.values().get("http_user_agent")).isEqualTo(plain);
            SourceRecord r2 = s.next();
            assertThat(r2.isBad()).isFalse();
            assertThat(r2.values().get("http_user_agent")).isEqualTo("\"".repeat(room / 2));
            SourceRecord r3 = s.next();
            assertThat(r3.isBad()).isFalse();
            assertThat(r3.values()).containsEntry("http_user_agent", "ua").containsEntry("extra" + room / 3, "");
            SourceRecord r4 = s.next(); // an unterminated quote: a bad record, not an error
            assertThat(r4.isBad()).isTrue();
            assertThat(s.next()).isNull();
        }
        byte[] found = Files.readAllBytes(Path.of("src/test/resources/ringscope/importer/ReaderFuzzTestInputs",
                "mappedRecords", "finding-access-log-stack-overflow"));
        try (RecordSource s = RecordSources.open(SourceFormat.of(SourceFormat.Type.ACCESS_LOG),
                new ByteArrayInputStream(found))) {
            int records = 0;
            while (s.next() != null) {
                records++;
            }
            assertThat(records).isPositive();
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

    private static final String HUGE_EXPONENT = "100000000000001e1" + "0".repeat(60);

    @Test
    void aNumberWithAHugeExponentQuarantinesTheNativeJsonLineInsteadOfEscaping() throws Exception {
        // found by nativeJsonlRows once floats were read as decimals: BigDecimal refused the exponent with a raw
        // NumberFormatException that ended the whole import
        String good = ROW + "}\n";
        try (JsonlRowReader reader = new JsonlRowReader(FileKind.INTERACTIONS, new ByteArrayInputStream(
                (good + ROW + ",\"latency_ms\":" + HUGE_EXPONENT + "}\n" + good).getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.next().isBad()).isFalse();
            RawRow bad = reader.next();
            assertThat(bad.problem()).isEqualTo(ringscope.model.RejectReason.OUT_OF_RANGE);
            assertThat(bad.lineNo()).isEqualTo(2);
            assertThat(reader.next().isBad()).isFalse();
        }
    }

    @Test
    void aNumberWithAHugeExponentIsABadRecordInJsonLinesAndAFileErrorInAJsonArray() throws Exception {
        SourceRecord r = firstRecord(SourceFormat.of(SourceFormat.Type.JSONL), ROW + ",\"x\":" + HUGE_EXPONENT + "}\n");
        assertThat(r.problem()).isEqualTo(ringscope.model.RejectReason.OUT_OF_RANGE);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> firstRecord(SourceFormat.of(SourceFormat.Type.JSON),
                "[" + ROW + ",\"x\":" + HUGE_EXPONENT + "}]")).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void formatDetectionSurvivesAHugeExponent() throws Exception {
        Path f = tmp.resolve("x.jsonl");
        Files.writeString(f, "{\"x\":" + HUGE_EXPONENT + "}\n{\"y\":1}\n", StandardCharsets.UTF_8);

        assertThat(new FormatDetector().detect(f).format().type()).isEqualTo(SourceFormat.Type.JSON);
    }

    @Test
    void aQuotingErrorInTheCsvHeaderIsAFileLevelSyntaxError() throws Exception {
        // found by nativeCsvRows: commons-csv's CSVException (an IOException) escaped from the header and was reported
        // as "Cannot read the dataset" (an I/O failure)
        byte[] header = "interaction_id,\"ts\"x,account_id\n".getBytes(StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CsvRowReader(FileKind.INTERACTIONS,
                new ByteArrayInputStream(header))).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("CSV syntax error in the header row");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> firstRecord(SourceFormat.csv(';'),
                "a;\"b\"x;c\n1;2;3\n")).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("CSV syntax error in the header row");
    }

    @Test
    void aTimePatternThatJavaTimeCannotBuildIsRefusedAsABadPattern() {
        // found by timestampParser: "%e%d" made java.time's DateTimeFormatterBuilder throw ClassCastException, which
        // escaped profile validation (and so the wizard and profile loading)
        TimeFormat f = new TimeFormat(TimeFormat.Kind.PATTERN, "%e%d/%m/%Y", "UTC");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimestampParser.compile(f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad time pattern");
    }

    @Test
    void aJsonArrayThatLooksLikeUtf32IsRefusedAsNotUtf8() {
        // found by mappedRecords: NUL bytes at the start made Jackson decode UTF-32 (CharConversionException)
        byte[] content = new byte[64];
        content[0] = '[';

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordSources.open(SourceFormat.of(
                SourceFormat.Type.JSON), new ByteArrayInputStream(content))).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("Not UTF-8");
    }
}
