package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ringscope.model.ActionEvent;
import ringscope.model.ActionType;
import ringscope.model.LogStep;

/** Reads and appends rows of {@code action_event}. Callers own the connection and its transaction. */
final class ActionEventRows {
    private static final String COLS = "seq, actor, at_ms, action_type, target, ref_seq, summary, before_json,"
            + " after_json, prev_hash, event_hash";

    private ActionEventRows() {}

    static void insert(Connection c, ActionEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO action_event (" + COLS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, e.seq());
            ps.setString(2, e.actor());
            ps.setLong(3, e.atMs());
            ps.setString(4, e.action().name());
            ps.setString(5, e.target());
            ps.setLong(6, e.refSeq());
            ps.setString(7, e.summary());
            ps.setString(8, e.beforeJson());
            ps.setString(9, e.afterJson());
            ps.setString(10, e.prevHash());
            ps.setString(11, e.hash());
            ps.executeUpdate();
        }
    }

    /** The event with the highest seq, if any. */
    static Optional<ActionEvent> last(Connection c) throws SQLException {
        List<ActionEvent> out = query(c, "SELECT " + COLS + " FROM action_event ORDER BY seq DESC LIMIT 1");
        return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
    }

    /** The event numbered {@code seq}, if any. */
    static Optional<ActionEvent> bySeq(Connection c, long seq) throws SQLException {
        List<ActionEvent> out = query(c, "SELECT " + COLS + " FROM action_event WHERE seq = " + seq);
        return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
    }

    /** Seq, type and referenced seq of every event, in seq order (no JSON read). */
    static List<LogStep> steps(Connection c) throws SQLException {
        List<LogStep> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, action_type, ref_seq FROM action_event ORDER BY seq");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new LogStep(rs.getLong(1), ActionType.valueOf(rs.getString(2)), rs.getLong(3)));
            }
        }
        return out;
    }

    /** The {@code n} latest events, newest first. */
    static List<ActionEvent> latest(Connection c, int n) throws SQLException {
        return query(c, "SELECT " + COLS + " FROM action_event ORDER BY seq DESC LIMIT " + Math.max(0, n));
    }

    /** Every event in seq order. */
    static List<ActionEvent> all(Connection c) throws SQLException {
        return query(c, "SELECT " + COLS + " FROM action_event ORDER BY seq");
    }

    private static List<ActionEvent> query(Connection c, String sql) throws SQLException {
        List<ActionEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ActionEvent(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        ActionType.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)));
            }
        }
        return out;
    }
}
