package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Runs a query over many keys as IN lists of {@value #CHUNK} marks at a time (faster here than one query per key).
 * Stateless.
 */
final class InLists {
    static final int CHUNK = 500;

    /** A row of the query's result. */
    @FunctionalInterface
    interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Binds key {@code index} to parameter {@code parameter}. */
    @FunctionalInterface
    interface KeyBinder {
        void bind(PreparedStatement ps, int parameter, int index) throws SQLException;
    }

    private InLists() {}

    /**
     * Runs {@code sqlTemplate}, whose {@code %s} becomes the marks, over keys 0..{@code keys}-1 bound by
     * {@code binder}, handing every row to {@code sink}.
     */
    static void forChunks(Connection c, String sqlTemplate, int keys, KeyBinder binder, RowSink sink)
            throws SQLException {
        for (int from = 0; from < keys; from += CHUNK) {
            int len = Math.min(CHUNK, keys - from);
            try (PreparedStatement ps = c.prepareStatement(String.format(sqlTemplate,
                    String.join(", ", Collections.nCopies(len, "?"))))) {
                for (int i = 0; i < len; i++) {
                    binder.bind(ps, i + 1, from + i);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs);
                    }
                }
            }
        }
    }

    /** {@link #forChunks} over link ids (or any long keys). */
    static void forIds(Connection c, String sqlTemplate, long[] ids, RowSink sink) throws SQLException {
        forChunks(c, sqlTemplate, ids.length, (ps, parameter, index) -> ps.setLong(parameter, ids[index]), sink);
    }
}
