package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ringscope.model.CaseDecision;
import ringscope.model.CaseEntity;
import ringscope.model.CaseStatus;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.Hypothesis;
import ringscope.model.HypothesisStatus;
import ringscope.model.Membership;
import ringscope.model.Note;
import ringscope.model.SavedView;
import ringscope.model.Tag;
import ringscope.model.TagAssignment;
import ringscope.model.Target;
import ringscope.model.TargetKind;

/**
 * Maps casework state to the rows of V3__casework.sql: one table per {@link EntityKind}, keyed by the ref's id.
 * Callers own the connection and its transaction.
 */
final class EntityRows {
    static final String TAG_COLS = "ref_id, name, colour, description, retracted";
    static final String ASSIGNMENT_COLS = "tag_id, target_kind, target_key, active";
    static final String NOTE_COLS = "ref_id, target_kind, target_key, note_text, author, created_ms, retracted";
    static final String MEMBERSHIP_COLS = "group_kind, group_key, account_id, confidence_pct, justification, retracted";
    static final String HYPOTHESIS_COLS = "ref_id, name, status, evidence, retracted";
    static final String DECISION_COLS = "status, decision_note, classification";
    static final String VIEW_COLS = "ref_id, name, state_json, retracted";
    private static final int CHUNK = 1000;

    private EntityRows() {}

    static String table(EntityKind kind) {
        return switch (kind) {
            case TAG -> "tag";
            case TAG_ASSIGNMENT -> "tag_assignment";
            case NOTE -> "note";
            case MEMBERSHIP -> "membership";
            case HYPOTHESIS -> "hypothesis";
            case CASE_DECISION -> "case_decision";
            case SAVED_VIEW -> "saved_view";
        };
    }

    private static String columns(EntityKind kind) {
        return switch (kind) {
            case TAG -> TAG_COLS;
            case TAG_ASSIGNMENT -> ASSIGNMENT_COLS;
            case NOTE -> NOTE_COLS;
            case MEMBERSHIP -> MEMBERSHIP_COLS;
            case HYPOTHESIS -> HYPOTHESIS_COLS;
            case CASE_DECISION -> DECISION_COLS;
            case SAVED_VIEW -> VIEW_COLS;
        };
    }

    /** The current state of {@code ref}, empty when there is no row. */
    static Optional<CaseEntity> find(Connection c, EntityRef ref) throws SQLException {
        String sql = "SELECT " + columns(ref.kind()) + " FROM " + table(ref.kind()) + " WHERE ref_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, ref.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(read(c, ref.kind(), rs));
            }
        }
    }

    /**
     * The current states of {@code refs} (absent ones are left out), read a chunk at a time per kind: an action on a
     * 25,000-account selection must not cost 25,000 queries.
     */
    static Map<EntityRef, CaseEntity> findAll(Connection c, Collection<EntityRef> refs) throws SQLException {
        Map<EntityRef, CaseEntity> out = new HashMap<>();
        Map<EntityKind, List<String>> byKind = new EnumMap<>(EntityKind.class);
        refs.forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.id()));
        for (Map.Entry<EntityKind, List<String>> e : byKind.entrySet()) {
            EntityKind kind = e.getKey();
            String sql = "SELECT " + columns(kind) + ", ref_id FROM " + table(kind) + " WHERE ref_id = ANY(?)";
            int refColumn = columns(kind).split(",").length + 1;
            List<String> ids = e.getValue();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    ps.setObject(1, ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(new String[0]));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(new EntityRef(kind, rs.getString(refColumn)), read(c, kind, rs));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Every row of one kind, in ref order. */
    static List<CaseEntity> all(Connection c, EntityKind kind) throws SQLException {
        String sql = "SELECT " + columns(kind) + " FROM " + table(kind) + " ORDER BY ref_id";
        List<CaseEntity> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(c, kind, rs));
            }
        }
        return out;
    }

    static CaseEntity read(Connection c, EntityKind kind, ResultSet rs) throws SQLException {
        return switch (kind) {
            case TAG -> tag(rs);
            case TAG_ASSIGNMENT -> new TagAssignment(rs.getString(1), target(rs, 2), rs.getBoolean(4));
            case NOTE -> new Note(rs.getString(1), target(rs, 2), rs.getString(4), rs.getString(5), rs.getLong(6),
                    rs.getBoolean(7));
            case MEMBERSHIP -> new Membership(target(rs, 1), rs.getString(3), rs.getInt(4), rs.getString(5),
                    rs.getBoolean(6));
            case HYPOTHESIS -> new Hypothesis(rs.getString(1), rs.getString(2),
                    HypothesisStatus.valueOf(rs.getString(3)), rs.getString(4), members(c, rs.getString(1)),
                    rs.getBoolean(5));
            case CASE_DECISION -> new CaseDecision(CaseStatus.valueOf(rs.getString(1)), rs.getString(2),
                    rs.getString(3));
            case SAVED_VIEW -> new SavedView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
        };
    }

    static Tag tag(ResultSet rs) throws SQLException {
        return new Tag(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));
    }

    static Target target(ResultSet rs, int column) throws SQLException {
        return new Target(TargetKind.valueOf(rs.getString(column)), rs.getString(column + 1));
    }

    private static List<String> members(Connection c, String hypothesisId) throws SQLException {
        List<String> out = new ArrayList<>();
        String sql = "SELECT account_id FROM hypothesis_member WHERE hypothesis_id = ? ORDER BY account_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, hypothesisId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * Makes each state the current one (null: no row), batching the writes per kind. Hypotheses go one by one (their
     * members live in a second table).
     */
    static void putAll(Connection c, Map<EntityRef, CaseEntity> states) throws SQLException {
        Map<EntityKind, List<Map.Entry<EntityRef, CaseEntity>>> byKind = new EnumMap<>(EntityKind.class);
        states.entrySet().forEach(e -> byKind.computeIfAbsent(e.getKey().kind(), k -> new ArrayList<>()).add(e));
        for (Map.Entry<EntityKind, List<Map.Entry<EntityRef, CaseEntity>>> group : byKind.entrySet()) {
            EntityKind kind = group.getKey();
            if (kind == EntityKind.HYPOTHESIS) {
                for (Map.Entry<EntityRef, CaseEntity> e : group.getValue()) {
                    put(c, e.getKey(), e.getValue());
                }
                continue;
            }
            String cols = "ref_id, " + columns(kind).replace("ref_id, ", "");
            String marks = String.join(", ", Collections.nCopies(cols.split(",").length, "?"));
            try (PreparedStatement merge = c.prepareStatement(
                            "MERGE INTO " + table(kind) + " (" + cols + ") KEY (ref_id) VALUES (" + marks + ")");
                    PreparedStatement delete = c.prepareStatement("DELETE FROM " + table(kind) + " WHERE ref_id = ?")) {
                for (Map.Entry<EntityRef, CaseEntity> e : group.getValue()) {
                    checkRef(e.getKey(), e.getValue());
                    if (e.getValue() == null) {
                        delete.setString(1, e.getKey().id());
                        delete.addBatch();
                        continue;
                    }
                    merge.setString(1, e.getKey().id());
                    List<Object> values = values(e.getValue());
                    for (int i = 0; i < values.size(); i++) {
                        merge.setObject(i + 2, values.get(i));
                    }
                    merge.addBatch();
                }
                merge.executeBatch();
                delete.executeBatch();
            }
        }
    }

    private static void checkRef(EntityRef ref, CaseEntity state) {
        if (state != null && !state.ref().equals(ref)) {
            throw new IllegalArgumentException("state " + state.ref() + " written as " + ref);
        }
    }

    /**
     * Makes {@code state} the current state of {@code ref}; a null state removes the row (only an undo of a creation
     * asks for that).
     */
    static void put(Connection c, EntityRef ref, CaseEntity state) throws SQLException {
        checkRef(ref, state);
        if (ref.kind() == EntityKind.HYPOTHESIS) {
            update(c, "DELETE FROM hypothesis_member WHERE hypothesis_id = ?", ref.id());
        }
        if (state == null) {
            update(c, "DELETE FROM " + table(ref.kind()) + " WHERE ref_id = ?", ref.id());
            return;
        }
        List<Object> values = new ArrayList<>();
        values.add(ref.id());
        values.addAll(values(state));
        String cols = "ref_id, " + columns(ref.kind()).replace("ref_id, ", "");
        String marks = String.join(", ", Collections.nCopies(values.size(), "?"));
        update(c, "MERGE INTO " + table(ref.kind()) + " (" + cols + ") KEY (ref_id) VALUES (" + marks + ")",
                values.toArray());
        if (state instanceof Hypothesis h) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO hypothesis_member (hypothesis_id, account_id) VALUES (?, ?)")) {
                for (String account : h.accountIds()) {
                    ps.setString(1, h.id());
                    ps.setString(2, account);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Column values after ref_id, in the order of the kind's column list (ref_id left out). */
    private static List<Object> values(CaseEntity state) {
        if (state instanceof Tag t) {
            return List.of(t.name(), t.colour(), t.description(), t.retracted());
        } else if (state instanceof TagAssignment a) {
            return List.of(a.tagId(), a.target().kind().name(), a.target().key(), a.active());
        } else if (state instanceof Note n) {
            return List.of(n.target().kind().name(), n.target().key(), n.text(), n.author(), n.createdMs(),
                    n.retracted());
        } else if (state instanceof Membership m) {
            return List.of(m.group().kind().name(), m.group().key(), m.accountId(), m.confidencePercent(),
                    m.justification(), m.retracted());
        } else if (state instanceof Hypothesis h) {
            return List.of(h.name(), h.status().name(), h.evidence(), h.retracted());
        } else if (state instanceof CaseDecision d) {
            return List.of(d.status().name(), d.decisionNote(), d.classification());
        } else if (state instanceof SavedView v) {
            return List.of(v.name(), v.stateJson(), v.retracted());
        }
        throw new IllegalArgumentException("unknown casework state " + state.getClass());
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
