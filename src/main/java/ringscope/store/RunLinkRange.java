package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where one analysis run's links are: {@link AnalysisWriter} gives a run's links consecutive ids, so they are the
 * primary-key range [{@code first}, {@code first + count - 1}] ({@code analysis_run.first_link} and {@code links},
 * V13). The link table has no index on its run since V13 (upkeep of that index was a quarter of saving a
 * campaign-scale run), so a run's links are read and deleted by this range.
 */
record RunLinkRange(long first, long count) {
    static RunLinkRange of(Connection c, long runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT first_link, links FROM analysis_run WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new RunLinkRange(rs.getLong(1), rs.getLong(2)) : new RunLinkRange(0, 0);
            }
        }
    }

    long last() {
        return first + count - 1;
    }

    /** Sets the two parameters of {@code id BETWEEN ? AND ?} at {@code index}; returns the next index. */
    int bind(PreparedStatement ps, int index) throws SQLException {
        ps.setLong(index, first);
        ps.setLong(index + 1, last());
        return index + 2;
    }
}
