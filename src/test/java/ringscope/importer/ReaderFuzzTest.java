package ringscope.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Jazzer fuzz targets for every reader of untrusted bytes (RELIABILITY.md B3, B4, C11, D11). The contract under
 * test: a reader either returns rows (each one good, bad with a reason and a line, or blank) or refuses the whole file
 * with {@link ImportFileException}; nothing else escapes (no {@code IOException} from an in-memory stream, no
 * {@code RuntimeException}, no {@code StackOverflowError}), and valid text is never altered.
 *
 * <p>In CI these run in regression mode over the seeds in {@code ReaderFuzzTestInputs/<method>/} (built from the A-D
 * fixtures by {@link FuzzSeeds}). Fuzz mode: {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest#lineSource}, one
 * target per run; the limits below apply only there.
 */
@Tag("fuzz")
class ReaderFuzzTest {
    /** Fuzz-mode budget per target (ignored in regression mode). */
    static final long MAX_EXECUTIONS = 10_000_000L;

    static final String MAX_DURATION = "40m";

    private static final int MAX_ROWS = 100_000;

    @FuzzTest(maxDuration = MAX_DURATION, maxExecutions = MAX_EXECUTIONS)
    void lineSource(byte[] data) throws IOException {
        LineSource lines = new LineSource(new ByteArrayInputStream(data), 64);
        long expectedNo = 1;
        long lastOffset = -1;
        LineSource.Line l;
        while ((l = lines.next()) != null) {
            assertThat(l.lineNo()).isEqualTo(expectedNo++);
            assertThat(l.byteOffset()).isGreaterThan(lastOffset).isLessThanOrEqualTo(data.length);
            lastOffset = l.byteOffset();
            if (l.invalidUtf8At() >= 0) {
                assertThat(l.invalidUtf8At()).isBetween(l.byteOffset(), (long) data.length - 1);
                assertThat(l.raw()).contains("\\x");
            } else if (!l.tooLong()) {
                // valid text round-trips to exactly the bytes of the line: nothing dropped, nothing replaced
                byte[] own = l.text().getBytes(StandardCharsets.UTF_8);
                int from = (int) l.byteOffset();
                assertThat(Arrays.copyOfRange(data, from, from + own.length)).isEqualTo(own);
                int end = from + own.length;
                assertThat(end == data.length || data[end] == '\n' || data[end] == '\r')
                        .as("line %d ends at a line break", l.lineNo()).isTrue();
                assertThat(l.raw()).isEqualTo(l.text());
            }
        }
        assertThat(expectedNo - 1).isLessThanOrEqualTo(data.length + 1L);
    }

    @FuzzTest(maxDuration = MAX_DURATION, maxExecutions = MAX_EXECUTIONS)
    void nativeCsvRows(byte[] data) throws IOException {
        RowReader reader;
        try {
            reader = new CsvRowReader(FileKind.INTERACTIONS, new ByteArrayInputStream(data));
        } catch (ImportFileException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        drain(reader, data);
    }

    @FuzzTest(maxDuration = MAX_DURATION, maxExecutions = MAX_EXECUTIONS)
    void nativeJsonlRows(byte[] data) throws IOException {
        drain(new JsonlRowReader(FileKind.INTERACTIONS, new ByteArrayInputStream(data)), data);
    }

    /** Reads every row; checks each is well-formed and that blank rows match the reader's blank count. */
    private static void drain(RowReader reader, byte[] data) throws IOException {
        long blank = 0;
        long lastLine = 0;
        boolean literalReplacement = containsReplacementBytes(data); // once per input, not once per row
        try (reader) {
            RawRow r;
            for (int n = 0; (r = reader.next()) != null; n++) {
                assertThat(n).isLessThan(MAX_ROWS);
                assertThat(r.lineNo()).isGreaterThan(lastLine);
                lastLine = r.lineNo();
                assertThat(r.byteOffset()).isBetween(0L, (long) data.length);
                if (r.isBlank()) {
                    blank++;
                } else if (r.isBad()) {
                    assertThat(r.problemDetail()).isNotBlank();
                    assertThat(r.cells()).isNull();
                } else {
                    assertThat(r.cells()).hasSize(FileKind.INTERACTIONS.columns().size());
                    assertNoReplacementChar(literalReplacement, r.cells());
                }
            }
            assertThat(reader.blankLines()).isEqualTo(blank);
        } catch (ImportFileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** {@code literalReplacement}: the input holds the bytes of U+FFFD ({@link #containsReplacementBytes}). */
    private static void assertNoReplacementChar(boolean literalReplacement, String... cells) {
        if (literalReplacement) {
            return; // a literal U+FFFD in the input is legitimate text
        }
        for (String c : cells) {
            if (c != null) {
                assertThat(c).as("no U+FFFD invented for bad bytes").doesNotContain("\uFFFD");
            }
        }
    }

    private static boolean containsReplacementBytes(byte[] data) {
        for (int i = 0; i + 2 < data.length; i++) {
            if ((data[i] & 0xFF) == 0xEF && (data[i + 1] & 0xFF) == 0xBF && (data[i + 2] & 0xFF) == 0xBD) {
                return true;
            }
        }
        return false;
    }

    @FuzzTest(maxDuration = MAX_DURATION, maxExecutions = MAX_EXECUTIONS)
    void strictJson(byte[] data) throws IOException {
        ObjectMapper mapper = STRICT;
        JsonNode node;
        try {
            // the readers hand Jackson text already decoded as strict UTF-8 (never raw bytes to auto-detect)
            node = StrictJson.readTree(mapper, mapper.createParser(new String(data, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            return; // the documented refusal: syntax, duplicate key, trailing tokens, a constraint
        }
        if (node == null || node.isMissingNode()) {
            return;
        }
        // what was accepted survives a round trip with every value unchanged (no silent coercion); a number may change
        // its notation, not its value: 0e-0 is written back as 0 (found by this target). The notation written back may
        // also be longer than the one read (a 101-character decimal comes back as 4.07...E+29, past the 100-digit
        // limit; found by this target), so the check reads it back without the length limits: it tests the values
        JsonNode again = ROUND_TRIP.readTree(mapper.writeValueAsBytes(node));
        assertThat(again.equals(ReaderFuzzTest::sameValue, node)).as("%s round-trips to %s", node, again).isTrue();
    }

    /**
     * The strict mapper under test, built once: an {@code ObjectMapper} is immutable once configured and thread-safe
     * (the importer's {@code ProfileJson} keeps one the same way); building one per input was set-up, not code under
     * test.
     */
    private static final ObjectMapper STRICT = StrictJson.mapper();

    /** The strict mapper without size limits, to read back what it wrote (values, not constraints, are checked). */
    private static final ObjectMapper ROUND_TRIP = unlimited();

    private static ObjectMapper unlimited() {
        ObjectMapper m = StrictJson.mapper().copy();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE)
                .maxStringLength(Integer.MAX_VALUE).build());
        return m;
    }

    private static int sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    /**
     * The mapped-import record sources. The first byte picks the format: {@code '0'}-{@code '3'} CSV with delimiter
     * {@code , ; TAB |}, {@code '4'} CSV without quoting, {@code '5'} JSON Lines, {@code '6'} JSON array,
     * {@code '7'} access log; the rest is the file.
     */
    @FuzzTest(maxDuration = MAX_DURATION, maxExecutions = MAX_EXECUTIONS)
    void mappedRecords(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        SourceFormat format = formatFor(data[0]);
        byte[] file = Arrays.copyOfRange(data, 1, data.length);
        try (RecordSource source = RecordSources.open(format, new ByteArrayInputStream(file))) {
            SourceRecord r;
            long lastLine = 0;
            boolean literalReplacement = containsReplacementBytes(file); // once per input, not once per record
            for (int n = 0; (r = source.next()) != null; n++) {
                assertThat(n).isLessThan(MAX_ROWS);
                assertThat(r.lineNo()).isGreaterThanOrEqualTo(lastLine).isPositive();
                lastLine = r.lineNo();
                if (r.isBad()) {
                    assertThat(r.problem()).isNotNull();
                    assertThat(r.problemDetail()).isNotBlank();
                } else {
                    assertNoReplacementChar(literalReplacement, r.values().values().toArray(String[]::new));
                }
            }
            assertThat(source.blankLines()).isNotNegative();
        } catch (ImportFileException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    static SourceFormat formatFor(byte selector) {
        int k = (selector - '0') & 7;
        return switch (k) {
            case 0, 1, 2, 3 -> SourceFormat.csv(",;\t|".charAt(k));
            case 4 -> new SourceFormat(SourceFormat.Type.CSV, ",", "", List.of());
            case 5 -> SourceFormat.of(SourceFormat.Type.JSONL);
            case 6 -> SourceFormat.of(SourceFormat.Type.JSON);
            default -> new SourceFormat(SourceFormat.Type.ACCESS_LOG, ",", "\"", List.of("api_key"));
        };
    }

    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "Australia/Lord_Howe", "");

    /**
     * TimestampParser. Byte 0 picks the kind (ISO, EPOCH_S, EPOCH_MS, PATTERN, ACCESS_LOG), byte 1 the zone; the rest
     * is {@code pattern \n value} (the pattern is used for PATTERN only).
     */
    @FuzzTest(maxDuration = MAX_DURATION, maxExecutions = MAX_EXECUTIONS)
    void timestampParser(byte[] data) {
        if (data.length < 2) {
            return;
        }
        TimeFormat.Kind kind = TimeFormat.Kind.values()[((data[0] - '0') & 0xFF) % TimeFormat.Kind.values().length];
        String zone = ZONES.get(((data[1] - '0') & 0xFF) % ZONES.size());
        String rest = new String(data, 2, data.length - 2, StandardCharsets.UTF_8);
        int nl = rest.indexOf('\n');
        String pattern = nl < 0 ? "" : rest.substring(0, nl);
        String value = nl < 0 ? rest : rest.substring(nl + 1);
        TimestampParser parser;
        try {
            parser = TimestampParser.compile(new TimeFormat(kind, pattern, zone.isEmpty() ? null : zone));
        } catch (IllegalArgumentException e) {
            assertThat(kind).as("only a pattern can fail to compile").isEqualTo(TimeFormat.Kind.PATTERN);
            return;
        }
        try {
            TimestampParser.Parsed p = parser.parse("ts", value);
            assertThat(TimestampParser.display(p.epochMs())).isNotBlank();
            if (kind == TimeFormat.Kind.ISO && value.strip().matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z")) {
                // ISO-8601 allows hh:mm without seconds, which Instant.parse refuses (found by this target): compare
                // with the offset date-time parser, which takes both
                assertThat(p.epochMs()).isEqualTo(java.time.OffsetDateTime.parse(value.strip()).toInstant()
                        .toEpochMilli());
            }
        } catch (RowRejectedException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = MAX_DURATION, maxExecutions = MAX_EXECUTIONS)
    void mappingProfileJson(byte[] data) {
        MappingProfile p;
        try {
            p = ProfileJson.read(data);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        // an accepted profile is valid, and writes back to the same profile with the same fingerprint
        MappingProfile again = ProfileJson.read(ProfileJson.write(p));
        assertThat(again).isEqualTo(p);
        assertThat(ProfileJson.sha256(again)).isEqualTo(ProfileJson.sha256(p));
    }

    /**
     * One detector for all inputs, as the application keeps one ({@code Composition}): its only state is the strict
     * mapper, immutable once built, so a fresh detector per input only repeated that set-up.
     */
    private static final FormatDetector DETECTOR = new FormatDetector();

    @FuzzTest(maxDuration = MAX_DURATION, maxExecutions = MAX_EXECUTIONS)
    void formatDetector(byte[] data) throws IOException {
        java.nio.file.Path f = FuzzFiles.write("sample.txt", data);
        DetectedFormat d = DETECTOR.detect(f);
        assertThat(d.format()).isNotNull();
        d.format().validate();
        assertThat(d.explanation()).isNotBlank();
    }
}
