package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import ringscope.model.AccountTermCell;
import ringscope.model.AccountTotals;
import ringscope.model.ActivityCell;

/**
 * Adds the aggregate cells an import computed to the case, possibly in several instalments (the importer hands its
 * cells over whenever they pass its memory budget). Where each table goes is decided once, when the run starts:
 * <ul>
 * <li>the table held rows (a later import): cells are added to the stored ones by MERGE inside the import's
 * transaction;</li>
 * <li>the table was empty (a first import, the campaign-scale case): cells go to its staging table in committed
 * batches, promoted with the interactions when the run finishes ({@link ImportStaging}); the first instalment is
 * inserted, later ones are added by MERGE.</li>
 * </ul>
 * A cell may carry a negative count (rows quarantined after their cell was written); a stored cell that comes down to
 * zero interactions is deleted. Writing thread only.
 */
public final class AggregateWriter {
    private static final int BATCH = 5000;

    private final ImportTransaction tx;
    private final Table activity;
    private final Table terms;

    /** One aggregate table: where it goes and whether its staging table already has rows of this run. */
    private static final class Table {
        final String name;
        final String[] columns;
        final String key;
        final String combine;
        final String keyType;
        final boolean staged;
        boolean written;

        Table(String name, String[] columns, String keyType, String combine, boolean staged) {
            this.name = name;
            this.keyType = keyType;
            this.columns = columns;
            this.key = "t." + columns[0] + " = s." + columns[0] + " AND t." + columns[1] + " = s." + columns[1];
            this.combine = combine;
            this.staged = staged;
        }
    }

    public AggregateWriter(ImportTransaction tx) {
        this.tx = tx;
        this.activity = new Table("activity_bucket", new String[] {"account_ref", "bucket_ms", "interactions",
                "input_tokens", "output_tokens"}, "BIGINT", "input_tokens = t.input_tokens + s.input_tokens,"
                        + " output_tokens = t.output_tokens + s.output_tokens", isEmpty("activity_bucket"));
        this.terms = new Table("account_term", new String[] {"account_ref", "term_ref", "interactions", "first_ms",
                "last_ms"}, "INT", "first_ms = LEAST(t.first_ms, s.first_ms), last_ms = GREATEST(t.last_ms, s.last_ms)",
                isEmpty("account_term"));
    }

    /** Adds per account × hour cells. */
    public void addActivity(Iterator<ActivityCell> cells) {
        write(activity, cells, ActivityCell::interactions, (ps, a) -> {
            ps.setInt(1, a.accountRef());
            ps.setLong(2, a.bucketMs());
            ps.setInt(3, a.interactions());
            ps.setLong(4, a.inputTokens());
            ps.setLong(5, a.outputTokens());
            return a.interactions() < 0 ? new long[] {a.accountRef(), a.bucketMs()} : null;
        });
    }

    /** Adds per account × term cells. */
    public void addAccountTerms(Iterator<AccountTermCell> cells) {
        write(terms, cells, AccountTermCell::interactions, (ps, a) -> {
            ps.setInt(1, a.accountRef());
            ps.setInt(2, a.termRef());
            ps.setInt(3, a.interactions());
            ps.setLong(4, a.firstMs());
            ps.setLong(5, a.lastMs());
            return a.interactions() < 0 ? new long[] {a.accountRef(), a.termRef()} : null;
        });
    }

    /** Binds one cell; returns its key when its count is negative (the stored cell may come down to zero). */
    @FunctionalInterface
    private interface Binder<T> {
        long[] bind(PreparedStatement ps, T cell) throws SQLException;
    }

    /**
     * Writes one instalment. A cell with a zero count changes a stored cell (its rows were quarantined, others were
     * added) and is merged; in a first instalment it means every row of the cell was quarantined: nothing to insert.
     */
    private <T> void write(Table t, Iterator<T> cells, java.util.function.ToIntFunction<T> countOf,
            Binder<T> binder) {
        boolean merge = !t.staged || t.written;
        String target = t.staged ? t.name + "_stage" : t.name;
        String cols = String.join(", ", t.columns);
        String sql = merge
                ? "MERGE INTO " + target + " t USING (VALUES (CAST(? AS INT), CAST(? AS " + t.keyType + "),"
                        + " CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS BIGINT))) s(" + cols + ") ON " + t.key
                        + " WHEN MATCHED THEN UPDATE SET interactions = t.interactions + s.interactions, "
                        + t.combine + " WHEN NOT MATCHED THEN INSERT VALUES (s." + String.join(", s.", t.columns) + ")"
                : "INSERT INTO " + target + " (" + cols + ") VALUES (?, ?, ?, ?, ?)";
        Connection c = t.staged ? tx.stageConnection() : tx.connection();
        List<long[]> shrunk = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            while (cells.hasNext()) {
                T cell = cells.next();
                if (!merge && countOf.applyAsInt(cell) == 0) {
                    continue;
                }
                long[] key = binder.bind(ps, cell);
                if (key != null) {
                    if (!merge) {
                        throw new IllegalStateException("a negative " + t.name + " cell in a first instalment");
                    }
                    shrunk.add(key);
                }
                ps.addBatch();
                if (++n % BATCH == 0) {
                    flush(ps, c, t.staged);
                }
            }
            flush(ps, c, t.staged);
            deleteEmptied(t, target, c, shrunk);
            t.written = true;
        } catch (SQLException e) {
            throw tx.fail(e);
        }
    }

    /** Deletes stored cells that quarantined rows brought down to zero interactions. */
    private static void deleteEmptied(Table t, String target, Connection c, List<long[]> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + target + " WHERE " + t.columns[0]
                + " = ? AND " + t.columns[1] + " = ? AND interactions <= 0")) {
            for (long[] k : keys) {
                ps.setLong(1, k[0]);
                ps.setLong(2, k[1]);
                ps.addBatch();
            }
            flush(ps, c, t.staged);
        }
    }

    /** Executes the batch; a staging batch is committed at once (the import's transaction stays small). */
    private static void flush(PreparedStatement ps, Connection c, boolean staged) throws SQLException {
        ps.executeBatch();
        if (staged) {
            c.commit();
        }
    }

    public void addAccountTotals(Iterator<AccountTotals> totals) {
        String sql = "UPDATE account SET interactions = interactions + ?, input_tokens = input_tokens + ?,"
                + " output_tokens = output_tokens + ?, first_ms = LEAST(COALESCE(first_ms, ?), ?),"
                + " last_ms = GREATEST(COALESCE(last_ms, ?), ?) WHERE id = ?";
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            int n = 0;
            while (totals.hasNext()) {
                AccountTotals t = totals.next();
                ps.setLong(1, t.interactions());
                ps.setLong(2, t.inputTokens());
                ps.setLong(3, t.outputTokens());
                ps.setLong(4, t.firstMs());
                ps.setLong(5, t.firstMs());
                ps.setLong(6, t.lastMs());
                ps.setLong(7, t.lastMs());
                ps.setInt(8, t.accountRef());
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw tx.fail(e);
        }
    }

    /** True when the table had no rows before this import (then plain inserts are safe). */
    private boolean isEmpty(String table) {
        return tx.nextId(table, "account_ref") == 1;
    }
}
