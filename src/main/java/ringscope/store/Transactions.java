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

    /**
     * Runs {@code work} with auto-commit off and commits; on any failure rolls back. Auto-commit is as it was
     * afterwards.
     */
    static <T> T inOne(Connection c, Work<T> work) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T out = work.run();
            c.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** As {@link #inOne(Connection, Work)} at the given isolation level, which is as it was afterwards. */
    static <T> T inOne(Connection c, int isolation, Work<T> work) throws SQLException {
        int before = c.getTransactionIsolation();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        c.setTransactionIsolation(isolation);
        try {
            return inOne(c, work);
        } finally {
            c.setTransactionIsolation(before);
            c.setAutoCommit(auto);
        }
    }
}
