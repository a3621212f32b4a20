package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountProfile;
import ringscope.model.EventRecord;
import ringscope.model.IpInfoRecord;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;

/**
 * Reads what the link analysis needs from the import's aggregate tables (account, account_term, activity_bucket,
 * payment, event, ip_info). Never aggregates the raw interaction table (ARCHITECTURE.md: 20-40 s per GROUP BY at
 * 10M rows). Each call opens and closes its own connection; callable from any one thread at a time per instance.
 */
public final class AnalysisInputs {
    private final CaseStore store;

    public AnalysisInputs(CaseStore store) {
        this.store = store;
    }

    /**
     * A connection whose queries stream their rows (H2's lazy query execution). Otherwise H2 writes a whole result
     * larger than its in-memory row limit to a temporary store before it returns the first row: at campaign scale
     * most of the scoring step went into copying the 36.5M-interaction case's activity table that way (JFR), and much
     * of the value-reading rules' time too.
     */
    private Connection connect() throws SQLException {
        Connection c = store.connect();
        try (Statement s = c.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION TRUE");
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Every account with its import totals, in ascending ref order. */
    public List<AccountProfile> accounts() {
        String sql = "SELECT id, account_id, created_ms, email_domain, email_hash, signup_ip, payment_fingerprint,"
                + " verification_path, status, COALESCE(status_changed_ms, -1), interactions, COALESCE(first_ms, -1),"
                + " COALESCE(last_ms, -1) FROM account ORDER BY id";
        List<AccountProfile> out = new ArrayList<>();
        try (Connection c = connect();
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

    /** Receives the users of one value; {@code uses} is complete (every account that used the value), by account. */
    @FunctionalInterface
    public interface ValueGroupConsumer {
        void accept(int termRef, String value, List<ValueUse> uses);
    }

    /**
     * Streams every value of {@code kind} with the accounts that used it, one value at a time, in term order (uses by
     * account). Reads the whole {@code account_term} table in its key order and keeps the kind's rows, then sorts them
     * here: the join by value fetched each use by its own look-up, in no order the table's pages follow, and most of
     * the value rules' time went there at campaign scale (3.2M uses).
     */
    public void forEachValue(TermKind kind, ValueGroupConsumer consumer) {
        try (Connection c = connect()) {
            Map<Integer, String> values = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, term_value FROM term WHERE kind = ?")) {
                ps.setString(1, kind.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.put(rs.getInt(1), rs.getString(2));
                    }
                }
            }
            UseRows rows = new UseRows();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT term_ref, account_ref, interactions, first_ms, last_ms"
                            + " FROM account_term")) {
                while (rs.next()) {
                    if (values.containsKey(rs.getInt(1))) {
                        rows.add(rs.getInt(1), new ValueUse(rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)));
                    }
                }
            }
            rows.forEachTerm((term, uses) -> consumer.accept(term, values.get(term), uses));
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Uses of values as read, in any order; handed out value by value in term order, by account within a value. */
    private static final class UseRows {
        private final List<ValueUse> uses = new ArrayList<>();
        private int[] terms = new int[1024]; // the term of each use

        void add(int termRef, ValueUse use) {
            if (uses.size() == terms.length) {
                terms = Arrays.copyOf(terms, 2 * terms.length);
            }
            terms[uses.size()] = termRef;
            uses.add(use);
        }

        void forEachTerm(java.util.function.BiConsumer<Integer, List<ValueUse>> out) {
            int n = uses.size();
            long[] byTerm = new long[n]; // (term << 32) | row: term refs are not negative
            for (int i = 0; i < n; i++) {
                byTerm[i] = (long) terms[i] << 32 | i;
            }
            Arrays.sort(byTerm);
            for (int from = 0; from < n;) {
                int term = (int) (byTerm[from] >>> 32);
                List<ValueUse> group = new ArrayList<>();
                for (; from < n && (int) (byTerm[from] >>> 32) == term; from++) {
                    group.add(uses.get((int) byTerm[from]));
                }
                group.sort(java.util.Comparator.comparingInt(ValueUse::accountRef));
                out.accept(term, group);
            }
        }
    }

    /** Receives one account's hourly activity: hour numbers (epoch ms / 3,600,000), ascending, with counts. */
    @FunctionalInterface
    public interface SeriesConsumer {
        void accept(int accountRef, long[] hours, int[] counts);
    }

    /**
     * Streams the hourly activity series of the given accounts (accounts without activity are skipped), by ascending
     * account. Reads the timeline's packed copy ({@link ActivitySeries}, one primary-key range per account) when it
     * reflects the latest import: scanning the activity table for a 25,000-account cluster made most of the
     * campaign-scale scoring step. Otherwise reads the activity table in key order once when many accounts are wanted,
     * else per account by key.
     */
    public void forEachSeries(Collection<Integer> accounts, SeriesConsumer consumer) {
        java.util.Set<Integer> wanted = new java.util.HashSet<>(accounts);
        SeriesBuilder series = new SeriesBuilder(consumer);
        try (Connection c = connect()) {
            if (ActivitySeries.isCurrent(c)) {
                int[] refs = wanted.stream().mapToInt(Integer::intValue).sorted().toArray();
                ActivitySeries.forEachCount(c, refs, Long.MIN_VALUE, Long.MAX_VALUE, series::add);
            } else if (wanted.size() > 2_000) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT account_ref, bucket_ms, interactions FROM activity_bucket"
                                + " ORDER BY account_ref, bucket_ms")) {
                    stream(rs, wanted, series);
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("SELECT account_ref, bucket_ms, interactions FROM"
                        + " activity_bucket WHERE account_ref = ? ORDER BY bucket_ms")) {
                    for (int a : new java.util.TreeSet<>(wanted)) {
                        ps.setInt(1, a);
                        try (ResultSet rs = ps.executeQuery()) {
                            stream(rs, wanted, series);
                        }
                    }
                }
            }
            series.finish();
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    private static void stream(ResultSet rs, java.util.Set<Integer> wanted, SeriesBuilder series)
            throws SQLException {
        while (rs.next()) {
            int a = rs.getInt(1);
            if (wanted.contains(a)) {
                series.add(a, rs.getLong(2), rs.getInt(3));
            }
        }
    }

    /** Gathers hourly cells arriving account by account (hours ascending) into one series per account. */
    private static final class SeriesBuilder {
        private final SeriesConsumer consumer;
        private int current = Integer.MIN_VALUE;
        private long[] hours = new long[64];
        private int[] counts = new int[64];
        private int n;

        SeriesBuilder(SeriesConsumer consumer) {
            this.consumer = consumer;
        }

        void add(int account, long bucketMs, int interactions) {
            if (account != current) {
                finish();
                current = account;
            }
            if (n == hours.length) {
                hours = java.util.Arrays.copyOf(hours, n * 2);
                counts = java.util.Arrays.copyOf(counts, n * 2);
            }
            hours[n] = Math.floorDiv(bucketMs, 3_600_000L);
            counts[n++] = interactions;
        }

        /** Hands over the series gathered since the last account change, if any. */
        void finish() {
            if (n > 0) {
                consumer.accept(current, java.util.Arrays.copyOf(hours, n), java.util.Arrays.copyOf(counts, n));
                n = 0;
            }
        }
    }

    /** Events (model releases, bans, suspensions) in time order; {@code accountRef} 0 when none. */
    public List<EventRecord> events() {
        List<EventRecord> out = new ArrayList<>();
        try (Connection c = connect();
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

    /** One account's rows for one instrument in payments.csv. */
    public record PaymentUse(String instrument, int accountRef, int rows, long firstMs, long lastMs) {}

    /** Payment instruments per account from payments.csv, ordered by instrument then account. */
    public List<PaymentUse> paymentUses() {
        List<PaymentUse> out = new ArrayList<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT instrument_fingerprint, account_ref, COUNT(*), MIN(ts_ms),"
                        + " MAX(ts_ms) FROM payment GROUP BY instrument_fingerprint, account_ref ORDER BY 1, 2")) {
            while (rs.next()) {
                out.add(new PaymentUse(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** The network facts of ip_info.csv (one row per address or CIDR prefix). */
    public List<IpInfoRecord> ipInfo() {
        List<IpInfoRecord> out = new ArrayList<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, ip_or_prefix, asn, asn_org, ip_type, country, source_file_id,"
                        + " line_no FROM ip_info ORDER BY id")) {
            while (rs.next()) {
                long asn = rs.getLong(3);
                Long boxed = rs.wasNull() ? null : asn;
                out.add(new IpInfoRecord(rs.getLong(1), rs.getString(2), boxed, rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getLong(8)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }
}
