package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import ringscope.model.ActionEvent;
import ringscope.model.CaseEntity;
import ringscope.model.EntityKind;
import ringscope.model.LogStep;
import ringscope.model.Target;

/**
 * The casework tables of one case: transactions for actions ({@link #begin()}) and read-only queries, each on its own
 * connection. Thread-safe (each call owns its connection); writers must be serialised by the caller.
 */
public final class CaseworkRepository {
    private final CaseStore store;

    public CaseworkRepository(CaseStore store) {
        this.store = store;
    }

    /** Starts the transaction of one action; the caller closes it (rolled back unless committed). */
    public CaseworkTransaction begin() {
        return new CaseworkTransaction(store.connect(), store.folder());
    }

    /** Every event of the action log in seq order, exactly as stored. */
    public List<ActionEvent> events() {
        try (Connection c = store.connect()) {
            return ActionEventRows.all(c);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** The {@code n} latest events, newest first. */
    public List<ActionEvent> latestEvents(int n) {
        try (Connection c = store.connect()) {
            return ActionEventRows.latest(c, n);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Seq, type and referenced seq of every event, in seq order (cheap: no JSON is read). */
    public List<LogStep> steps() {
        try (Connection c = store.connect()) {
            return ActionEventRows.steps(c);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** The event numbered {@code seq}, if any. */
    public java.util.Optional<ActionEvent> event(long seq) {
        try (Connection c = store.connect()) {
            return ActionEventRows.bySeq(c, seq);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /** Every current row of {@code kind}, retracted or inactive ones included, in ref order. */
    public <T extends CaseEntity> List<T> all(EntityKind kind, Class<T> type) {
        try (Connection c = store.connect()) {
            return EntityRows.all(c, kind).stream().map(type::cast).toList();
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    /**
     * The rows of {@code kind} (TAG_ASSIGNMENT, NOTE or MEMBERSHIP) that concern {@code target}, retracted ones
     * included, in ref order. For memberships {@code target} is the group.
     */
    public <T extends CaseEntity> List<T> about(EntityKind kind, Target target, Class<T> type) {
        String where = switch (kind) {
            case TAG_ASSIGNMENT, NOTE -> " WHERE target_kind = ? AND target_key = ?";
            case MEMBERSHIP -> " WHERE group_kind = ? AND group_key = ?";
            default -> throw new IllegalArgumentException(kind + " rows are not about a target");
        };
        String cols = switch (kind) {
            case TAG_ASSIGNMENT -> EntityRows.ASSIGNMENT_COLS;
            case NOTE -> EntityRows.NOTE_COLS;
            default -> EntityRows.MEMBERSHIP_COLS;
        };
        String sql = "SELECT " + cols + " FROM " + EntityRows.table(kind) + where + " ORDER BY ref_id";
        List<T> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, target.kind().name());
            ps.setString(2, target.key());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(type.cast(EntityRows.read(c, kind, rs)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }
}
