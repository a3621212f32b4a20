package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountScope;

/**
 * Resolves what the timeline is asked to show into account sets: a cluster's members, the accounts carrying a tag
 * (directly, or through a tagged cluster), account ids of the selection; and names refs back to account ids. Any
 * thread; each call uses its own connection.
 */
public final class TimelineScopes {
    /** A tag that can be chosen as a timeline scope. */
    public record TagChoice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final CaseStore store;

    public TimelineScopes(CaseStore store) {
        this.store = store;
    }

    /** The members of cluster {@code clusterId} (overlapping ones included). */
    public AccountScope cluster(long clusterId) {
        return AccountScope.of("cluster " + clusterId,
                ints("SELECT account_ref FROM cluster_member WHERE cluster_id = ?", ps -> ps.setLong(1, clusterId)));
    }

    /** Accounts tagged {@code tag} (active assignments), directly or as members of a tagged cluster. */
    public AccountScope tag(TagChoice tag) {
        return AccountScope.of("tag " + tag.name(), ints("SELECT a.id FROM tag_assignment g JOIN account a ON"
                + " g.target_kind = 'ACCOUNT' AND a.account_id = g.target_key WHERE g.tag_id = ? AND g.active"
                + " UNION SELECT m.account_ref FROM tag_assignment g JOIN cluster_member m ON g.target_kind = 'CLUSTER'"
                + " AND CAST(m.cluster_id AS VARCHAR) = g.target_key WHERE g.tag_id = ? AND g.active", ps -> {
                    ps.setString(1, tag.id());
                    ps.setString(2, tag.id());
                }));
    }

    /** Refs of the given account ids (unknown ids are skipped). */
    public AccountScope accounts(String label, Collection<String> accountIds) {
        String[] ids = accountIds.toArray(String[]::new);
        return AccountScope.of(label, ints("SELECT a.id FROM UNNEST(?) wanted(ref) JOIN account a"
                + " ON a.account_id = wanted.ref", ps -> ps.setObject(1, ids)));
    }

    /** The active tags, by name. */
    public List<TagChoice> tags() {
        List<TagChoice> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT ref_id, name FROM tag WHERE NOT retracted ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new TagChoice(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    /** Account ids of {@code scope}'s refs. */
    public Map<Integer, String> accountIds(AccountScope scope) {
        Map<Integer, String> out = new HashMap<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT a.id, a.account_id FROM UNNEST(?) wanted(ref)"
                        + " JOIN account a ON a.id = wanted.ref")) {
            TimelineQueries.bindAccounts(ps, 1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int[] ints(String sql, Binder binder) {
        List<Integer> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
