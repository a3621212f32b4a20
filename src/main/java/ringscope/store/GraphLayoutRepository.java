package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ringscope.model.GraphLayout;
import ringscope.model.NodePosition;

/**
 * Graph layouts stored with the case (table {@code graph_layout}, migration V4): one per analysis run and graph view.
 * Saving replaces the view's previous layout in one transaction, so a failed save leaves the old one. Any thread; each
 * call uses its own connection.
 */
public final class GraphLayoutRepository {
    private static final int BATCH = 1000;

    private final CaseStore store;

    public GraphLayoutRepository(CaseStore store) {
        this.store = store;
    }

    /** Replaces the stored layout of {@code layout.viewKey()} in its run. */
    public void save(GraphLayout layout) {
        try (Connection c = store.connect()) {
            Transactions.inOne(c, () -> {
                delete(c, layout.runId(), layout.viewKey());
                insertHeader(c, layout);
                insertNodes(c, layout);
                return null;
            });
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** The stored layout of a view, empty when the view was never laid out in this run. */
    public Optional<GraphLayout> load(long runId, String viewKey) {
        try (Connection c = store.connect();
                PreparedStatement head = c.prepareStatement("SELECT algorithm, steps, computed_ms FROM graph_layout"
                        + " WHERE run_id = ? AND view_key = ?")) {
            head.setLong(1, runId);
            head.setString(2, viewKey);
            try (ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new GraphLayout(runId, viewKey, rs.getString(1), rs.getInt(2), rs.getLong(3),
                        positions(c, runId, viewKey)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Forgets the stored layout of a view (the next open lays it out afresh). */
    public void delete(long runId, String viewKey) {
        try (Connection c = store.connect()) {
            delete(c, runId, viewKey);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    private static List<NodePosition> positions(Connection c, long runId, String viewKey) throws SQLException {
        List<NodePosition> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT node_key, x, y, pinned FROM graph_layout_node"
                + " WHERE run_id = ? AND view_key = ? ORDER BY node_key")) {
            ps.setLong(1, runId);
            ps.setString(2, viewKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NodePosition(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getBoolean(4)));
                }
            }
        }
        return out;
    }

    private static void delete(Connection c, long runId, String viewKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM graph_layout WHERE run_id = ? AND view_key = ?")) {
            ps.setLong(1, runId);
            ps.setString(2, viewKey);
            ps.executeUpdate();
        }
    }

    private static void insertHeader(Connection c, GraphLayout layout) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO graph_layout VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, layout.runId());
            ps.setString(2, layout.viewKey());
            ps.setString(3, layout.algorithm());
            ps.setInt(4, layout.steps());
            ps.setLong(5, layout.computedMs());
            ps.executeUpdate();
        }
    }

    private static void insertNodes(Connection c, GraphLayout layout) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO graph_layout_node VALUES (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (NodePosition p : layout.positions()) {
                ps.setLong(1, layout.runId());
                ps.setString(2, layout.viewKey());
                ps.setString(3, p.nodeKey());
                ps.setDouble(4, p.x());
                ps.setDouble(5, p.y());
                ps.setBoolean(6, p.pinned());
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }
}
