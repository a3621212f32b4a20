package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural validity of every row of a generated dataset with every campaign and trap switched on. */
class DatasetValidityTest {
    private static final DateTimeFormatter STRICT_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withResolverStyle(ResolverStyle.STRICT);

    @TempDir
    static Path tmp;

    static Path dir;
    static List<CSVRecord> accounts;
    static List<CSVRecord> interactions;
    static Map<String, CSVRecord> accountById;

    @BeforeAll
    static void generate() throws Exception {
        dir = tmp.resolve("all-kinds");
        TestDatasets.generate(TestDatasets.ALL_KINDS, dir);
        accounts = TestDatasets.read(dir.resolve("accounts.csv"));
        interactions = TestDatasets.read(dir.resolve("interactions.csv"));
        accountById = TestDatasets.byAccount(accounts);
    }

    static long time(String text) {
        return LocalDateTime.parse(text, STRICT_UTC).toEpochSecond(ZoneOffset.UTC);
    }

    static long nonNegativeInt(String text) {
        long v = Integer.parseInt(text);
        assertThat(v).as(text).isNotNegative();
        return v;
    }

    @Test
    void filesHaveExactlyTheNativeHeaders() throws Exception {
        assertThat(TestDatasets.header(dir.resolve("accounts.csv"))).isEqualTo(TableWriter.ACCOUNTS);
        assertThat(TestDatasets.header(dir.resolve("interactions.csv"))).isEqualTo(InteractionStreamer.HEADER);
        assertThat(TestDatasets.header(dir.resolve("payments.csv"))).isEqualTo(TableWriter.PAYMENTS);
        assertThat(TestDatasets.header(dir.resolve("events.csv"))).isEqualTo(TableWriter.EVENTS);
        assertThat(TestDatasets.header(dir.resolve("ip_info.csv"))).isEqualTo(TableWriter.IP_INFO);
    }

    @Test
    void accountsAreUniqueAndWellFormed() {
        Set<String> ids = new HashSet<>();
        for (CSVRecord a : accounts) {
            assertThat(a.size()).isEqualTo(12);
            assertThat(ids.add(a.get("account_id"))).as(a.get("account_id")).isTrue();
            long created = time(a.get("created_at"));
            assertThat(a.get("status")).isIn("active", "banned", "suspended");
            if (a.get("status").equals("active")) {
                assertThat(a.get("status_changed_at")).isEmpty();
            } else {
                assertThat(time(a.get("status_changed_at"))).isGreaterThan(created);
            }
        }
        assertThat(accounts).hasSizeGreaterThan(400);
    }

    @Test
    void everyInteractionIsValidAndInsideItsAccountsLifetime() {
        Set<String> ids = new HashSet<>(interactions.size() * 2);
        long start = time("2026-09-01T00:00:00Z");
        long end = time("2026-09-11T00:00:00Z");
        long previous = Long.MIN_VALUE;
        for (CSVRecord r : interactions) {
            assertThat(r.size()).isEqualTo(14);
            assertThat(ids.add(r.get("interaction_id"))).as("unique " + r.get("interaction_id")).isTrue();
            long ts = time(r.get("ts"));
            assertThat(ts).isBetween(start, end - 1).isGreaterThanOrEqualTo(previous);
            previous = ts;
            CSVRecord account = accountById.get(r.get("account_id"));
            assertThat(account).as("account of " + r.get("interaction_id")).isNotNull();
            assertThat(ts).isGreaterThanOrEqualTo(time(account.get("created_at")));
            if (!account.get("status_changed_at").isEmpty()) {
                assertThat(ts).isLessThan(time(account.get("status_changed_at")));
            }
            nonNegativeInt(r.get("input_tokens"));
            nonNegativeInt(r.get("output_tokens"));
            nonNegativeInt(r.get("latency_ms"));
            assertThat(r.get("status")).isIn("ok", "error", "rate_limited");
            assertThat(r.get("model")).isNotEmpty();
            assertThat(r.get("category")).isNotEmpty();
            assertThat(r.get("ip")).matches("\\d{1,3}(\\.\\d{1,3}){3}");
        }
        assertThat(interactions).hasSizeGreaterThan(20_000);
    }

    @Test
    void paymentsAndEventsReferToExistingAccounts() throws Exception {
        for (CSVRecord p : TestDatasets.read(dir.resolve("payments.csv"))) {
            CSVRecord account = accountById.get(p.get("account_id"));
            assertThat(account).as(p.get("account_id")).isNotNull();
            assertThat(time(p.get("ts"))).isGreaterThanOrEqualTo(time(account.get("created_at")));
            assertThat(p.get("instrument_fingerprint")).startsWith("pf_");
            assertThat(p.get("outcome")).isIn("succeeded", "declined");
        }
        int bans = 0;
        for (CSVRecord e : TestDatasets.read(dir.resolve("events.csv"))) {
            time(e.get("ts"));
            assertThat(e.get("kind")).isIn("ban", "suspension", "model_release");
            if (e.get("kind").equals("model_release")) {
                assertThat(e.get("account_id")).isEmpty();
            } else {
                CSVRecord account = accountById.get(e.get("account_id"));
                assertThat(account.get("status")).isEqualTo(e.get("kind").equals("ban") ? "banned" : "suspended");
                assertThat(account.get("status_changed_at")).isEqualTo(e.get("ts"));
                bans++;
            }
        }
        assertThat(bans).isEqualTo(accounts.stream().filter(a -> !a.get("status").equals("active")).count());
    }

    @Test
    void ipInfoCoversEveryAddressUsedForRequestsAndSignUps() throws Exception {
        List<CSVRecord> blocks = TestDatasets.read(dir.resolve("ip_info.csv"));
        for (CSVRecord b : blocks) {
            assertThat(b.get("ip_or_prefix")).matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}");
            assertThat(Long.parseLong(b.get("asn"))).isBetween(64_512L, 65_534L);
            assertThat(b.get("ip_type")).isIn("residential", "hosting", "mobile", "cgnat", "university",
                    "corporate");
        }
        List<String> cidrs = blocks.stream().map(b -> b.get("ip_or_prefix")).toList();
        Set<String> addresses = new HashSet<>();
        interactions.forEach(r -> addresses.add(r.get("ip")));
        accounts.forEach(a -> addresses.add(a.get("signup_ip")));
        for (String ip : addresses) {
            assertThat(cidrs.stream().anyMatch(c -> Cidr.contains(c, ip))).as(ip).isTrue();
        }
    }

    @Test
    void everyAnswerKeyMemberExists() throws Exception {
        var clusters = TestDatasets.answerKey(dir).get("clusters");
        Set<String> kinds = new HashSet<>();
        for (var c : clusters) {
            kinds.add(c.has("trap_kind") ? c.get("trap_kind").asText() : c.get("kind").asText());
            assertThat(c.get("members").size()).isPositive();
            c.get("members").forEach(m -> assertThat(accountById).containsKey(m.asText()));
            assertThat(c.get("signals").size()).isPositive();
            if (!c.get("fraud").asBoolean()) {
                assertThat(c.get("why_benign").asText()).isNotBlank();
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("reseller", "hydra", "university_lab", "enterprise", "ci_bot",
                "agent_framework");
    }

    /** IPv4 CIDR membership, for the test only. */
    static final class Cidr {
        static boolean contains(String cidr, String ip) {
            String[] parts = cidr.split("/");
            int len = Integer.parseInt(parts[1]);
            long mask = len == 0 ? 0 : (0xFFFFFFFFL << (32 - len)) & 0xFFFFFFFFL;
            return (value(parts[0]) & mask) == (value(ip) & mask);
        }

        static long value(String ip) {
            long v = 0;
            for (String p : ip.split("\\.")) {
                v = v << 8 | Integer.parseInt(p);
            }
            return v;
        }
    }
}
