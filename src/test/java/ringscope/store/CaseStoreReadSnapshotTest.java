package ringscope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreReadSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void aReadSnapshotSeesTheCaseAsAtItsFirstReadThroughOneSession() throws SQLException {
        try (CaseStore store = CaseStore.create(dir.resolve("c"))) {
            run(store, "CREATE TABLE probe(x INT)");
            run(store, "INSERT INTO probe VALUES (1)");
            try (CaseStore snapshot = store.readSnapshot()) {
                assertThat(query(snapshot, "SELECT COUNT(*) FROM probe")).isEqualTo(1);
                run(store, "INSERT INTO probe VALUES (2)"); // committed by another connection meanwhile
                assertThat(query(snapshot, "SELECT COUNT(*) FROM probe")).isEqualTo(1);
                assertThat(query(snapshot, "SELECT SESSION_ID()")).isEqualTo(query(snapshot, "SELECT SESSION_ID()"));
            }
            assertThat(query(store, "SELECT COUNT(*) FROM probe")).isEqualTo(2);
            try (CaseStore later = store.readSnapshot()) {
                assertThat(query(later, "SELECT COUNT(*) FROM probe")).isEqualTo(2);
            }
        }
    }

    @Test
    void aReadSnapshotRefusesToCommitAndLeavesItsStoreOpen() throws SQLException {
        try (CaseStore store = CaseStore.create(dir.resolve("c"))) {
            run(store, "CREATE TABLE probe(x INT)");
            try (CaseStore snapshot = store.readSnapshot(); Connection c = snapshot.connect()) {
                assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("read snapshot");
                assertThatThrownBy(() -> c.setAutoCommit(true)).isInstanceOf(SQLException.class);
                assertThatThrownBy(snapshot::readSnapshot).isInstanceOf(IllegalStateException.class);
            }
            run(store, "INSERT INTO probe VALUES (3)");
            assertThat(query(store, "SELECT COUNT(*) FROM probe")).isEqualTo(1);
        }
    }

    private static void run(CaseStore store, String sql) throws SQLException {
        try (Connection c = store.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long query(CaseStore store, String sql) throws SQLException {
        try (Connection c = store.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
