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
 * <p>Encryption at rest (optional): a case created with a passphrase is stored with H2's {@code CIPHER=AES}; the
 * passphrase travels only in the connection's password property (as a {@code char[]}), never in the URL. Encryption
 * gives confidentiality only: it does not make the file tamper-evident (an edited block is not detected). Integrity of
 * evidence comes from the SHA-256 hashes of the case file bundle and the audit hash chain.
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
    private static final int H2_WRONG_PASSWORD = 28000;
    private static final int H2_ENCRYPTION_ERROR = 90049;
    /** The first bytes of a file written by H2's encrypting file system ({@code CIPHER=AES}). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Flyway reports every migration at INFO through java.util.logging; users need only its warnings. */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();

    private final Path folder;
    private final String url;
    /** H2's password for an encrypted case ("file password, space, user password"), or null. */
    private final char[] filePassword;
    /** Held for the case's lifetime so the H2 file stays open (and locked against other processes). */
    private final Connection anchor;
    /** Set only in a {@link #readSnapshot()}: the one connection every {@link #connect()} hands out. */
    private final Connection pinned;

    private CaseStore(Path folder, String url, char[] filePassword, Connection anchor, Connection pinned) {
        this.folder = folder;
        this.url = url;
        this.filePassword = filePassword;
        this.anchor = anchor;
        this.pinned = pinned;
    }

    /** Creates a new case in {@code folder} (created if needed; must not already hold a case). */
    public static CaseStore create(Path folder) {
        return create(folder, null);
    }

    /**
     * Creates a new case, encrypted at rest with {@code passphrase} when it is not null (the array is copied; the
     * caller may clear its own).
     */
    public static CaseStore create(Path folder, char[] passphrase) {
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
        return connectAndMigrate(abs, false, passphrase);
    }

    /** Opens an existing case, upgrading its schema if it was made by an older RingScope. */
    public static CaseStore open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens an existing case with its passphrase (null for an unencrypted case).
     *
     * @throws CaseStoreException {@code PASSPHRASE_REQUIRED} for an encrypted case opened without one,
     *     {@code WRONG_PASSPHRASE} for a wrong one (or one given for an unencrypted case)
     */
    public static CaseStore open(Path folder, char[] passphrase) {
        Path abs = CasePaths.validate(folder);
        if (!Files.exists(CasePaths.dbFile(abs))) {
            throw new CaseStoreException(CaseStoreException.Kind.NOT_FOUND, "No case found in " + abs);
        }
        boolean encrypted = isEncrypted(abs);
        if (encrypted && passphrase == null) {
            throw new CaseStoreException(CaseStoreException.Kind.PASSPHRASE_REQUIRED,
                    "This case is encrypted (" + abs + "); enter its passphrase to open it.");
        }
        if (!encrypted && passphrase != null) {
            throw new CaseStoreException(CaseStoreException.Kind.WRONG_PASSPHRASE,
                    "This case is not encrypted (" + abs + "); open it without a passphrase.");
        }
        return connectAndMigrate(abs, true, passphrase);
    }

    /** Opens the case in {@code folder}, creating it first when it does not exist yet. */
    public static CaseStore openOrCreate(Path folder) {
        return openOrCreate(folder, null);
    }

    /** {@link #openOrCreate(Path)} for a case encrypted with {@code passphrase} (null: not encrypted). */
    public static CaseStore openOrCreate(Path folder, char[] passphrase) {
        return Files.exists(CasePaths.dbFile(CasePaths.validate(folder))) ? open(folder, passphrase)
                : create(folder, passphrase);
    }

    /** True when the case in {@code folder} is encrypted at rest (so a passphrase must be asked for). */
    public static boolean isEncrypted(Path folder) {
        Path db = CasePaths.dbFile(CasePaths.validate(folder));
        try (java.io.InputStream in = Files.newInputStream(db)) {
            return java.util.Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public static boolean exists(Path folder) {
        return Files.exists(CasePaths.dbFile(CasePaths.validate(folder)));
    }

    private static CaseStore connectAndMigrate(Path abs, boolean mustExist, char[] passphrase) {
        // fixed template: the only variable part is the validated absolute path; CIPHER is a constant fragment
        String url = "jdbc:h2:file:" + abs.resolve(DB_NAME) + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "")
                + (passphrase != null ? ";CIPHER=AES" : "");
        char[] filePassword = passphrase == null ? null : filePassword(passphrase);
        Connection anchor;
        try {
            anchor = DriverManager.getConnection(url, credentials(filePassword));
        } catch (SQLException e) {
            throw translate(e, abs);
        }
        try {
            migrate(url, filePassword);
            CaseStore store = new CaseStore(abs, url, filePassword, anchor, null);
            new ImportRuns(store).markInterrupted();
            CaseIndexes.ensure(store);
            LinkAdjacency.ensure(store);
            ActivitySeries.tryEnsure(store);
            return store;
        } catch (RuntimeException e) {
            closeQuietly(anchor);
            throw e;
        }
    }

    private static void migrate(String url, char[] filePassword) {
        FLYWAY_LOG.fine("migrating " + url);
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPasswordChars(filePassword == null ? new char[0] : filePassword.clone());
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .javaMigrations(new LinkRunRangeMigration())
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
            throw new CaseStoreException(CaseStoreException.Kind.DATABASE, "Cannot prepare the case database: " + msg
                    + causeOf(e), e);
        }
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.flywaydb");
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /** H2 takes "file password, space, user password" for an encrypted database; the user password is empty. */
    private static char[] filePassword(char[] passphrase) {
        if (passphrase.length == 0) {
            throw new CaseStoreException(CaseStoreException.Kind.WRONG_PASSPHRASE, "The passphrase is empty");
        }
        char[] pw = java.util.Arrays.copyOf(passphrase, passphrase.length + 1);
        pw[passphrase.length] = ' ';
        return pw;
    }

    private static Properties credentials(char[] filePassword) {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        // H2 accepts the password as char[] in the properties; a copy, since H2 clears what it is given
        p.put("password", filePassword == null ? new char[0] : filePassword.clone());
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
            case H2_WRONG_PASSWORD, H2_ENCRYPTION_ERROR -> new CaseStoreException(
                    CaseStoreException.Kind.WRONG_PASSPHRASE,
                    "Wrong passphrase for this encrypted case (" + abs + "). The case was left untouched.",
                    e);
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

    /**
     * A new connection to this case (autocommit on); the caller closes it. In a {@link #readSnapshot()}: the
     * snapshot's one connection, on which {@code close()} does nothing.
     */
    public Connection connect() {
        if (pinned != null) {
            return ReadSnapshotConnection.borrowed(pinned);
        }
        try {
            return DriverManager.getConnection(url, credentials(filePassword));
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

    /** True when this case is encrypted at rest. */
    public boolean encrypted() {
        return filePassword != null;
    }

    /**
     * This case as one long read sees it (the case-file export): every {@link #connect()} of the returned store hands
     * out the same connection, inside one read transaction at snapshot isolation, so every query sees the case as it
     * was at the first one (no import, analysis or tag committed meanwhile shows up half) and thousands of small
     * queries cost one connection, not one each (a large export once opened ~100k and H2 refused more). Closing a
     * handed-out connection does nothing; {@link #close()} on the returned store ends the transaction (rolled back:
     * nothing is ever written through it) and leaves this store open. For reading only, on one thread.
     */
    public CaseStore readSnapshot() {
        if (pinned != null) {
            throw new IllegalStateException("already a read snapshot");
        }
        Connection c = connect();
        try {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            return new CaseStore(folder, url, filePassword, null, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(e, folder);
        }
    }

    @Override
    public void close() {
        if (pinned != null) {
            ReadSnapshotConnection.end(pinned);
            return; // the password belongs to the store this snapshot was taken from
        }
        closeQuietly(anchor);
        if (filePassword != null) {
            java.util.Arrays.fill(filePassword, '\0');
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing an already broken connection: nothing left to release
        }
    }

    /** The innermost cause's message (Flyway says only "Migration failed !"), or nothing if it adds nothing. */
    private static String causeOf(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        return inner == e || inner.getMessage() == null ? "" : ": " + inner.getMessage();
    }
}
