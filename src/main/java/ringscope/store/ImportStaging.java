package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The staging tables of an import (V6, ADR 0002 revised) and how their rows reach the case. An import commits its
 * interactions (and, when the case had none, its aggregates) into {@code <table>_stage} in batches; nothing reads
 * those tables, so the rows stay invisible. Once the run is FINISHING, {@link #promote} moves them:
 * <ul>
 * <li>target empty (a first import, the campaign-scale case): the names are swapped ({@code target → target_swap},
 * {@code stage → target}, {@code target_swap → stage}), which costs nothing whatever the row count;</li>
 * <li>target holding rows (interactions of a later import): {@code MERGE ... KEY} in committed chunks of row ids,
 * which is idempotent, so a crash in the middle is finished by running it again.</li>
 * </ul>
 * Every step can be repeated after a crash: {@link #recover} completes a swap that was cut off, promotes the rows of a
 * FINISHING run and deletes the staged rows of a run that never got that far.
 */
public final class ImportStaging {
    /** A staged table: its target, the target's secondary indexes (dropped while it is empty, before a swap). */
    record Staged(String target, List<String> targetIndexes, boolean mergeable) {
        String stage() {
            return target + "_stage";
        }

        String swap() {
            return target + "_swap";
        }
    }

    static final Staged INTERACTION = new Staged("interaction", List.of("interaction_account_ts"), true);
    static final Staged ACTIVITY = new Staged("activity_bucket", List.of(), false);
    static final Staged ACCOUNT_TERM = new Staged("account_term", List.of("account_term_term"), false);
    static final List<Staged> ALL = List.of(INTERACTION, ACTIVITY, ACCOUNT_TERM);
    static final long MERGE_CHUNK = 200_000;

    private ImportStaging() {}

    /** Deletes every staged row (a run that did not reach FINISHING). Commits. */
    static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Staged t : ALL) {
                s.execute("TRUNCATE TABLE " + t.stage());
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    static boolean isEmpty(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST ROW ONLY")) {
            return !rs.next();
        }
    }

    /** Moves every staged row into its target and empties the stages; commits as it goes. Repeatable. */
    static void promote(Connection c) throws SQLException {
        finishSwaps(c);
        for (Staged t : ALL) {
            if (isEmpty(c, t.stage())) {
                continue;
            }
            if (isEmpty(c, t.target())) {
                swap(c, t);
            } else if (t.mergeable()) {
                mergeInChunks(c, t);
            } else {
                // aggregates are staged only when their target was empty at the start of the (single) running import
                throw new IllegalStateException("staged " + t.target() + " rows but the table is no longer empty");
            }
        }
    }

    private static void swap(Connection c, Staged t) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String index : t.targetIndexes()) {
                s.execute("DROP INDEX IF EXISTS " + index);
            }
            s.execute("ALTER TABLE " + t.target() + " RENAME TO " + t.swap());
            s.execute("ALTER TABLE " + t.stage() + " RENAME TO " + t.target());
            s.execute("ALTER TABLE " + t.swap() + " RENAME TO " + t.stage());
        }
    }

    /** Completes a swap cut off by a crash: {@code target_swap} exists only between the first and last rename. */
    private static void finishSwaps(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Staged t : ALL) {
                if (!exists(c, t.swap())) {
                    continue;
                }
                if (!exists(c, t.target())) {
                    s.execute("ALTER TABLE " + t.stage() + " RENAME TO " + t.target());
                }
                s.execute("ALTER TABLE " + t.swap() + " RENAME TO " + t.stage());
            }
        }
    }

    private static void mergeInChunks(Connection c, Staged t) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(row_id), MAX(row_id) FROM " + t.stage())) {
            rs.next();
            long min = rs.getLong(1);
            long max = rs.getLong(2);
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO " + t.target() + " KEY (row_id) SELECT * FROM "
                    + t.stage() + " WHERE row_id >= ? AND row_id < ?")) {
                for (long from = min; from <= max; from += MERGE_CHUNK) {
                    ps.setLong(1, from);
                    ps.setLong(2, from + MERGE_CHUNK);
                    ps.executeUpdate();
                    c.commit();
                }
            }
            s.execute("TRUNCATE TABLE " + t.stage());
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
            ps.setString(1, table.toUpperCase(java.util.Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * At case open, before anything reads: finishes cut-off swaps, promotes the staged rows of FINISHING runs and marks
     * them COMPLETE, and deletes the staged rows of any other run. Returns how many runs were rolled forward.
     */
    static int recover(Connection c) throws SQLException {
        finishSwaps(c);
        int finished = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM import_run WHERE status = 'FINISHING'")) {
            rs.next();
            finished = rs.getInt(1);
        }
        if (finished > 0) {
            promote(c);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE import_run SET status = 'COMPLETE' WHERE status = 'FINISHING'");
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } else {
            clear(c);
        }
        return finished;
    }
}
