package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The mapping profile a source file was read with (schema V5): its name and the SHA-256 of its canonical JSON, so a
 * mapped import can be traced to the exact mapping that produced its rows. Native files have none.
 */
public final class SourceFileProfiles {
    /** The profile stamp of one source file. */
    public record Stamp(String profileName, String profileSha256) {}

    private SourceFileProfiles() {}

    /** Stamps source files written in {@code tx} (inside the import's transaction). */
    public static void stamp(ImportTransaction tx, List<Integer> sourceFileIds, String name, String sha256) {
        try {
            stamp(tx.connection(), sourceFileIds, name, sha256);
        } catch (SQLException e) {
            throw tx.fail(e);
        }
    }

    /** Stamps source files of a run that did not complete (written after its rollback), in their own transaction. */
    public static void stamp(CaseStore store, List<Integer> sourceFileIds, String name, String sha256) {
        if (sourceFileIds.isEmpty()) {
            return;
        }
        try (Connection c = store.connect()) {
            stamp(c, sourceFileIds, name, sha256);
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }

    private static void stamp(Connection c, List<Integer> ids, String name, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE source_file SET profile_name = ?, profile_sha256 = ? WHERE id = ?")) {
            for (int id : ids) {
                ps.setString(1, name);
                ps.setString(2, sha256);
                ps.setInt(3, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The profile a source file was read with, if any. */
    public static Optional<Stamp> of(CaseStore store, int sourceFileId) {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT profile_name, profile_sha256 FROM source_file WHERE id = ?")) {
            ps.setInt(1, sourceFileId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(new Stamp(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw CaseStore.translate(e, store.folder());
        }
    }
}
