package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V13: a run's links are found by their id range, not by an index on {@code link.run_id}. The link table's foreign key
 * to {@code analysis_run} kept such an index, written for every link and again when the run's transaction commits: on
 * the campaign-scale run (7.9M links) saving took 87-99 s with it and 67 s without it (docs/benchmarks.md). Records
 * each stored run's first link id ({@code analysis_run.first_link}), checks that the run's links are exactly that
 * range, then drops the key; deleting a run now deletes its links by the range ({@link AnalysisRepository#deleteRun}).
 * Java rather than SQL because H2 names an unnamed constraint by an object id that differs from case to case.
 */
final class LinkRunRangeMigration implements JavaMigration {
    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "link run range";
    }

    @Override
    public Integer getChecksum() {
        return 13;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            // checked before any change: H2 commits at each ALTER, so a failure after one would leave it made
            try (ResultSet rs = s.executeQuery("SELECT r.id FROM analysis_run r WHERE r.links <> (SELECT COUNT(*)"
                    + " FROM link l WHERE l.run_id = r.id) OR r.links > 0 AND r.links <> (SELECT MAX(l.id)"
                    + " - MIN(l.id) + 1 FROM link l WHERE l.run_id = r.id) ORDER BY r.id")) {
                if (rs.next()) {
                    throw new IllegalStateException("the links of analysis run " + rs.getLong(1)
                            + " are not one range of ids; the case was left as it was");
                }
            }
            s.execute("ALTER TABLE analysis_run ADD COLUMN first_link BIGINT");
            s.execute("UPDATE analysis_run r SET first_link = COALESCE((SELECT MIN(l.id) FROM link l"
                    + " WHERE l.run_id = r.id), 0)");
            s.execute("ALTER TABLE analysis_run ALTER COLUMN first_link SET NOT NULL");
            for (String name : foreignKeys(c)) {
                s.execute("ALTER TABLE link DROP CONSTRAINT \"" + name + "\"");
            }
        }
    }

    private static List<String> foreignKeys(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT constraint_name FROM"
                + " information_schema.table_constraints WHERE table_schema = 'PUBLIC' AND table_name = 'LINK'"
                + " AND constraint_type = 'FOREIGN KEY'")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
