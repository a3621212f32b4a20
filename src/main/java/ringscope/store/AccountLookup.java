package ringscope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ringscope.model.AccountHit;
import ringscope.model.Term;
import ringscope.model.TermKind;

/**
 * Account look-ups for the analysis queries: ids ↔ refs, search by id, IP, payment fingerprint or email hash, the
 * values two accounts share (from the account × value aggregate, with how many accounts use each), and the values
 * one account used. Every method opens its own connection; safe from any thread.
 */
public final class AccountLookup {
    private final CaseStore store;

    public AccountLookup(CaseStore store) {
        this.store = store;
    }

    /** The surrogate ref of an account id. */
    public Optional<Integer> ref(String accountId) {
        List<Integer> r = query("SELECT id FROM account WHERE account_id = ?", List.of(accountId), rs -> rs.getInt(1));
        return r.stream().findFirst();
    }

    /** Account ids of the given refs (refs without an account are left out). */
    public Map<Integer, String> ids(Collection<Integer> refs) {
        Map<Integer, String> out = new HashMap<>();
        List<Integer> list = new ArrayList<>(refs);
        for (int from = 0; from < list.size(); from += 500) {
            List<Integer> chunk = list.subList(from, Math.min(list.size(), from + 500));
            query("SELECT id, account_id FROM account WHERE id IN (" + marks(chunk.size()) + ")", chunk, rs -> {
                out.put(rs.getInt(1), rs.getString(2));
                return null;
            });
        }
        return out;
    }

    /**
     * Accounts matching {@code text} exactly as an account id, sign-up or request IP, payment fingerprint (accounts or
     * payments) or email hash, or whose account id or email hash starts with it; at most {@code limit}, exact id
     * matches first.
     */
    public List<AccountHit> search(String text, int limit) {
        String t = text.strip();
        Map<Integer, AccountHit> out = new LinkedHashMap<>();
        String prefix = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        collect(out, "account id", "SELECT id, account_id, account_id FROM account WHERE account_id = ?", t);
        collect(out, "payment", "SELECT id, account_id, payment_fingerprint FROM account WHERE payment_fingerprint = ?",
                t);
        collect(out, "payment", "SELECT DISTINCT a.id, a.account_id, p.instrument_fingerprint FROM payment p JOIN"
                + " account a ON a.id = p.account_ref WHERE p.instrument_fingerprint = ?", t);
        collect(out, "sign-up ip", "SELECT id, account_id, signup_ip FROM account WHERE signup_ip = ?", t);
        collect(out, "ip", "SELECT a.id, a.account_id, t.term_value FROM term t JOIN account_term x ON x.term_ref = t.id"
                + " JOIN account a ON a.id = x.account_ref WHERE t.kind = 'ip' AND t.term_value = ?", t);
        collect(out, "email hash", "SELECT id, account_id, email_hash FROM account WHERE email_hash = ?", t);
        if (t.length() >= 3) {
            collect(out, "account id", "SELECT id, account_id, account_id FROM account WHERE account_id LIKE ?"
                    + " ESCAPE '\\' ORDER BY account_id FETCH FIRST 200 ROWS ONLY", prefix);
            collect(out, "email hash", "SELECT id, account_id, email_hash FROM account WHERE email_hash LIKE ?"
                    + " ESCAPE '\\' ORDER BY account_id FETCH FIRST 200 ROWS ONLY", prefix);
        }
        return out.values().stream().limit(limit).toList();
    }

    private void collect(Map<Integer, AccountHit> out, String field, String sql, String arg) {
        query(sql, List.of(arg), rs -> out.putIfAbsent(rs.getInt(1), new AccountHit(rs.getInt(1), rs.getString(2),
                field, rs.getString(3))));
    }

    /** One value two accounts both used, with each one's use and how many accounts use it in all. */
    public record SharedTerm(Term term, int accountsUsing, int countA, long firstA, long lastA, int countB,
            long firstB, long lastB) {}

    /** Every value (IP, user agent, template, key, end user, model, ...) both accounts used. */
    public List<SharedTerm> sharedTerms(int a, int b) {
        return query("SELECT t.id, t.kind, t.term_value, (SELECT COUNT(*) FROM account_term c WHERE c.term_ref = t.id),"
                + " x.interactions, x.first_ms, x.last_ms, y.interactions, y.first_ms, y.last_ms FROM account_term x"
                + " JOIN account_term y ON y.term_ref = x.term_ref AND y.account_ref = ? JOIN term t ON t.id ="
                + " x.term_ref WHERE x.account_ref = ? ORDER BY t.id", List.of(b, a), rs -> new SharedTerm(
                        new Term(rs.getInt(1), TermKind.ofCode(rs.getString(2)), rs.getString(3)), rs.getInt(4),
                        rs.getInt(5), rs.getLong(6), rs.getLong(7), rs.getInt(8), rs.getLong(9), rs.getLong(10)));
    }

    /** The values of {@code kind} an account used, with how often. */
    public Map<Term, Integer> termsOf(int account, TermKind kind) {
        Map<Term, Integer> out = new LinkedHashMap<>();
        query("SELECT t.id, t.term_value, x.interactions FROM account_term x JOIN term t ON t.id = x.term_ref"
                + " WHERE x.account_ref = ? AND t.kind = ? ORDER BY t.id", List.of(account, kind.code()), rs ->
                        out.put(new Term(rs.getInt(1), kind, rs.getString(2)), rs.getInt(3)));
        return out;
    }

    /** True when either account's row in accounts.csv carries payment fingerprint {@code instrument}. */
    public boolean accountRowsWith(int a, int b, String instrument) {
        return !query("SELECT id FROM account WHERE id IN (?, ?) AND payment_fingerprint = ?",
                List.of(a, b, instrument), rs -> rs.getInt(1)).isEmpty();
    }

    /** The dictionary id of a value, if the case has it. */
    public Optional<Integer> termRef(TermKind kind, String value) {
        return query("SELECT id FROM term WHERE kind = ? AND term_value = ?", List.of(kind.code(), value),
                rs -> rs.getInt(1)).stream().findFirst();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private <T> List<T> query(String sql, List<?> args, AnalysisRepository.RowMapper<T> mapper) {
        return AnalysisRepository.query(store, sql, args, mapper);
    }
}
