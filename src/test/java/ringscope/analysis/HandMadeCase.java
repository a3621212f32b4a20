package ringscope.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ringscope.importer.ImportOptions;
import ringscope.importer.ImportService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.CancelToken;
import ringscope.model.ClusterParameters;
import ringscope.model.ImportStatus;
import ringscope.model.ProgressSink;
import ringscope.store.CaseStore;

/**
 * A hand-made dataset written by a test (accounts, interactions, payments, events, ip_info in the native format),
 * imported into a real H2 case in a temp folder by the real importer. Times are given as hours after
 * {@link #T0}. Build, then {@link #open}; close the returned store.
 */
final class HandMadeCase {
    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private final List<String> accounts = new ArrayList<>();
    private final List<String> interactions = new ArrayList<>();
    private final List<String> payments = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<String> ipInfo = new ArrayList<>(List.of(
            "10.0.0.0/8,64512,Example Residential,residential,US",
            "172.16.0.0/12,64600,Example Hosting,hosting,NL",
            "198.51.100.0/24,64700,Example Corp,corporate,GB"));
    private int nextInteraction = 1;

    static String at(double hours) {
        return T0.plusMillis(Math.round(hours * 3_600_000)).toString();
    }

    /** An account created {@code hours} after T0 (negative: before) with the given sign-up facts. */
    HandMadeCase account(String id, double hours, String emailHash, String domain, String signupIp, String card,
            String verification) {
        accounts.add(String.join(",", id, at(hours), domain, emailHash, "", signupIp, card == null ? "" : card, "US",
                verification, "pay_as_you_go", "active", ""));
        return this;
    }

    /** A plain account with unique email, card and sign-up address. */
    HandMadeCase account(String id, double hours) {
        return account(id, hours, "e" + Math.abs(id.hashCode()), "mail" + id + ".example", "10.200." + (Math.abs(
                id.hashCode()) % 250) + ".1", "pf-" + id, "email");
    }

    /** One interaction; {@code key}, {@code template}, {@code endUser} may be empty. */
    HandMadeCase use(String account, double hours, String key, String ip, String agent, String model, String template,
            String endUser) {
        interactions.add(String.join(",", String.format("r-%06d", nextInteraction++), at(hours), account, key, ip,
                agent, model, "coding", "100", "200", "500", "ok", template, endUser));
        return this;
    }

    /** A plain interaction from {@code ip} with key "k-" + account. */
    HandMadeCase use(String account, double hours, String ip) {
        return use(account, hours, "k-" + account, ip, "sdk/1.0", "model-a", "", "");
    }

    HandMadeCase payment(String account, String card, double hours) {
        payments.add(String.join(",", account, card, at(hours), "succeeded"));
        return this;
    }

    HandMadeCase event(double hours, String kind, String label, String account) {
        events.add(String.join(",", at(hours), kind, label, account == null ? "" : account));
        return this;
    }

    /** Writes the dataset under {@code dir}/data and imports it into a new case {@code dir}/case. */
    CaseStore open(Path dir) {
        Path data = dir.resolve("data");
        try {
            Files.createDirectories(data);
            Files.writeString(data.resolve("dataset.json"), "{\"name\": \"hand-made\", \"description\": \"test\","
                    + " \"time_zone\": \"UTC\", \"scenario\": \"test\"}", StandardCharsets.UTF_8);
            write(data.resolve("accounts.csv"), "account_id,created_at,email_domain,email_hash,org_name,signup_ip,"
                    + "payment_fingerprint,billing_country,verification_path,plan,status,status_changed_at", accounts);
            write(data.resolve("interactions.csv"), "interaction_id,ts,account_id,api_key_id,ip,user_agent,model,"
                    + "category,input_tokens,output_tokens,latency_ms,status,prompt_template_hash,end_user",
                    interactions);
            write(data.resolve("payments.csv"), "account_id,instrument_fingerprint,ts,outcome", payments);
            write(data.resolve("events.csv"), "ts,kind,label,account_id", events);
            write(data.resolve("ip_info.csv"), "ip_or_prefix,asn,asn_org,ip_type,country", ipInfo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CaseStore store = CaseStore.create(dir.resolve("case"));
        ImportStatus status = new ImportService(store).importDataset(data, ImportOptions.defaults(),
                ProgressSink.NONE, CancelToken.none()).status();
        if (status != ImportStatus.COMPLETE) {
            store.close();
            throw new IllegalStateException("hand-made dataset did not import: " + status);
        }
        return store;
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Default parameters, but clusters of 2 accounts are reported (hand-made cases are tiny). */
    static AnalysisParameters smallClusters() {
        AnalysisParameters d = AnalysisParameters.defaults();
        ClusterParameters c = d.clustering();
        return new AnalysisParameters(d.rules(), new ClusterParameters(c.minPairWeight(), 2, c.overlapShare(),
                c.excludedRules()));
    }

    static AnalysisRun analyse(CaseStore store) {
        return new AnalysisService(store).run("test", smallClusters(), ProgressSink.NONE, CancelToken.none());
    }
}
