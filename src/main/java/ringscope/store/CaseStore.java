package ringscope.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * One open case: a folder holding one H2 database file ({@value #DB_NAME}.mv.db). The JDBC URL comes from a fixed
 * template with a validated absolute path and never contains user-supplied settings (an {@code INIT=} fragment would run
 * SQL). {@code WRITE_DELAY=0} because the default write delay lost the last commits after kill -9 (STACK.md).
 *
 * <p>Thread-safety: {@link #connect()} may be called from any thread; each caller owns the connection it gets.
 */
public final class CaseStore implements AutoCloseable {
    public static final String DB_NAME = "case";
    private static final int H2_LOCKED = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_DATABASE_NOT_FOUND = 90146;
    private static final int H2_NOT_FOUND_OLD = 90013;
    private static final int H2_READ_ONLY = 90097;

    /** Flyway reports every migration at INFO through java.util.logging; users need only its warnings. */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();

    private final Path folder;
    private final String url;
    /** Held for the case's lifetime so the H2 file stays open (and locked against other processes). */
    private final Connection anchor;

    private CaseStore(Path folder, String url, Connection anchor) {
        this.folder = folder;
        this.url = url;
        this.anchor = anchor;
    }

    /** Creates a new case in {@code folder} (created if needed; must not already hold a case). */
    public static CaseStore create(Path folder) {
        Path abs = CasePaths.validate(folder);
        if (Files.exists(CasePaths.dbFile(abs))) {
            throw new CaseStoreException(CaseStoreException.Kind.ALREADY_EXISTS, "A case already exists in " + abs);
        }
        try {
            Files.createDirectories(abs);
        } catch (java.io.IOException e) {
            throw new CaseStoreException(
                    CaseStoreException.Kind.INVALID_PATH, "Cannot create the case folder " + abs + ": " + e, e);
        }
        return connectAndMigrate(abs, false);
    }

    /** Opens an existing case, upgrading its schema if it was made by an older RingScope. */
    public static CaseStore open(Path folder) {
        Path abs = CasePaths.validate(folder);
        if (!Files.exists(CasePaths.dbFile(abs))) {
            throw new CaseStoreException(CaseStoreException.Kind.NOT_FOUND, "No case found in " + abs);
        }
        return connectAndMigrate(abs, true);
    }

    /** Opens the case in {@code folder}, creating it first when it does not exist yet. */
    public static CaseStore openOrCreate(Path folder) {
        return Files.exists(CasePaths.dbFile(CasePaths.validate(folder))) ? open(folder) : create(folder);
    }

    public static boolean exists(Path folder) {
        return Files.exists(CasePaths.dbFile(CasePaths.validate(folder)));
    }

    private static CaseStore connectAndMigrate(Path abs, boolean mustExist) {
        String url = "jdbc:h2:file:" + abs.resolve(DB_NAME) + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
        Connection anchor;
        try {
            anchor = DriverManager.getConnection(url, credentials());
        } catch (SQLException e) {
            throw translate(e, abs);
        }
        try {
            migrate(url);
            CaseStore store = new CaseStore(abs, url, anchor);
            new ImportRuns(store).markInterrupted();
            CaseIndexes.ensure(store);
            return store;
        } catch (RuntimeException e) {
            closeQuietly(anchor);
            throw e;
        }
    }

    private static void migrate(String url) {
        FLYWAY_LOG.fine("migrating " + url);
        try {
            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("checksum mismatch")) {
                throw new CaseStoreException(CaseStoreException.Kind.NEWER_SCHEMA,
                        "This case was made by a different development build of RingScope (its schema differs);"
                                + " open it with that build or import the dataset into a new case.",
                        e);
            }
            if (msg.contains("newer than") || msg.contains("not resolved locally")) {
                throw new CaseStoreException(
                        CaseStoreException.Kind.NEWER_SCHEMA,
                        "This case was made with a newer RingScope; upgrade RingScope to open it.",
                        e);
            }
            throw new CaseStoreException(CaseStoreException.Kind.DATABASE, "Cannot prepare the case database: " + msg, e);
        }
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    private static Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "");
        return p;
    }

    static CaseStoreException translate(SQLException e, Path abs) {
        if (diskFull(e)) {
            // H2 closes the database after a failed write; the last commit stays intact on disk (DiskFullTest)
            return new CaseStoreException(CaseStoreException.Kind.DISK_FULL, "The disk holding the case is full ("
                    + abs + "). Nothing of the current operation was saved; free some space, then reopen the case.", e);
        }
        return switch (e.getErrorCode()) {
            case H2_LOCKED -> new CaseStoreException(
                    CaseStoreException.Kind.OPEN_ELSEWHERE,
                    "This case is open in another window or program (" + abs + "). Close it there first.",
                    e);
            case H2_FILE_CORRUPTED -> new CaseStoreException(
                    CaseStoreException.Kind.DAMAGED,
                    "The case file is damaged (" + abs + "). It was left untouched; restore it from a backup.",
                    e);
            case H2_DATABASE_NOT_FOUND, H2_NOT_FOUND_OLD -> new CaseStoreException(
                    CaseStoreException.Kind.NOT_FOUND, "No case found in " + abs, e);
            case H2_READ_ONLY -> new CaseStoreException(
                    CaseStoreException.Kind.READ_ONLY, "The case is on read-only storage: " + abs, e);
            default -> new CaseStoreException(
                    CaseStoreException.Kind.DATABASE, "Case database error (" + abs + "): " + e.getMessage(), e);
        };
    }

    private static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    /** A new connection to this case (autocommit on); the caller closes it. */
    public Connection connect() {
        try {
            return DriverManager.getConnection(url, credentials());
        } catch (SQLException e) {
            throw translate(e, folder);
        }
    }

    public Path folder() {
        return folder;
    }

    public String name() {
        return folder.getFileName().toString();
    }

    @Override
    public void close() {
        closeQuietly(anchor);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing an already broken connection: nothing left to release
        }
    }
}
