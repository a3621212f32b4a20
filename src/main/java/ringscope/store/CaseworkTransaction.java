package ringscope.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ringscope.model.ActionEvent;
import ringscope.model.CaseEntity;
import ringscope.model.EntityKind;
import ringscope.model.EntityRef;
import ringscope.model.LogStep;

/**
 * One casework action's transaction: reads the current state, writes the new state and appends the event that
 * explains it, then commits all of it or none of it. Closing without {@link #commit()} rolls back. Use from one thread.
 */
public final class CaseworkTransaction implements AutoCloseable {
    private final Connection c;
    private final Path folder;
    private boolean done;

    CaseworkTransaction(Connection c, Path folder) {
        this.c = c;
        this.folder = folder;
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly();
            throw CaseStore.translate(e, folder);
        }
    }

    /** The current state of {@code ref}; empty when it does not exist. */
    public Optional<CaseEntity> find(EntityRef ref) {
        try {
            return EntityRows.find(c, ref);
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** The current states of {@code refs}; refs that do not exist are not in the map. */
    public Map<EntityRef, CaseEntity> findAll(Collection<EntityRef> refs) {
        try {
            return EntityRows.findAll(c, refs);
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** Makes each value the current state of its key (null: no row), in batches. */
    public void putAll(Map<EntityRef, CaseEntity> states) {
        try {
            EntityRows.putAll(c, states);
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** Every current row of {@code kind}, retracted ones included. */
    public List<CaseEntity> all(EntityKind kind) {
        try {
            return EntityRows.all(c, kind);
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** Makes {@code state} (null: no row) the current state of {@code ref}. */
    public void put(EntityRef ref, CaseEntity state) {
        try {
            EntityRows.put(c, ref, state);
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** The last event of the log, as this transaction sees it. */
    public Optional<ActionEvent> lastEvent() {
        try {
            return ActionEventRows.last(c);
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** Seq, type and referenced seq of every event, in seq order. */
    public List<LogStep> steps() {
        try {
            return ActionEventRows.steps(c);
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** The event numbered {@code seq}. */
    public Optional<ActionEvent> event(long seq) {
        try {
            return ActionEventRows.bySeq(c, seq);
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** Appends {@code event}; its seq must be the next free one (the primary key refuses a second writer). */
    public void append(ActionEvent event) {
        try {
            ActionEventRows.insert(c, event);
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** Makes every write of this transaction durable (WRITE_DELAY=0: on disk when this returns). */
    public void commit() {
        try {
            c.commit();
            done = true;
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        }
    }

    /** Rolls back unless committed, then releases the connection. */
    @Override
    public void close() {
        try {
            if (!done) {
                c.rollback();
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, folder);
        } finally {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is already broken; H2 rolls back what was not committed
        }
    }
}
