package ringscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each planted signal is measurably present, and the benign look-alikes are there. */
class PlantedSignalsTest {
    private static final long START = DatasetValidityTest.time("2026-09-01T00:00:00Z");
    private static final int HOURS = 240;

    @TempDir
    static Path tmp;

    static Path dir;
    static Map<String, CSVRecord> accounts;
    static List<CSVRecord> interactions;
    static List<CSVRecord> events;
    static Map<String, AccountStats> stats = new TreeMap<>();
    static Set<String> planted = new HashSet<>();

    /** What one account did, aggregated in one pass. */
    static final class AccountStats {
        final long[] hourly = new long[HOURS];
        final Set<String> ips = new HashSet<>();
        final Set<String> endUsers = new HashSet<>();
        final Set<String> userAgents = new HashSet<>();
        final Map<String, Set<String>> ipsPerKey = new HashMap<>();
        final List<Long> outputs = new ArrayList<>();
        long total;
    }

    @BeforeAll
    static void generate() throws Exception {
        dir = tmp.resolve("all-kinds");
        TestDatasets.generate(TestDatasets.ALL_KINDS, dir);
        accounts = TestDatasets.byAccount(TestDatasets.read(dir.resolve("accounts.csv")));
        interactions = TestDatasets.read(dir.resolve("interactions.csv"));
        events = TestDatasets.read(dir.resolve("events.csv"));
        for (CSVRecord r : interactions) {
            AccountStats s = stats.computeIfAbsent(r.get("account_id"), k -> new AccountStats());
            s.hourly[(int) ((DatasetValidityTest.time(r.get("ts")) - START) / 3600)]++;
            s.ips.add(r.get("ip"));
            if (!r.get("end_user").isEmpty()) {
                s.endUsers.add(r.get("end_user"));
            }
            s.userAgents.add(r.get("user_agent"));
            s.ipsPerKey.computeIfAbsent(r.get("api_key_id"), k -> new HashSet<>()).add(r.get("ip"));
            s.outputs.add(Long.parseLong(r.get("output_tokens")));
            s.total++;
        }
        for (var c : TestDatasets.answerKey(dir).get("clusters")) {
            c.get("members").forEach(m -> planted.add(m.asText()));
        }
    }

    static List<String> background(int minInteractions) {
        return stats.entrySet().stream()
                .filter(e -> !planted.contains(e.getKey()) && e.getValue().total >= minInteractions)
                .map(Map.Entry::getKey)
                .toList();
    }

    static List<String> active(List<String> ids, int minInteractions) {
        return ids.stream().filter(id -> stats.containsKey(id) && stats.get(id).total >= minInteractions).toList();
    }

    static double median(Collection<? extends Number> values) {
        double[] v = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        return v.length == 0 ? 0 : v[v.length / 2];
    }

    static double meanPairCorrelation(List<String> ids) {
        List<long[]> series = ids.stream().map(id -> stats.get(id).hourly).toList();
        int pairs = HourlySeries.comparablePairs(series, 48);
        assertThat(pairs).isGreaterThan(20);
        return HourlySeries.meanPairCorrelation(series, 48);
    }

    @Test
    void hydraHourlyActivityIsCorrelatedFarAboveBackgroundPairs() throws Exception {
        List<String> hydra = active(TestDatasets.members(dir, "hydra-1"), 60).stream().limit(30).toList();
        List<String> normal = background(60).stream().limit(30).toList();
        double hydraCorrelation = meanPairCorrelation(hydra);
        double backgroundCorrelation = meanPairCorrelation(normal);
        assertThat(hydraCorrelation)
                .as("hydra %.2f, background %.2f", hydraCorrelation, backgroundCorrelation)
                .isGreaterThan(0.45)
                .isGreaterThan(backgroundCorrelation + 0.3);
    }

    @Test
    void resellerPaymentInstrumentsAreSharedByManyAccounts() throws Exception {
        Map<String, Set<String>> accountsPerCard = new HashMap<>();
        for (CSVRecord a : accounts.values()) {
            if (!a.get("payment_fingerprint").isEmpty()) {
                accountsPerCard.computeIfAbsent(a.get("payment_fingerprint"), k -> new HashSet<>())
                        .add(a.get("account_id"));
            }
        }
        List<String> cards = TestDatasets.signalValues(dir, "reseller-1", "shared_payment_instrument");
        assertThat(cards).hasSize(3);
        int covered = 0;
        for (String card : cards) {
            assertThat(accountsPerCard.get(card).size()).isGreaterThanOrEqualTo(3);
            covered += accountsPerCard.get(card).size();
        }
        assertThat(covered).isEqualTo(TestDatasets.members(dir, "reseller-1").size());
        Set<String> enterpriseCard = new HashSet<>(TestDatasets.signalValues(dir, "trap-enterprise",
                "shared_payment_instrument"));
        long sharedByMoreThanTwoElsewhere = accountsPerCard.entrySet().stream()
                .filter(e -> !cards.contains(e.getKey()) && !enterpriseCard.contains(e.getKey()))
                .filter(e -> e.getValue().size() > 2)
                .count();
        assertThat(sharedByMoreThanTwoElsewhere).isZero();
    }

    @Test
    void resellerAccountsHaveHighEndUserFanOutManyIpsPerKeyAndDiverseClients() throws Exception {
        List<String> reseller = active(TestDatasets.members(dir, "reseller-1"), 100);
        List<String> normal = background(20);
        assertThat(reseller).hasSizeGreaterThan(8);
        assertThat(median(reseller.stream().map(id -> stats.get(id).endUsers.size()).toList()))
                .isGreaterThan(50);
        assertThat(median(normal.stream().map(id -> stats.get(id).endUsers.size()).toList())).isLessThan(5);
        assertThat(median(reseller.stream()
                        .flatMap(id -> stats.get(id).ipsPerKey.values().stream().map(Set::size))
                        .toList()))
                .isGreaterThanOrEqualTo(15);
        assertThat(median(normal.stream()
                        .flatMap(id -> stats.get(id).ipsPerKey.values().stream().map(Set::size))
                        .toList()))
                .isLessThan(6);
        assertThat(median(reseller.stream().map(id -> stats.get(id).userAgents.size()).toList()))
                .isGreaterThan(10);
    }

    @Test
    void hydraAccountsSignUpInBurstsWithOneVerificationPathAndFewEmailShapes() throws Exception {
        List<String> hydra = TestDatasets.members(dir, "hydra-1");
        assertThat(hydra).hasSize(90);
        Set<String> shapes = new HashSet<>();
        List<Long> created = new ArrayList<>();
        for (String id : hydra) {
            CSVRecord a = accounts.get(id);
            assertThat(a.get("verification_path")).isEqualTo(HydraPlanter.SIGNUP_PATH);
            shapes.add(a.get("email_hash").substring(0, 8));
            created.add(DatasetValidityTest.time(a.get("created_at")));
        }
        assertThat(shapes).hasSizeLessThanOrEqualTo(3);
        long inBursts = created.stream()
                .filter(t -> created.stream().filter(o -> Math.abs(o - t) <= 5_400).count() >= 8)
                .count();
        assertThat(inBursts).isGreaterThanOrEqualTo(hydra.size() * 9L / 10);
        long others = accounts.values().stream()
                .filter(a -> !hydra.contains(a.get("account_id")))
                .filter(a -> a.get("verification_path").equals(HydraPlanter.SIGNUP_PATH))
                .count();
        assertThat(others).isLessThan(accounts.size() / 50);
    }

    @Test
    void hydraFocusesOnCodingAndAgenticFromAFewTemplatesWithLongOutputsAndNoRateLimits() throws Exception {
        Set<String> hydra = new HashSet<>(TestDatasets.members(dir, "hydra-1"));
        Set<String> categories = new HashSet<>();
        Set<String> templates = new HashSet<>();
        long rateLimited = 0;
        long total = 0;
        for (CSVRecord r : interactions) {
            if (hydra.contains(r.get("account_id"))) {
                categories.add(r.get("category"));
                templates.add(r.get("prompt_template_hash"));
                rateLimited += r.get("status").equals("rate_limited") ? 1 : 0;
                total++;
            }
        }
        assertThat(categories).containsExactlyInAnyOrder("coding", "agentic");
        assertThat(templates).hasSize(4).doesNotContain("");
        assertThat((double) rateLimited / total).isLessThan(0.005);
        double hydraOutput = median(hydra.stream().filter(stats::containsKey)
                .flatMap(id -> stats.get(id).outputs.stream()).toList());
        double normalOutput = median(background(1).stream().flatMap(id -> stats.get(id).outputs.stream()).toList());
        assertThat(hydraOutput).isGreaterThan(3 * normalOutput);
    }

    @Test
    void bannedHydraAccountsAreReplacedWithinHoursOnTheSameInfrastructure() throws Exception {
        List<String> hydra = TestDatasets.members(dir, "hydra-1");
        List<Long> bans = events.stream()
                .filter(e -> e.get("kind").equals("ban"))
                .peek(e -> assertThat(hydra).contains(e.get("account_id")))
                .map(e -> DatasetValidityTest.time(e.get("ts")))
                .toList();
        assertThat(bans).hasSizeGreaterThan(10);
        long firstBan = bans.stream().min(Long::compare).orElseThrow();
        Set<String> subnets = new HashSet<>(TestDatasets.signalValues(dir, "hydra-1", "shared_infrastructure"));
        List<String> replacements = hydra.stream()
                .filter(id -> {
                    long c = DatasetValidityTest.time(accounts.get(id).get("created_at"));
                    return c > firstBan && c < firstBan + 24 * 3_600;
                })
                .toList();
        assertThat(replacements).isNotEmpty();
        for (String id : hydra) {
            String ip = accounts.get(id).get("signup_ip");
            assertThat(subnets).contains(ip.substring(0, ip.lastIndexOf('.')) + ".0/24");
        }
    }

    @Test
    void aboutHalfOfHydraTrafficMovesToTheNewModelWithinADayOfItsRelease() throws Exception {
        Set<String> hydra = new HashSet<>(TestDatasets.members(dir, "hydra-1"));
        CSVRecord release = events.stream().filter(e -> e.get("kind").equals("model_release")).findFirst()
                .orElseThrow();
        long releasedAt = DatasetValidityTest.time(release.get("ts"));
        long[] hydraNew = new long[2];
        long[] normalNew = new long[2];
        for (CSVRecord r : interactions) {
            long ts = DatasetValidityTest.time(r.get("ts"));
            boolean isNew = r.get("model").equals("orion-pro-3");
            if (ts < releasedAt) {
                assertThat(isNew).as("new model before release").isFalse();
            } else if (ts >= releasedAt + 24 * 3_600 && ts < releasedAt + 72 * 3_600) {
                long[] bucket = hydra.contains(r.get("account_id")) ? hydraNew
                        : planted.contains(r.get("account_id")) ? new long[2] : normalNew;
                bucket[0] += isNew ? 1 : 0;
                bucket[1]++;
            }
        }
        assertThat((double) hydraNew[0] / hydraNew[1]).isBetween(0.4, 0.6);
        assertThat((double) normalNew[0] / normalNew[1]).isLessThan(0.15);
    }

    @Test
    void universityLabSharesOneNatAddressButNothingElse() throws Exception {
        List<String> lab = active(TestDatasets.members(dir, "trap-university-lab"), 20);
        String nat = TestDatasets.signalValues(dir, "trap-university-lab", "shared_ip").get(0);
        assertThat(lab).hasSizeGreaterThan(6);
        lab.forEach(id -> assertThat(stats.get(id).ips).contains(nat));
        assertThat(lab.stream().map(id -> accounts.get(id).get("payment_fingerprint")).filter(p -> !p.isEmpty())
                .distinct().count()).isEqualTo(lab.stream().map(id -> accounts.get(id).get("payment_fingerprint"))
                .filter(p -> !p.isEmpty()).count());
        assertThat(meanPairCorrelation(lab)).isLessThan(0.35);
    }

    @Test
    void enterpriseSharesOneCardAndDomainAndWasProvisionedInABurst() throws Exception {
        List<String> staff = TestDatasets.members(dir, "trap-enterprise");
        assertThat(staff).hasSize(15);
        assertThat(staff.stream().map(id -> accounts.get(id).get("payment_fingerprint")).distinct()).hasSize(1);
        assertThat(staff.stream().map(id -> accounts.get(id).get("email_domain")).distinct())
                .containsExactly(TrapPlanter.ENTERPRISE_DOMAIN);
        assertThat(staff.stream().map(id -> accounts.get(id).get("verification_path")).distinct())
                .containsExactly("sso_saml");
    }

    @Test
    void ciBotHasHeavyTrafficOnTenMinuteTicksAroundTheClock() throws Exception {
        String bot = TestDatasets.members(dir, "trap-ci-bot-1").get(0);
        AccountStats s = stats.get(bot);
        assertThat(s.total / 10.0).isGreaterThan(300);
        long hoursWithTraffic = java.util.Arrays.stream(s.hourly).filter(h -> h > 0).count();
        assertThat(hoursWithTraffic).isGreaterThan(HOURS * 9 / 10);
        Set<Long> phases = new HashSet<>();
        interactions.stream().filter(r -> r.get("account_id").equals(bot)).limit(50)
                .forEach(r -> phases.add(Math.floorMod(DatasetValidityTest.time(r.get("ts")), 600L) / 60));
        assertThat(phases).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void agentFrameworkTemplateIsSharedByManyUnrelatedAccounts() throws Exception {
        List<String> users = active(TestDatasets.members(dir, "trap-agent-framework"), 5);
        String template = TestDatasets.signalValues(dir, "trap-agent-framework", "shared_prompt_template").get(0);
        Set<String> seenWithTemplate = new HashSet<>();
        for (CSVRecord r : interactions) {
            if (r.get("prompt_template_hash").equals(template)) {
                seenWithTemplate.add(r.get("account_id"));
            }
        }
        assertThat(seenWithTemplate).hasSizeGreaterThan(10).containsAll(users);
        assertThat(users.stream().map(id -> accounts.get(id).get("billing_country")).distinct().count())
                .isGreaterThan(4);
        Set<String> sharedIps = new HashSet<>();
        users.forEach(id -> sharedIps.addAll(stats.get(id).ips));
        assertThat(sharedIps.size()).isGreaterThan(users.size());
    }

    @Test
    void backgroundVolumesAreHeavyTailedAndSomeAddressesAreSharedByStrangers() {
        List<Long> volumes = background(1).stream().map(id -> stats.get(id).total).sorted((a, b) -> Long.compare(b,
                a)).toList();
        long all = volumes.stream().mapToLong(Long::longValue).sum();
        long top = volumes.stream().limit(volumes.size() / 10).mapToLong(Long::longValue).sum();
        assertThat((double) top / all).isGreaterThan(0.5);
        Map<String, Set<String>> accountsPerIp = new HashMap<>();
        for (String id : background(1)) {
            stats.get(id).ips.forEach(ip -> accountsPerIp.computeIfAbsent(ip, k -> new HashSet<>()).add(id));
        }
        assertThat(accountsPerIp.values().stream().filter(s -> s.size() >= 3).count()).isGreaterThan(3);
    }
}
