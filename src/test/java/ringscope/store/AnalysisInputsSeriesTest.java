package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;

/**
 * The analysis reads accounts' hourly series from the timeline's packed copy when it is current, else from the
 * activity table (in one scan for many accounts, per account for a few): all three give the same series, account by
 * account in ascending order. On the bundled classroom-reseller sample.
 */
class AnalysisInputsSeriesTest {
    @TempDir
    Path tmp;

    @Test
    void thePackedCopyAndTheActivityTableGiveTheSameSeries() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            new ImportService(store).importDataset(Path.of("datasets", "classroom-reseller"), ImportOptions.defaults(),
                    ProgressSink.NONE, CancelToken.none());
            AnalysisInputs inputs = new AnalysisInputs(store);
            List<Integer> refs = inputs.accounts().stream().map(a -> a.ref()).toList();
            // more than 2,000 wanted (refs that do not exist among them) takes the one-scan path
            List<Integer> many = new ArrayList<>(refs);
            IntStream.range(0, 2_001).forEach(i -> many.add(-1 - i));
            try (Connection c = store.connect()) {
                assertThat(ActivitySeries.isCurrent(c)).isTrue();
            }
            Map<Integer, String> packed = read(inputs, refs);
            assertThat(packed).hasSizeGreaterThan(100);
            assertThat(new ArrayList<>(packed.keySet())).isSorted();
            try (Connection c = store.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM case_info WHERE info_key = '" + ActivitySeries.MARKER + "'");
                assertThat(ActivitySeries.isCurrent(c)).isFalse();
            }
            assertThat(read(inputs, refs)).as("per account").isEqualTo(packed);
            assertThat(read(inputs, many)).as("one scan").isEqualTo(packed);
        }
    }

    private static Map<Integer, String> read(AnalysisInputs inputs, List<Integer> refs) {
        Map<Integer, String> out = new LinkedHashMap<>();
        inputs.forEachSeries(refs, (a, hours, counts) -> out.put(a, Arrays.toString(hours) + Arrays.toString(counts)));
        return out;
    }
}
