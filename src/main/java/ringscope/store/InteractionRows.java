package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.model.EvidenceRow;
import ringscope.model.EvidenceSelector;
import ringscope.model.TermKind;

/**
 * The interaction rows of a set of accounts, read once (one indexed query per account, in the order evidence lists
 * them: time, then row id) and kept in columns, so that the interaction section of many links between those accounts
 * is answered in memory instead of by one query per link: exactly the rows, order and fields that
 * {@link EvidenceRepository#rows} gives. For one export; one thread.
 */
final class InteractionRows {
    private static final int NULL = Integer.MIN_VALUE;
    private static final List<TermKind> TERMS = List.of(TermKind.API_KEY, TermKind.IP, TermKind.USER_AGENT,
            TermKind.MODEL, TermKind.CATEGORY, TermKind.STATUS, TermKind.TEMPLATE, TermKind.END_USER);
    private static final String SQL = "SELECT x.row_id, x.line_no, x.ts_ms, x.interaction_id, x.source_file_id,"
            + " x.api_key_ref, x.ip_ref, x.user_agent_ref, x.model_ref, x.category_ref, x.status_ref, x.template_ref,"
            + " x.end_user_ref FROM interaction x WHERE x.account_ref = ? ORDER BY x.ts_ms, x.row_id";

    /** One account's rows, column by column. */
    private record Rows(String accountId, long[] rowId, long[] line, long[] ts, String[] interactionId, int[] file,
            int[][] terms) {
        int size() {
            return rowId.length;
        }
    }

    private final Map<Integer, Rows> byAccount = new HashMap<>();
    private final Map<Integer, String[]> files = new HashMap<>();

    /** Reads the rows of {@code accounts} through {@code c}. */
    InteractionRows(Connection c, Set<Integer> accounts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, sha256 FROM source_file");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                files.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        Map<Integer, String> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT account_id FROM account WHERE id = ?");
                PreparedStatement rows = c.prepareStatement(SQL)) {
            for (int a : accounts) {
                ps.setInt(1, a);
                try (ResultSet rs = ps.executeQuery()) {
                    ids.put(a, rs.next() ? rs.getString(1) : null);
                }
                if (ids.get(a) != null) {
                    rows.setInt(1, a);
                    byAccount.put(a, read(rows, ids.get(a)));
                }
            }
        }
    }

    private static Rows read(PreparedStatement ps, String accountId) throws SQLException {
        int cap = 64;
        long[] rowId = new long[cap];
        long[] line = new long[cap];
        long[] ts = new long[cap];
        String[] iid = new String[cap];
        int[] file = new int[cap];
        int[][] terms = new int[TERMS.size()][cap];
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (n == cap) {
                    cap *= 2;
                    rowId = Arrays.copyOf(rowId, cap);
                    line = Arrays.copyOf(line, cap);
                    ts = Arrays.copyOf(ts, cap);
                    iid = Arrays.copyOf(iid, cap);
                    file = Arrays.copyOf(file, cap);
                    for (int t = 0; t < terms.length; t++) {
                        terms[t] = Arrays.copyOf(terms[t], cap);
                    }
                }
                rowId[n] = rs.getLong(1);
                line[n] = rs.getLong(2);
                ts[n] = rs.getLong(3);
                iid[n] = rs.getString(4);
                file[n] = rs.getInt(5);
                for (int t = 0; t < terms.length; t++) {
                    int v = rs.getInt(6 + t);
                    terms[t][n] = rs.wasNull() ? NULL : v;
                }
                n++;
            }
        }
        int[][] trimmed = new int[terms.length][];
        for (int t = 0; t < terms.length; t++) {
            trimmed[t] = Arrays.copyOf(terms[t], n);
        }
        return new Rows(accountId, Arrays.copyOf(rowId, n), Arrays.copyOf(line, n), Arrays.copyOf(ts, n),
                Arrays.copyOf(iid, n), Arrays.copyOf(file, n), trimmed);
    }

    /** True when the rows of both accounts of {@code sel} are held. */
    boolean covers(EvidenceSelector sel) {
        return byAccount.containsKey(sel.accountA()) && byAccount.containsKey(sel.accountB())
                && (sel.termRefs().isEmpty() || TERMS.contains(sel.termKind()));
    }

    /**
     * The interaction section of {@code sel}: rows of its two accounts (with one of its terms when it names any), in
     * time then row-id order; the first ones whole into {@code rows} (up to {@code first} in all), every line into
     * {@code lines}.
     */
    void read(EvidenceSelector sel, int first, List<EvidenceRow> rows, EvidenceRepository.LineSink lines) {
        Rows a = byAccount.get(sel.accountA());
        Rows b = sel.accountB() == sel.accountA() ? new Rows(a.accountId(), new long[0], new long[0], new long[0],
                new String[0], new int[0], new int[TERMS.size()][0]) : byAccount.get(sel.accountB());
        int column = sel.termRefs().isEmpty() ? -1 : TERMS.indexOf(sel.termKind());
        java.util.Set<Integer> wanted = new java.util.HashSet<>(sel.termRefs());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean takeA = j >= b.size() || (i < a.size() && (a.ts()[i] < b.ts()[j]
                    || (a.ts()[i] == b.ts()[j] && a.rowId()[i] < b.rowId()[j])));
            Rows r = takeA ? a : b;
            int k = takeA ? i++ : j++;
            if (column >= 0 && !wanted.contains(r.terms()[column][k])) {
                continue;
            }
            String[] f = files.get(r.file()[k]);
            lines.add(f[1], r.line()[k]);
            if (rows.size() < first) {
                rows.add(new EvidenceRow("interaction", r.rowId()[k], f[0], f[1], r.line()[k], r.ts()[k],
                        r.accountId(), r.interactionId()[k]));
            }
        }
    }
}
