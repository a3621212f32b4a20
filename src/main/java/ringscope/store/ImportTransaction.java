package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountRecord;
import ringscope.model.EventRecord;
import ringscope.model.InteractionRecord;
import ringscope.model.IpInfoRecord;
import ringscope.model.PaymentRecord;
import ringscope.model.SourceFileRecord;
import ringscope.model.Term;
import ringscope.model.TermKind;

/**
 * The writes of one import. The small tables (accounts, payments, events, terms, source files, quarantine, merged
 * aggregates) go through ONE transaction; the big ones (interactions, and the aggregates of a first import) are
 * committed in batches into staging tables that nothing reads ({@link ImportStaging}). {@link #commit} commits the
 * small tables with the run marked FINISHING, promotes the staged rows and marks the run COMPLETE; {@link #rollback}
 * (or a crash before FINISHING) leaves the case as it was: the transaction rolls back and the staged rows are deleted
 * (at the next open after a crash). Used by one thread. Aggregate writes live in {@link AggregateWriter}.
 */
public final class ImportTransaction implements AutoCloseable {
    private final CaseStore store;
    private final Connection c;
    /** Writes the staging tables; every batch is committed, so no transaction grows with the import. */
    private final Connection stage;
    private final PreparedStatement interactionInsert;

    private ImportTransaction(CaseStore store, Connection c, Connection stage) throws SQLException {
        this.store = store;
        this.c = c;
        this.stage = stage;
        this.interactionInsert = stage.prepareStatement("INSERT INTO interaction_stage (row_id, interaction_id, ts_ms,"
                + " account_ref, api_key_ref, ip_ref, user_agent_ref, model_ref, category_ref, input_tokens,"
                + " output_tokens, latency_ms, status_ref, template_ref, end_user_ref, source_file_id, line_no)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    public static ImportTransaction begin(CaseStore store) {
        Connection c = store.connect();
        Connection stage = null;
        try {
            c.setAutoCommit(false);
            stage = store.connect();
            stage.setAutoCommit(false);
            ImportStaging.clear(stage);
            return new ImportTransaction(store, c, stage);
        } catch (SQLException e) {
            closeQuietly(c);
            if (stage != null) {
                closeQuietly(stage);
            }
            throw CaseStore.translate(e, store.folder());
        }
    }

    Connection connection() {
        return c;
    }

    /** The connection of the staging tables (each batch written through it is committed at once). */
    Connection stageConnection() {
        return stage;
    }

    CaseStoreException fail(SQLException e) {
        return CaseStore.translate(e, store.folder());
    }

    /** The next free value of an integer key column (ids are assigned by the importer, which is the only writer). */
    public long nextId(String table, String column) {
        if (!CaseOverviewRepository.TABLES.contains(table) || !column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table + "." + column);
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Account ids already in the case, mapped to their surrogate keys. */
    public Map<String, Integer> existingAccounts() {
        Map<String, Integer> out = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT account_id, id FROM account")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        return out;
    }

    /** Every term already in the case, for the importer's dictionary. */
    public List<Term> existingTerms() {
        List<Term> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, kind, term_value FROM term")) {
            while (rs.next()) {
                out.add(new Term(rs.getInt(1), TermKind.ofCode(rs.getString(2)), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        return out;
    }

    public void insertTerms(Collection<Term> terms) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO term (id, kind, term_value) VALUES (?, ?, ?)")) {
            for (Term t : terms) {
                ps.setInt(1, t.id());
                ps.setString(2, t.kind().code());
                ps.setString(3, t.value());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void insertAccounts(Collection<AccountRecord> accounts) {
        String sql = "INSERT INTO account (id, account_id, created_ms, email_domain, email_hash, org_name, signup_ip,"
                + " payment_fingerprint, billing_country, verification_path, plan, status, status_changed_ms,"
                + " source_file_id, line_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (AccountRecord a : accounts) {
                ps.setInt(1, a.id());
                ps.setString(2, a.accountId());
                ps.setLong(3, a.createdMs());
                ps.setString(4, a.emailDomain());
                ps.setString(5, a.emailHash());
                ps.setString(6, a.orgName());
                ps.setString(7, a.signupIp());
                ps.setString(8, a.paymentFingerprint());
                ps.setString(9, a.billingCountry());
                ps.setString(10, a.verificationPath());
                ps.setString(11, a.plan());
                ps.setString(12, a.status());
                setLongOrNull(ps, 13, a.statusChangedMs());
                ps.setInt(14, a.sourceFileId());
                ps.setLong(15, a.lineNo());
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Adds interactions to the current batch and executes it; call with batches of a few thousand rows. */
    public void insertInteractions(List<InteractionRecord> rows) {
        PreparedStatement ps = interactionInsert;
        try {
            for (InteractionRecord r : rows) {
                ps.setLong(1, r.rowId());
                ps.setString(2, r.interactionId());
                ps.setLong(3, r.tsMs());
                ps.setInt(4, r.accountRef());
                setRef(ps, 5, r.apiKeyRef());
                setRef(ps, 6, r.ipRef());
                setRef(ps, 7, r.userAgentRef());
                setRef(ps, 8, r.modelRef());
                setRef(ps, 9, r.categoryRef());
                ps.setInt(10, r.inputTokens());
                ps.setInt(11, r.outputTokens());
                if (r.latencyMs() < 0) {
                    ps.setNull(12, Types.INTEGER);
                } else {
                    ps.setInt(12, r.latencyMs());
                }
                setRef(ps, 13, r.statusRef());
                setRef(ps, 14, r.templateRef());
                setRef(ps, 15, r.endUserRef());
                ps.setInt(16, r.sourceFileId());
                ps.setLong(17, r.lineNo());
                ps.addBatch();
            }
            ps.executeBatch();
            stage.commit();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * The first stored interaction (lowest row id) for each of the given ids, including rows written earlier in this
     * transaction. One scan of the interaction table (there is no index on interaction_id), so call it once per file
     * and only when there are repeated ids.
     */
    public Map<String, InteractionRecord> interactionsWithIds(java.util.Set<String> ids) {
        String sql = "SELECT row_id, interaction_id, ts_ms, account_ref, api_key_ref, ip_ref, user_agent_ref, model_ref,"
                + " category_ref, input_tokens, output_tokens, latency_ms, status_ref, template_ref, end_user_ref,"
                + " source_file_id, line_no FROM interaction UNION ALL SELECT * FROM interaction_stage ORDER BY row_id";
        Map<String, InteractionRecord> out = new HashMap<>();
        try (Statement s = stage.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String id = rs.getString(2);
                if (!ids.contains(id) || out.containsKey(id)) {
                    continue;
                }
                int latency = rs.getInt(12);
                if (rs.wasNull()) {
                    latency = -1;
                }
                out.put(id, new InteractionRecord(rs.getLong(1), id, rs.getLong(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), latency,
                        rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getInt(16), rs.getLong(17)));
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        return out;
    }

    /** Streams every stored interaction id (to seed duplicate detection when a case already holds rows). */
    public void forEachInteractionId(java.util.function.Consumer<String> action) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT interaction_id FROM interaction")) {
            while (rs.next()) {
                action.accept(rs.getString(1));
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void deleteInteraction(long rowId) {
        try (PreparedStatement ps = stage.prepareStatement("DELETE FROM interaction_stage WHERE row_id = ?")) {
            ps.setLong(1, rowId);
            ps.executeUpdate();
            stage.commit();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void insertPayments(List<PaymentRecord> rows) {
        String sql = "INSERT INTO payment (id, account_ref, instrument_fingerprint, ts_ms, outcome, source_file_id,"
                + " line_no) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (PaymentRecord p : rows) {
                ps.setLong(1, p.id());
                ps.setInt(2, p.accountRef());
                ps.setString(3, p.instrumentFingerprint());
                ps.setLong(4, p.tsMs());
                ps.setString(5, p.outcome());
                ps.setInt(6, p.sourceFileId());
                ps.setLong(7, p.lineNo());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void insertIpInfo(List<IpInfoRecord> rows) {
        String sql = "INSERT INTO ip_info (id, ip_or_prefix, asn, asn_org, ip_type, country, source_file_id, line_no)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (IpInfoRecord r : rows) {
                ps.setLong(1, r.id());
                ps.setString(2, r.ipOrPrefix());
                setLongOrNull(ps, 3, r.asn());
                ps.setString(4, r.asnOrg());
                ps.setString(5, r.ipType());
                ps.setString(6, r.country());
                ps.setInt(7, r.sourceFileId());
                ps.setLong(8, r.lineNo());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void insertEvents(List<EventRecord> rows) {
        String sql = "INSERT INTO event (id, ts_ms, kind, label, account_ref, source_file_id, line_no)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (EventRecord r : rows) {
                ps.setLong(1, r.id());
                ps.setLong(2, r.tsMs());
                ps.setString(3, r.kind());
                ps.setString(4, r.label());
                setRef(ps, 5, r.accountRef());
                ps.setInt(6, r.sourceFileId());
                ps.setLong(7, r.lineNo());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void insertSourceFiles(List<SourceFileRecord> files) {
        try {
            insertSourceFiles(c, files);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void insertRejections(long runId, List<ImportRuns.RejectionAt> rejections) {
        try {
            insertRejections(c, runId, rejections);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Commits the run: the small tables with the run marked FINISHING and its totals (from here on the import is
     * kept; a crash is rolled forward at the next open), then the staged rows are promoted and the run is COMPLETE.
     */
    public void commit(long runId, long finishedMs, long[] totals, String message) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET status = 'FINISHING', finished_ms = ?,"
                + " rows_read = ?, rows_imported = ?, rows_rejected = ?, rows_duplicate = ?, message = ?"
                + " WHERE id = ?")) {
            stage.commit();
            ps.setLong(1, finishedMs);
            for (int i = 0; i < 4; i++) {
                ps.setLong(2 + i, totals[i]);
            }
            ps.setString(6, message);
            ps.setLong(7, runId);
            ps.executeUpdate();
            c.commit();
            ImportStaging.promote(stage);
            try (PreparedStatement done = c.prepareStatement(
                    "UPDATE import_run SET status = 'COMPLETE' WHERE id = ?")) {
                done.setLong(1, runId);
                done.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Undoes the run: the transaction rolls back and the staged rows are deleted. */
    public void rollback() {
        try {
            c.rollback();
            stage.rollback();
            ImportStaging.clear(stage);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    static void insertSourceFiles(Connection c, List<SourceFileRecord> files) throws SQLException {
        String sql = "INSERT INTO source_file (id, import_run_id, file_name, kind, format, sha256, size_bytes, rows_read,"
                + " rows_imported, rows_rejected, rows_duplicate, rows_blank, bom_present, ignored_columns)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (SourceFileRecord f : files) {
                var r = f.report();
                ps.setInt(1, f.id());
                ps.setLong(2, f.importRunId());
                ps.setString(3, r.fileName());
                ps.setString(4, r.kind());
                ps.setString(5, r.format());
                ps.setString(6, r.sha256());
                ps.setLong(7, r.sizeBytes());
                ps.setLong(8, r.read());
                ps.setLong(9, r.imported());
                ps.setLong(10, r.rejected());
                ps.setLong(11, r.duplicates());
                ps.setLong(12, r.blank());
                ps.setBoolean(13, r.bomPresent());
                ps.setString(14, String.join(",", r.ignoredColumns()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void insertRejections(Connection c, long runId, List<ImportRuns.RejectionAt> rejections)
            throws SQLException {
        String sql = "INSERT INTO rejection (import_run_id, source_file_id, line_no, byte_offset, reason, detail,"
                + " raw_excerpt) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (ImportRuns.RejectionAt at : rejections) {
                var r = at.rejection();
                ps.setLong(1, runId);
                ps.setInt(2, at.sourceFileId());
                ps.setLong(3, r.lineNo());
                ps.setLong(4, r.byteOffset());
                ps.setString(5, r.reason().name());
                ps.setString(6, cut(r.detail(), 1000));
                ps.setString(7, cut(r.rawExcerpt(), 2000));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void setRef(PreparedStatement ps, int i, int ref) throws SQLException {
        if (ref == 0) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, ref);
        }
    }

    private static void setLongOrNull(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    /** Rolls back anything not committed and releases the connections (staged rows of an unfinished run go too). */
    @Override
    public void close() {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is being discarded; H2 rolls back uncommitted work on close anyway
        }
        try {
            stage.rollback();
            if (!finishedOrFinishing()) {
                ImportStaging.clear(stage);
            }
        } catch (SQLException ignored) {
            // the next open deletes staged rows of a run that did not reach FINISHING
        }
        closeQuietly(stage);
        closeQuietly(c);
    }

    private boolean finishedOrFinishing() throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM import_run WHERE status = 'FINISHING'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }
}
