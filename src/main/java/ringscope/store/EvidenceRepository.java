package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ringscope.model.EvidenceRow;
import ringscope.model.EvidenceSelector;
import ringscope.model.TermKind;

/**
 * Pages through the source rows an {@link EvidenceSelector} names, each with its source file (name, SHA-256) and
 * line number. Sections come in a fixed order (accounts, events, payments, interactions); an offset runs across
 * them. Interactions are read through the (account_ref, ts_ms) index of the two accounts, in time order.
 */
public final class EvidenceRepository {
    private static final Map<TermKind, String> COLUMN = Map.of(
            TermKind.API_KEY, "api_key_ref", TermKind.IP, "ip_ref", TermKind.USER_AGENT, "user_agent_ref",
            TermKind.MODEL, "model_ref", TermKind.CATEGORY, "category_ref", TermKind.STATUS, "status_ref",
            TermKind.TEMPLATE, "template_ref", TermKind.END_USER, "end_user_ref");
    private static final String FILE = " JOIN source_file f ON f.id = x.source_file_id";

    private final CaseStore store;

    public EvidenceRepository(CaseStore store) {
        this.store = store;
    }

    /** Up to {@code limit} rows from {@code offset} ({@code offset, limit >= 0}); fewer at the end. */
    public List<EvidenceRow> rows(EvidenceSelector sel, long offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be >= 0");
        }
        List<EvidenceRow> out = new ArrayList<>();
        try (Connection c = store.connect()) {
            long skip = offset;
            for (Section s : sections(sel)) {
                if (out.size() >= limit) {
                    break;
                }
                long n = s.count(c);
                if (skip >= n) {
                    skip -= n;
                    continue;
                }
                s.read(c, skip, limit - out.size(), out);
                skip = 0;
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** How many rows {@link #rows} would list in all. */
    public long count(EvidenceSelector sel) {
        long n = 0;
        try (Connection c = store.connect()) {
            for (Section s : sections(sel)) {
                n += s.count(c);
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return n;
    }

    /** Receipts hold the interactions of at most this many rows in memory at once (about 100 bytes a row). */
    static final long MAX_CACHED_INTERACTIONS = 5_000_000;

    /**
     * Everything a case-file receipt needs about the rows behind each of {@code selectors}: the first {@code first}
     * rows as {@link #rows} lists them, and the source line of every row by source file SHA-256 (files in first-seen
     * order, lines ascending); their number is what {@link #count} gives. The interactions of all the accounts
     * involved are read once (while they fit {@value #MAX_CACHED_INTERACTIONS} rows) instead of once per link; the
     * other sections take one query each. {@code done} hears how many receipts are ready after each one. Stops early,
     * with fewer receipts, once {@code cancel} is set.
     */
    public List<Receipt> receipts(List<EvidenceSelector> selectors, int first, ringscope.model.CancelToken cancel,
            java.util.function.IntConsumer done) {
        List<Receipt> out = new ArrayList<>();
        try (Connection c = store.connect()) {
            InteractionRows cache = cache(c, selectors);
            for (EvidenceSelector sel : selectors) {
                if (cancel.isCancelled()) {
                    break;
                }
                List<EvidenceRow> rows = new ArrayList<>();
                LineSink lines = new LineSink();
                for (Section s : sections(sel)) {
                    if (s.table().equals("interaction") && cache != null && cache.covers(sel)) {
                        cache.read(sel, first, rows, lines);
                    } else {
                        s.readAll(c, first, rows, lines);
                    }
                }
                out.add(new Receipt(rows, lines.sorted()));
                done.accept(out.size());
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    private static InteractionRows cache(Connection c, List<EvidenceSelector> selectors) throws SQLException {
        java.util.Set<Integer> accounts = new java.util.TreeSet<>();
        selectors.stream().filter(EvidenceSelector::interactions).forEach(s -> {
            accounts.add(s.accountA());
            accounts.add(s.accountB());
        });
        if (accounts.isEmpty()) {
            return null;
        }
        long rows = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT interactions FROM account WHERE id = ?")) {
            for (int a : accounts) {
                ps.setInt(1, a);
                try (ResultSet rs = ps.executeQuery()) {
                    rows += rs.next() ? rs.getLong(1) : 0;
                }
            }
        }
        return rows > MAX_CACHED_INTERACTIONS ? null : new InteractionRows(c, accounts);
    }

    /**
     * The rows behind a link for a case file.
     *
     * @param first the first rows, in {@link #rows} order
     * @param lines every row's source line by source file SHA-256, ascending, each once
     */
    public record Receipt(List<EvidenceRow> first, Map<String, long[]> lines) {
        public long count() {
            return lines.values().stream().mapToLong(a -> a.length).sum();
        }
    }

    /** Source lines by file SHA-256 as they come; sorted and made distinct at the end. */
    static final class LineSink {
        private final Map<String, long[]> at = new java.util.LinkedHashMap<>();
        private final Map<String, Integer> n = new java.util.HashMap<>();

        void add(String sha, long line) {
            long[] a = at.computeIfAbsent(sha, k -> new long[16]);
            int i = n.merge(sha, 1, Integer::sum) - 1;
            if (i == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
                at.put(sha, a);
            }
            a[i] = line;
        }

        Map<String, long[]> sorted() {
            Map<String, long[]> out = new java.util.LinkedHashMap<>();
            at.forEach((sha, a) -> out.put(sha, java.util.Arrays.stream(a, 0, n.get(sha)).sorted().distinct()
                    .toArray()));
            return out;
        }
    }

    private static List<Section> sections(EvidenceSelector sel) {
        List<Section> out = new ArrayList<>();
        List<Object> two = List.of(sel.accountA(), sel.accountB());
        if (sel.accountRows()) {
            out.add(new Section("account", "x.id, x.line_no, x.created_ms, x.account_id, COALESCE(x.signup_ip, '')"
                    + " || ' ' || COALESCE(x.verification_path, '') || ' ' || COALESCE(x.payment_fingerprint, '')"
                    + " || ' ' || COALESCE(x.email_domain, '') || ' ' || COALESCE(x.email_hash, '')",
                    " FROM account x" + FILE + " WHERE x.id IN (?, ?)", " ORDER BY x.created_ms, x.id", two));
        }
        if (!sel.eventIds().isEmpty()) {
            out.add(new Section("event", "x.id, x.line_no, x.ts_ms, COALESCE(a.account_id, ''), x.kind || ': ' ||"
                    + " x.label", " FROM event x" + FILE + " LEFT JOIN account a ON a.id = x.account_ref WHERE x.id IN ("
                    + marks(sel.eventIds().size()) + ")", " ORDER BY x.ts_ms, x.id", List.copyOf(sel.eventIds())));
        }
        if (sel.paymentInstrument() != null) {
            List<Object> args = new ArrayList<>(two);
            args.add(sel.paymentInstrument());
            out.add(new Section("payment", "x.id, x.line_no, x.ts_ms, a.account_id, x.instrument_fingerprint || ' '"
                    + " || x.outcome", " FROM payment x" + FILE + " JOIN account a ON a.id = x.account_ref"
                    + " WHERE x.account_ref IN (?, ?) AND x.instrument_fingerprint = ?", " ORDER BY x.ts_ms, x.id",
                    args));
        }
        if (sel.interactions()) {
            List<Object> args = new ArrayList<>(two);
            String filter = "";
            if (!sel.termRefs().isEmpty()) {
                filter = " AND x." + COLUMN.get(sel.termKind()) + " IN (" + marks(sel.termRefs().size()) + ")";
                args.addAll(sel.termRefs());
            }
            out.add(new Section("interaction", "x.row_id, x.line_no, x.ts_ms, a.account_id, x.interaction_id",
                    " FROM interaction x" + FILE + " JOIN account a ON a.id = x.account_ref"
                            + " WHERE x.account_ref IN (?, ?)" + filter, " ORDER BY x.ts_ms, x.row_id", args));
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** One table's part of the evidence: a count query and a paged row query over the same FROM/WHERE. */
    private record Section(String table, String columns, String fromWhere, String order, List<Object> args) {
        long count(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + fromWhere)) {
                bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        void read(Connection c, long offset, int limit, List<EvidenceRow> out) throws SQLException {
            String sql = "SELECT " + columns + ", f.file_name, f.sha256" + fromWhere + order
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = bind(ps);
                ps.setLong(i++, offset);
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EvidenceRow(table, rs.getLong(1), rs.getString(6), rs.getString(7),
                                rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
        }

        /** Reads every row of this section in order: the first ones whole (up to {@code first} in all), then lines. */
        void readAll(Connection c, int first, List<EvidenceRow> rows, LineSink lines) throws SQLException {
            String sql = "SELECT " + columns + ", f.file_name, f.sha256" + fromWhere + order;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String sha = rs.getString(7);
                        lines.add(sha, rs.getLong(2));
                        if (rows.size() < first) {
                            rows.add(new EvidenceRow(table, rs.getLong(1), rs.getString(6), sha, rs.getLong(2),
                                    rs.getLong(3), rs.getString(4), rs.getString(5)));
                        }
                    }
                }
            }
        }

        private int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            for (Object o : args) {
                ps.setObject(i++, o);
            }
            return i;
        }
    }
}
