package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path tmp;

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndReadBackUnchanged() throws Exception {
        Path file = tmp.resolve("t.csv");
        List<String> values = List.of("plain", "Mozilla/5.0 (KHTML, like Gecko)", "say \"hi\"", "two\nlines", "");
        try (CsvWriter w = new CsvWriter(file, List.of("a", "b", "c", "d", "e"))) {
            values.forEach(w::text);
            w.endRow();
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "a,b,c,d,e\nplain,\"Mozilla/5.0 (KHTML, like Gecko)\",\"say \"\"hi\"\"\",\"two\nlines\",\n");
        assertThat(TestDatasets.read(file).get(0).values()).containsExactlyElementsOf(values);
    }

    @Test
    void timesAreIsoUtcWithSecondsAndATrailingZ() throws Exception {
        Path file = tmp.resolve("t.csv.gz");
        try (CsvWriter w = new CsvWriter(file, List.of("ts", "never"))) {
            w.time(1_772_373_909L).time(-1).endRow();
            w.time(1_772_323_200L).time(-1).endRow();
        }
        var rows = TestDatasets.read(file);
        assertThat(rows.get(0).values()).containsExactly("2026-03-01T14:05:09Z", "");
        assertThat(rows.get(1).values()).containsExactly("2026-03-01T00:00:00Z", "");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsABug() throws Exception {
        try (CsvWriter w = new CsvWriter(tmp.resolve("t.csv"), List.of("a", "b"))) {
            w.text("only one");
            assertThatThrownBy(w::endRow).isInstanceOf(IllegalStateException.class);
            w.text("second");
            w.endRow();
        }
    }

    @Test
    void interactionIdsComeFromABijectionSoTheyNeverRepeat() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long i = 0; i < 200_000; i++) {
            assertThat(seen.add(Mix.permute48(i))).isTrue();
        }
        assertThat(Mix.permute48((1L << 48) - 1)).isBetween(0L, (1L << 48) - 1);
    }

    @Test
    void seriesExponentMatchesStrictMath() {
        for (double x = 0; x < 1; x += 0.001) {
            assertThat(Rng.expNegSmall(x)).isCloseTo(StrictMath.exp(-x), org.assertj.core.data.Offset.offset(1e-15));
        }
    }
}
