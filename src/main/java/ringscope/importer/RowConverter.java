package ringscope.importer;

import static ringscope.importer.FieldParsers.nonNegativeInt;
import static ringscope.importer.FieldParsers.text;
import static ringscope.importer.FieldParsers.timestamp;

import java.util.Map;
import ringscope.model.AccountRecord;
import ringscope.model.EventRecord;
import ringscope.model.InteractionRecord;
import ringscope.model.IpInfoRecord;
import ringscope.model.PaymentRecord;
import ringscope.model.RejectReason;
import ringscope.model.TermKind;

/**
 * Validates the cells of one row and turns them into a typed record: required fields present, timestamps strict
 * ISO-8601 with an offset, numbers range-checked, IPs well-formed, accounts known. Every failure names the field.
 * Dictionary ids are assigned only once the whole row is valid, so rejected rows leave no terms behind.
 */
final class RowConverter {
    static final int MAX_TOKENS = 10_000_000;
    static final int MAX_LATENCY_MS = 86_400_000;

    private final long maxTimeMs;
    private final Map<String, Integer> accounts;
    private final TermDictionary terms;

    RowConverter(long maxTimeMs, Map<String, Integer> accounts, TermDictionary terms) {
        this.maxTimeMs = maxTimeMs;
        this.accounts = accounts;
        this.terms = terms;
    }

    AccountRecord account(String[] c, int id, int fileId, long line) throws RowRejectedException {
        String accountId = text("account_id", required(c, 0, "account_id"), 200);
        if (accountId.isBlank()) {
            throw new RowRejectedException(RejectReason.MISSING_FIELD, "field account_id is blank");
        }
        long created = timestamp("created_at", required(c, 1, "created_at"), maxTimeMs);
        String signupIp = c[5] == null ? null : FieldParsers.ip("signup_ip", c[5], false);
        Long changed = c[11] == null ? null : timestamp("status_changed_at", c[11], maxTimeMs);
        return new AccountRecord(id, accountId, created, opt(c, 2, "email_domain", 255), opt(c, 3, "email_hash", 128),
                opt(c, 4, "org_name", 255), signupIp, opt(c, 6, "payment_fingerprint", 128),
                opt(c, 7, "billing_country", 8), opt(c, 8, "verification_path", 64), opt(c, 9, "plan", 64),
                opt(c, 10, "status", 32), changed, fileId, line);
    }

    /** An interaction without its row id (assigned by the caller once the id is known to be new). */
    InteractionRecord interaction(String[] c, int fileId, long line) throws RowRejectedException {
        String id = text("interaction_id", required(c, 0, "interaction_id"), 200);
        long ts = timestamp("ts", required(c, 1, "ts"), maxTimeMs);
        int account = account(required(c, 2, "account_id"));
        String ip = c[4] == null ? null : FieldParsers.ip("ip", c[4], false);
        int in = nonNegativeInt("input_tokens", required(c, 8, "input_tokens"), MAX_TOKENS);
        int out = nonNegativeInt("output_tokens", required(c, 9, "output_tokens"), MAX_TOKENS);
        int latency = c[10] == null ? -1 : nonNegativeInt("latency_ms", c[10], MAX_LATENCY_MS);
        String apiKey = opt(c, 3, "api_key_id", 200);
        String ua = opt(c, 5, "user_agent", 2000);
        String model = opt(c, 6, "model", 200);
        String category = opt(c, 7, "category", 200);
        String status = opt(c, 11, "status", 64);
        String template = opt(c, 12, "prompt_template_hash", 200);
        String endUser = opt(c, 13, "end_user", 200);
        return new InteractionRecord(0, id, ts, account, terms.idOf(TermKind.API_KEY, apiKey),
                terms.idOf(TermKind.IP, ip), terms.idOf(TermKind.USER_AGENT, ua), terms.idOf(TermKind.MODEL, model),
                terms.idOf(TermKind.CATEGORY, category), in, out, latency, terms.idOf(TermKind.STATUS, status),
                terms.idOf(TermKind.TEMPLATE, template), terms.idOf(TermKind.END_USER, endUser), fileId, line);
    }

    PaymentRecord payment(String[] c, long id, int fileId, long line) throws RowRejectedException {
        int account = account(required(c, 0, "account_id"));
        String instrument = text("instrument_fingerprint", required(c, 1, "instrument_fingerprint"), 128);
        long ts = timestamp("ts", required(c, 2, "ts"), maxTimeMs);
        String outcome = text("outcome", required(c, 3, "outcome"), 32);
        return new PaymentRecord(id, account, instrument, ts, outcome, fileId, line);
    }

    IpInfoRecord ipInfo(String[] c, long id, int fileId, long line) throws RowRejectedException {
        String ip = FieldParsers.ip("ip_or_prefix", required(c, 0, "ip_or_prefix"), true);
        Long asn = null;
        if (c[1] != null) {
            String v = c[1].startsWith("AS") ? c[1].substring(2) : c[1];
            asn = (long) nonNegativeInt("asn", v, Integer.MAX_VALUE);
        }
        return new IpInfoRecord(id, ip, asn, opt(c, 2, "asn_org", 255), opt(c, 3, "ip_type", 32),
                opt(c, 4, "country", 8), fileId, line);
    }

    EventRecord event(String[] c, long id, int fileId, long line) throws RowRejectedException {
        long ts = timestamp("ts", required(c, 0, "ts"), maxTimeMs);
        String kind = text("kind", required(c, 1, "kind"), 64);
        String label = text("label", required(c, 2, "label"), 1000);
        int account = c[3] == null ? 0 : account(c[3]);
        return new EventRecord(id, ts, kind, label, account, fileId, line);
    }

    private int account(String accountId) throws RowRejectedException {
        Integer ref = accounts.get(accountId);
        if (ref == null) {
            throw new RowRejectedException(RejectReason.UNKNOWN_ACCOUNT,
                    "field account_id: '" + cut(accountId) + "' is not in accounts.csv");
        }
        return ref;
    }

    private static String required(String[] c, int i, String name) throws RowRejectedException {
        if (c[i] == null || c[i].isBlank()) {
            throw new RowRejectedException(RejectReason.MISSING_FIELD, "field " + name + " is empty");
        }
        return c[i];
    }

    private static String opt(String[] c, int i, String name, int max) throws RowRejectedException {
        return c[i] == null ? null : text(name, c[i], max);
    }

    private static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
