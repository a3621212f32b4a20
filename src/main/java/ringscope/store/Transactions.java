package ringscope.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a connection the caller holds: committed, or rolled back on any failure. */
final class Transactions {
    /** Work on the connection that may throw SQL errors. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transactions() {}

    /** Runs {@code work} with auto-commit off, commits, and leaves auto-commit on again (rolled back on failure). */
    static <T> T inOne(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T out = work.run();
            c.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
