package ringscope.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Secondary indexes of the big tables. They are not in the schema migration because maintaining them row by row
 * during a bulk load multiplied import time and file size (ADR 0002); instead they are built in one sorted pass
 * after an import commits, and again at open if a crash came between commit and build. Without them the case is
 * complete and correct, only slower to drill into. (The link table has no account indexes: each analysis run stores
 * its links by account itself, see {@link LinkAdjacency}.)
 */
public final class CaseIndexes {
    static final List<String> DDL = List.of(
            "CREATE INDEX IF NOT EXISTS interaction_account_ts ON interaction (account_ref, ts_ms)",
            "CREATE INDEX IF NOT EXISTS account_term_term ON account_term (term_ref)",
            "CREATE INDEX IF NOT EXISTS term_kind_value ON term (kind, term_value)");

    private CaseIndexes() {}

    /** Creates whichever of the indexes is missing; cheap when all exist. Not cancellable (DDL is short-lived). */
    public static void ensure(CaseStore store) {
        try (Connection c = store.connect(); Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }
}
