package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.CancelToken;
import ringscope.model.ProgressSink;
import ringscope.model.TermKind;

/**
 * The analysis reads each kind's values with their uses by scanning {@code account_term} and sorting in memory; what
 * it hands out is exactly what the join of the uses with their values, ordered by value and account, gives. On the
 * bundled classroom-reseller sample, for every kind of value.
 */
class AnalysisInputsValuesTest {
    @TempDir
    Path tmp;

    @Test
    void valuesComeInTermOrderWithTheirUsesByAccountAsTheOrderedJoinGivesThem() throws Exception {
        try (CaseStore store = CaseStore.create(tmp.resolve("case"))) {
            new ImportService(store).importDataset(Path.of("datasets", "classroom-reseller"), ImportOptions.defaults(),
                    ProgressSink.NONE, CancelToken.none());
            AnalysisInputs inputs = new AnalysisInputs(store);
            int kindsWithValues = 0;
            for (TermKind kind : TermKind.values()) {
                List<String> read = new ArrayList<>();
                inputs.forEachValue(kind, (term, value, uses) -> uses.forEach(u -> read.add(term + " " + value + " "
                        + u.accountRef() + " " + u.interactions() + " " + u.firstMs() + " " + u.lastMs())));
                List<String> joined = new ArrayList<>();
                try (Connection c = store.connect(); PreparedStatement ps = c.prepareStatement("SELECT at.term_ref,"
                        + " t.term_value, at.account_ref, at.interactions, at.first_ms, at.last_ms FROM account_term at"
                        + " JOIN term t ON t.id = at.term_ref WHERE t.kind = ? ORDER BY at.term_ref, at.account_ref")) {
                    ps.setString(1, kind.code());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            joined.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getInt(4)
                                    + " " + rs.getLong(5) + " " + rs.getLong(6));
                        }
                    }
                }
                assertThat(read).as(kind.name()).isEqualTo(joined);
                kindsWithValues += joined.isEmpty() ? 0 : 1;
            }
            assertThat(kindsWithValues).isGreaterThanOrEqualTo(4);
        }
    }
}
