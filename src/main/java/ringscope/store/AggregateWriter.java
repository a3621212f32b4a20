package ringscope.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import ringscope.model.AccountTermCell;
import ringscope.model.AccountTotals;
import ringscope.model.ActivityCell;

/**
 * Writes the aggregates an import computed in memory. When the case already held data, cells are merged by adding to
 * existing ones inside the import's transaction; into an empty table they are inserted into the staging table in
 * committed batches (promoted with the interactions when the run finishes, {@link ImportStaging}).
 */
public final class AggregateWriter {
    private static final int BATCH = 5000;
    private final ImportTransaction tx;

    public AggregateWriter(ImportTransaction tx) {
        this.tx = tx;
    }

    public void writeActivity(Iterator<ActivityCell> cells, boolean merge) {
        String sql = merge
                ? "MERGE INTO activity_bucket t USING (VALUES (CAST(? AS INT), CAST(? AS BIGINT), CAST(? AS INT),"
                        + " CAST(? AS BIGINT), CAST(? AS BIGINT))) s(a, b, n, i, o) ON t.account_ref = s.a AND"
                        + " t.bucket_ms = s.b WHEN MATCHED THEN UPDATE SET interactions = t.interactions + s.n,"
                        + " input_tokens = t.input_tokens + s.i, output_tokens = t.output_tokens + s.o"
                        + " WHEN NOT MATCHED THEN INSERT VALUES (s.a, s.b, s.n, s.i, s.o)"
                : "INSERT INTO activity_bucket_stage (account_ref, bucket_ms, interactions, input_tokens, output_tokens)"
                        + " VALUES (?, ?, ?, ?, ?)";
        java.sql.Connection c = merge ? tx.connection() : tx.stageConnection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            while (cells.hasNext()) {
                ActivityCell a = cells.next();
                ps.setInt(1, a.accountRef());
                ps.setLong(2, a.bucketMs());
                ps.setInt(3, a.interactions());
                ps.setLong(4, a.inputTokens());
                ps.setLong(5, a.outputTokens());
                ps.addBatch();
                if (++n % BATCH == 0) {
                    flush(ps, c, merge);
                }
            }
            flush(ps, c, merge);
        } catch (SQLException e) {
            throw tx.fail(e);
        }
    }

    /** Executes the batch; a staging batch is committed at once (the import's transaction stays small). */
    private static void flush(PreparedStatement ps, java.sql.Connection c, boolean merge) throws SQLException {
        ps.executeBatch();
        if (!merge) {
            c.commit();
        }
    }

    public void writeAccountTerms(Iterator<AccountTermCell> cells, boolean merge) {
        String sql = merge
                ? "MERGE INTO account_term t USING (VALUES (CAST(? AS INT), CAST(? AS INT), CAST(? AS INT),"
                        + " CAST(? AS BIGINT), CAST(? AS BIGINT))) s(a, r, n, f, l) ON t.account_ref = s.a AND"
                        + " t.term_ref = s.r WHEN MATCHED THEN UPDATE SET interactions = t.interactions + s.n,"
                        + " first_ms = LEAST(t.first_ms, s.f), last_ms = GREATEST(t.last_ms, s.l)"
                        + " WHEN NOT MATCHED THEN INSERT VALUES (s.a, s.r, s.n, s.f, s.l)"
                : "INSERT INTO account_term_stage (account_ref, term_ref, interactions, first_ms, last_ms)"
                        + " VALUES (?, ?, ?, ?, ?)";
        java.sql.Connection c = merge ? tx.connection() : tx.stageConnection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            while (cells.hasNext()) {
                AccountTermCell a = cells.next();
                ps.setInt(1, a.accountRef());
                ps.setInt(2, a.termRef());
                ps.setInt(3, a.interactions());
                ps.setLong(4, a.firstMs());
                ps.setLong(5, a.lastMs());
                ps.addBatch();
                if (++n % BATCH == 0) {
                    flush(ps, c, merge);
                }
            }
            flush(ps, c, merge);
        } catch (SQLException e) {
            throw tx.fail(e);
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
    public boolean isEmpty(String table) {
        return tx.nextId(table, "account_ref") == 1;
    }
}
