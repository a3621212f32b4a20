package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.LinkFilter;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.ScorePart;
import ringscope.model.SharedValue;

/**
 * Reads stored analysis runs: runs, clusters with their score parts, members, and links with their shared values.
 * Deletes runs. Every method opens its own connection; safe to call from any thread.
 */
public final class AnalysisRepository {
    private static final String LINK_COLUMNS = "l.id, l.run_id, l.account_a, l.account_b, l.rule, l.weight, v.id,"
            + " v.value_text, v.ref_id, v.value_accounts, v.linked, l.evidence_count, l.first_ms, l.last_ms,"
            + " l.detail";
    private static final String LINK_FROM = " FROM link l JOIN link_value v ON v.id = l.value_id";

    private final CaseStore store;

    public AnalysisRepository(CaseStore store) {
        this.store = store;
    }

    /** Every stored run, oldest first. */
    public List<AnalysisRunInfo> runs() {
        return query("SELECT id, name, started_ms, finished_ms, parameters, accounts, links, clusters, common_values,"
                + " step_times FROM analysis_run ORDER BY id", List.of(), rs -> new AnalysisRunInfo(rs.getLong(1),
                        rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9), rs.getString(10)));
    }

    /**
     * Deletes a run with all its links (by their id range, {@link RunLinkRange}) and, through the foreign keys, its
     * values, clusters and stored views, in one transaction; no-op when it does not exist.
     */
    public void deleteRun(long runId) {
        try (Connection c = store.connect()) {
            Transactions.inOne(c, () -> {
                RunLinkRange range = RunLinkRange.of(c, runId);
                try (PreparedStatement links = c.prepareStatement("DELETE FROM link WHERE id BETWEEN ? AND ?");
                        PreparedStatement run = c.prepareStatement("DELETE FROM analysis_run WHERE id = ?")) {
                    range.bind(links, 1);
                    links.executeUpdate();
                    run.setLong(1, runId);
                    run.executeUpdate();
                }
                return null;
            });
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** The clusters of a run by rank (highest score first), each with every part of its score. */
    public List<ClusterSummary> clusters(long runId) {
        return clustersWhere("c.run_id = ?", runId);
    }

    public Optional<ClusterSummary> cluster(long clusterId) {
        return clustersWhere("c.id = ?", clusterId).stream().findFirst();
    }

    private List<ClusterSummary> clustersWhere(String where, long arg) {
        Map<Long, List<ScorePart>> parts = new LinkedHashMap<>();
        query("SELECT p.cluster_id, p.name, p.part_value, p.weight, p.measured FROM cluster_score_part p JOIN cluster c"
                + " ON c.id = p.cluster_id WHERE " + where + " ORDER BY p.cluster_id, p.ord", List.of(arg), rs -> {
                    parts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ScorePart(rs.getString(2),
                            rs.getDouble(3), rs.getDouble(4), rs.getString(5)));
                    return null;
                });
        return query("SELECT c.id, c.run_id, c.rank_no, c.label, c.size, c.core_size, c.interactions, c.score FROM"
                + " cluster c WHERE " + where + " ORDER BY c.rank_no", List.of(arg), rs -> new ClusterSummary(
                        rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getLong(7), rs.getDouble(8), parts.getOrDefault(rs.getLong(1), List.of())));
    }

    /** Members of a cluster in member order: home members first, then by confidence, then by account id. */
    public List<ClusterMember> members(long clusterId) {
        return members("m.cluster_id = ? ORDER BY m.ord", clusterId);
    }

    /** The first {@code limit} members of a cluster in member order (what the graph shows of a large cluster). */
    public List<ClusterMember> firstMembers(long clusterId, int limit) {
        return members("m.cluster_id = ? AND m.ord < ? ORDER BY m.ord", clusterId, limit);
    }

    /** The clusters of run {@code runId} the account belongs to (home first). */
    public List<ClusterMember> memberships(long runId, int accountRef) {
        return members("m.account_ref = ? AND m.cluster_id IN (SELECT id FROM cluster WHERE run_id = ?)"
                + " ORDER BY m.home DESC, m.confidence DESC, m.cluster_id", accountRef, runId);
    }

    /** Members selected and ordered by {@code whereOrder} (a condition and an ORDER BY). */
    private List<ClusterMember> members(String whereOrder, Object... args) {
        return query("SELECT m.cluster_id, m.account_ref, a.account_id, m.confidence, m.links, m.home,"
                + " m.weight_inside, m.rules FROM cluster_member m JOIN account a ON a.id = m.account_ref WHERE "
                + whereOrder, List.of(args),
                rs -> new ClusterMember(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getDouble(4), rs.getInt(5),
                        rs.getBoolean(6), rs.getDouble(7), rs.getString(8)));
    }

    public Optional<LinkRecord> link(long linkId) {
        return query("SELECT " + LINK_COLUMNS + LINK_FROM + " WHERE l.id = ?", List.of(linkId),
                AnalysisRepository::link).stream().findFirst();
    }

    private RunLinkRange range(long runId) {
        try (Connection c = store.connect()) {
            return RunLinkRange.of(c, runId);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Links of a run accepted by {@code filter}, heaviest first, at most {@code filter.limit()}. */
    public List<LinkRecord> links(long runId, LinkFilter filter) {
        RunLinkRange range = range(runId);
        List<Object> args = new ArrayList<>(List.of(range.first(), range.last(), runId, filter.minWeight(),
                filter.toMs(), filter.fromMs()));
        StringBuilder where = new StringBuilder(" WHERE l.id BETWEEN ? AND ? AND l.run_id = ? AND l.weight >= ?"
                + " AND l.first_ms <= ? AND l.last_ms >= ?");
        if (!filter.rules().isEmpty()) {
            where.append(" AND l.rule IN (").append(marks(filter.rules().size())).append(')');
            filter.rules().forEach(r -> args.add(r.name()));
        }
        if (!filter.tiers().isEmpty()) {
            where.append(" AND l.tier IN (").append(marks(filter.tiers().size())).append(')');
            filter.tiers().forEach(t -> args.add(t.name()));
        }
        args.add(filter.limit());
        return query("SELECT " + LINK_COLUMNS + LINK_FROM + where + " ORDER BY l.weight DESC, l.id"
                + " FETCH FIRST ? ROWS ONLY", args, AnalysisRepository::link);
    }

    /**
     * Links of a run with at least one end in {@code accounts} ({@code bothEnds}: both ends), by id: found through
     * the run's links by account ({@link LinkAdjacency}), then read by primary key.
     */
    public List<LinkRecord> linksTouching(long runId, Collection<Integer> accounts, boolean bothEnds) {
        try (Connection c = store.connect()) {
            return linksById(c, LinkAdjacency.linkIds(c, runId, accounts, bothEnds));
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Links with both ends among the members (home or overlapping) of a cluster, by id. */
    public List<LinkRecord> linksInCluster(long clusterId) {
        try (Connection c = store.connect()) {
            long runId = -1;
            List<Integer> members = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT k.run_id, m.account_ref FROM cluster k"
                    + " JOIN cluster_member m ON m.cluster_id = k.id WHERE k.id = ?")) {
                ps.setLong(1, clusterId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        runId = rs.getLong(1);
                        members.add(rs.getInt(2));
                    }
                }
            }
            return members.isEmpty() ? List.of() : linksById(c, LinkAdjacency.linkIds(c, runId, members, true));
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    private static List<LinkRecord> linksById(Connection c, long[] ids) throws SQLException {
        List<LinkRecord> out = new ArrayList<>(ids.length);
        InLists.forIds(c, "SELECT " + LINK_COLUMNS + LINK_FROM + " WHERE l.id IN (%s)", ids,
                rs -> out.add(link(rs)));
        out.sort(java.util.Comparator.comparingLong(LinkRecord::id));
        return out;
    }

    /** The shared values of a run that were too common to link, most common first. */
    public List<SharedValue> commonValues(long runId, int limit) {
        return query("SELECT id, rule, value_text, ref_id, value_accounts, linked FROM link_value WHERE run_id = ?"
                + " AND linked = FALSE ORDER BY value_accounts DESC, id FETCH FIRST ? ROWS ONLY", List.of(runId, limit),
                rs -> new SharedValue(rs.getLong(1), LinkRule.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getBoolean(6)));
    }

    private static LinkRecord link(ResultSet rs) throws SQLException {
        LinkRule rule = LinkRule.valueOf(rs.getString(5));
        SharedValue v = new SharedValue(rs.getLong(7), rule, rs.getString(8), rs.getInt(9), rs.getInt(10),
                rs.getBoolean(11));
        return new LinkRecord(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rule, rs.getDouble(6), v,
                rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getString(15));
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Maps one result row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<?> args, RowMapper<T> mapper) {
        return query(store, sql, args, mapper);
    }

    /** Runs {@code sql} with {@code args} on its own connection; rows the mapper maps to null are skipped. */
    static <T> List<T> query(CaseStore store, String sql, List<?> args, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object o : args) {
                ps.setObject(i++, o);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    T t = mapper.map(rs);
                    if (t != null) {
                        out.add(t);
                    }
                }
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
        return out;
    }
}
