package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ringscope.model.EvidenceRow;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;

/**
 * The source rows behind a link, each with its file name, SHA-256 and line number: the interactions of the two
 * accounts that carry the shared value (shared IP, key, template, user agent, end user), all interactions of both
 * for synchrony, the payment rows for a shared instrument, and the two account rows for account-level rules.
 */
public final class EvidenceRepository {
    private static final Map<LinkRule, String> TERM_COLUMN = Map.of(
            LinkRule.SHARED_IP, "ip_ref",
            LinkRule.SHARED_API_KEY, "api_key_ref",
            LinkRule.SHARED_TEMPLATE, "template_ref",
            LinkRule.SHARED_USER_AGENT, "user_agent_ref",
            LinkRule.SHARED_END_USER, "end_user_ref");

    private final CaseStore store;

    public EvidenceRepository(CaseStore store) {
        this.store = store;
    }

    /** One page of the rows behind {@code link}, in time order. */
    public List<EvidenceRow> rowsBehind(LinkRecord link, int offset, int limit) {
        String column = TERM_COLUMN.get(link.rule());
        if (column != null || link.rule() == LinkRule.SYNCHRONIZED_ACTIVITY) {
            String filter = column == null ? "" : " AND i." + column + " = " + link.termRef();
            return query("SELECT 'interaction', f.file_name, f.sha256, i.line_no, i.ts_ms, a.account_id,"
                    + " i.interaction_id FROM interaction i JOIN account a ON a.id = i.account_ref"
                    + " JOIN source_file f ON f.id = i.source_file_id WHERE i.account_ref IN (?, ?)" + filter
                    + " ORDER BY i.ts_ms, i.row_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", link, offset, limit, null);
        }
        if (link.rule() == LinkRule.SHARED_PAYMENT) {
            List<EvidenceRow> rows = query("SELECT 'payment', f.file_name, f.sha256, p.line_no, p.ts_ms, a.account_id,"
                    + " p.instrument_fingerprint || ' ' || p.outcome FROM payment p JOIN account a ON a.id ="
                    + " p.account_ref JOIN source_file f ON f.id = p.source_file_id WHERE p.account_ref IN (?, ?)"
                    + " AND p.instrument_fingerprint = ? ORDER BY p.ts_ms, p.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                    link, offset, limit, link.sharedValue());
            if (!rows.isEmpty() || offset > 0) {
                return rows;
            }
        }
        return query("SELECT 'account', f.file_name, f.sha256, a.line_no, a.created_ms, a.account_id,"
                + " COALESCE(a.signup_ip, '') || ' ' || COALESCE(a.verification_path, '') || ' '"
                + " || COALESCE(a.payment_fingerprint, '') || ' ' || COALESCE(a.email_domain, '') FROM account a"
                + " JOIN source_file f ON f.id = a.source_file_id WHERE a.id IN (?, ?) ORDER BY a.created_ms"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", link, offset, limit, null);
    }

    private List<EvidenceRow> query(String sql, LinkRecord link, int offset, int limit, String value) {
        List<EvidenceRow> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setInt(i++, link.accountA());
            ps.setInt(i++, link.accountB());
            if (value != null) {
                ps.setString(i++, value);
            }
            ps.setInt(i++, offset);
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EvidenceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }
}
