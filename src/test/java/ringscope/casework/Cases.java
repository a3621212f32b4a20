package ringscope.casework;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import ringscope.store.CaseStore;

/** Test helpers: a casework service on a real temp-dir case with a fixed clock and readable ids, raw JDBC peeks. */
final class Cases {
    static final Instant T0 = Instant.parse("2026-03-01T09:30:00.125Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private Cases() {}

    /** Ids id-1, id-2, ... (fresh counter per call). */
    static Supplier<String> ids(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return () -> prefix + "-" + n.incrementAndGet();
    }

    static CaseworkService service(CaseStore store) {
        return new CaseworkService(store, "alice", CLOCK, ids("id"), CommitHook.NONE);
    }

    static CaseStore create(Path dir) {
        return CaseStore.create(dir.resolve("case"));
    }

    static long count(CaseStore store, String sql) {
        try (Connection c = store.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int update(CaseStore store, String sql) {
        try (Connection c = store.connect();
                Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
