package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountProfile;
import ringscope.model.EventRecord;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;

/**
 * Reads what the link analysis needs from the import's aggregate tables (account, account_term, activity_bucket,
 * payment, event); never aggregates the raw interaction table.
 */
public final class AnalysisInputs {
    private final CaseStore store;

    public AnalysisInputs(CaseStore store) {
        this.store = store;
    }

    public List<AccountProfile> accounts() {
        String sql = "SELECT id, account_id, created_ms, email_domain, email_hash, signup_ip, payment_fingerprint,"
                + " verification_path, status, COALESCE(status_changed_ms, -1), interactions, COALESCE(first_ms, -1),"
                + " COALESCE(last_ms, -1) FROM account ORDER BY id";
        List<AccountProfile> out = new ArrayList<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new AccountProfile(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** Receives the users of one shared value; {@code uses} is complete (all accounts that used the value). */
    @FunctionalInterface
    public interface ValueGroupConsumer {
        void accept(int termRef, String value, List<ValueUse> uses);
    }

    /** Streams every value of {@code kind} with the accounts that used it, one value at a time. */
    public void forEachValue(TermKind kind, ValueGroupConsumer consumer) {
        String sql = "SELECT at.term_ref, t.term_value, at.account_ref, at.interactions, at.first_ms, at.last_ms"
                + " FROM account_term at JOIN term t ON t.id = at.term_ref WHERE t.kind = ?"
                + " ORDER BY at.term_ref, at.account_ref";
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, kind.code());
            try (ResultSet rs = ps.executeQuery()) {
                int current = -1;
                String value = null;
                List<ValueUse> uses = new ArrayList<>();
                while (rs.next()) {
                    int term = rs.getInt(1);
                    if (term != current && current != -1) {
                        consumer.accept(current, value, uses);
                        uses = new ArrayList<>();
                    }
                    current = term;
                    value = rs.getString(2);
                    uses.add(new ValueUse(rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getLong(6)));
                }
                if (current != -1) {
                    consumer.accept(current, value, uses);
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Hourly activity of the given accounts: account → {bucket hour numbers, counts}, in time order. */
    public Map<Integer, long[][]> hourlySeries(java.util.Set<Integer> accounts) {
        Map<Integer, long[][]> out = new HashMap<>();
        String sql = "SELECT bucket_ms, interactions FROM activity_bucket WHERE account_ref = ? ORDER BY bucket_ms";
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int a : accounts) {
                ps.setInt(1, a);
                List<long[]> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new long[] {rs.getLong(1) / 3_600_000L, rs.getInt(2)});
                    }
                }
                long[] hours = new long[rows.size()];
                long[] counts = new long[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    hours[i] = rows.get(i)[0];
                    counts[i] = rows.get(i)[1];
                }
                out.put(a, new long[][] {hours, counts});
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    public List<EventRecord> events() {
        List<EventRecord> out = new ArrayList<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, ts_ms, kind, label, COALESCE(account_ref, 0), source_file_id,"
                        + " line_no FROM event ORDER BY ts_ms, id")) {
            while (rs.next()) {
                out.add(new EventRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getLong(7)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** Payment instruments seen per account in payments.csv: instrument → accounts. */
    public Map<String, List<Integer>> paymentInstruments() {
        Map<String, List<Integer>> out = new HashMap<>();
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT instrument_fingerprint, account_ref FROM payment"
                        + " ORDER BY 1, 2")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }
}
