package ringscope.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the small files of a dataset (accounts, payments, events, IP info), each in a fixed order: accounts by
 * creation time then id, payments and events by time (stable, so ties keep planting order), IP blocks in plan order.
 */
final class TableWriter {
    static final List<String> ACCOUNTS = List.of("account_id", "created_at", "email_domain", "email_hash",
            "org_name", "signup_ip", "payment_fingerprint", "billing_country", "verification_path", "plan", "status",
            "status_changed_at");
    static final List<String> PAYMENTS = List.of("account_id", "instrument_fingerprint", "ts", "outcome");
    static final List<String> EVENTS = List.of("ts", "kind", "label", "account_id");
    static final List<String> IP_INFO = List.of("ip_or_prefix", "asn", "asn_org", "ip_type", "country");

    private TableWriter() {}

    static long accounts(Path file, List<Actor> actors) throws IOException {
        List<AccountRecord> rows = new ArrayList<>(actors.stream().map(Actor::account).toList());
        rows.sort(Comparator.comparingLong(AccountRecord::createdAt).thenComparing(AccountRecord::accountId));
        try (CsvWriter out = new CsvWriter(file, ACCOUNTS)) {
            for (AccountRecord a : rows) {
                AccountRecord.Identity id = a.identity();
                out.text(a.accountId()).time(a.createdAt()).text(id.emailDomain()).text(id.emailHash())
                        .text(id.orgName()).text(id.signupIp()).text(id.paymentFingerprint())
                        .text(id.billingCountry()).text(id.verificationPath()).text(a.plan()).text(a.status())
                        .time(a.statusChangedAt()).endRow();
            }
            return out.rows();
        }
    }

    static long payments(Path file, List<Records.Payment> payments) throws IOException {
        List<Records.Payment> rows = new ArrayList<>(payments);
        rows.sort(Comparator.comparingLong(Records.Payment::ts));
        try (CsvWriter out = new CsvWriter(file, PAYMENTS)) {
            for (Records.Payment p : rows) {
                out.text(p.accountId()).text(p.instrument()).time(p.ts()).text(p.outcome()).endRow();
            }
            return out.rows();
        }
    }

    static long events(Path file, List<Records.Event> events) throws IOException {
        List<Records.Event> rows = new ArrayList<>(events);
        rows.sort(Comparator.comparingLong(Records.Event::ts));
        try (CsvWriter out = new CsvWriter(file, EVENTS)) {
            for (Records.Event e : rows) {
                out.time(e.ts()).text(e.kind()).text(e.label()).text(e.accountId()).endRow();
            }
            return out.rows();
        }
    }

    static long ipInfo(Path file, NetworkPlan network) throws IOException {
        try (CsvWriter out = new CsvWriter(file, IP_INFO)) {
            for (IpBlock b : network.blocks()) {
                out.text(b.cidr()).number(b.asn()).text(b.asnOrg()).text(b.ipType()).text(b.country()).endRow();
            }
            return out.rows();
        }
    }
}
