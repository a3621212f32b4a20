package ringscope.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Plants reseller networks: accounts that resell API access to their own customers. Each network pays with a few
 * pooled cards, sends every request through a shared pool of proxy egress addresses (residential and hosting ASNs, so
 * each API key is used from many IPs), carries traffic of many downstream end users with all kinds of clients, and
 * runs round the clock.
 */
final class ResellerPlanter {
    private static final long STREAM = 3;
    private static final int OFFSHORE = 5;
    private static final int VPS = 4;

    private final World world;
    private final Population pop;
    private final Rng rng;

    ResellerPlanter(World world, Population pop) {
        this.world = world;
        this.pop = pop;
        this.rng = Rng.of(world.seed(), STREAM);
    }

    void plant() {
        world.scenario().plan().reseller().ifPresent(spec -> {
            for (int k = 0; k < spec.networks(); k++) {
                plantNetwork(spec, k);
            }
        });
    }

    private void plantNetwork(Scenario.Reseller spec, int k) {
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < spec.instruments(); i++) {
            cards.add(pop.newInstrument(rng));
        }
        List<String> proxies = proxies(spec.proxyIps(), k);
        String gateway = Population.templateHash(world.seed(), "reseller gateway " + k);
        Intensity clock = Intensity.roundTheClock(0.15, rng.nextInt(24));
        List<String> members = new ArrayList<>();
        for (int i = 0; i < spec.accountsPerNetwork(); i++) {
            String id = pop.newAccountId(rng);
            long seed = Mix.mix(world.seed(), Mix.ofText(id));
            long created = world.start() + (long) rng.uniform(-40 * 86_400.0, (world.end() - world.start()) / 2.0);
            String card = cards.get(rng.nextInt(cards.size()));
            AccountRecord.Identity identity = new AccountRecord.Identity(Choice.weighted(Catalog.WEBMAIL).pick(rng),
                    pop.emailHash(rng.zipf(400, 1.1), rng), rng.chance(0.2) ? gatewayName(rng) : "",
                    proxies.get(rng.nextInt(proxies.size())), card,
                    Catalog.COUNTRIES.get(world.countries().pick(rng)).code(),
                    rng.chance(0.7) ? "email+card" : "email+sms");
            Behaviour.Traffic traffic = new Behaviour.Traffic(rng.logNormal(spec.medianDaily(), 0.5), clock,
                    Timing.SESSIONS, 5_000, 0);
            Behaviour.Fingerprint fp = new Behaviour.Fingerprint(IpSource.pool(proxies), customerClients(),
                    Profiles.apiKeys(pop, rng, 2, 0), new EndUsers(
                            Math.max(2, (int) (spec.endUsersPerAccount() * rng.uniform(0.6, 1.4))), seed));
            Choice<Catalog.Model> models = Choice.of(Catalog.MODELS, 10, 30, 60, 0);
            Behaviour.Content content = new Behaviour.Content(world.gradualAdoption(models, 2.0, 2),
                    Profiles.personalCategories(rng, 0.3), Choice.of(List.of("", gateway), 3, 1),
                    rng.logNormal(500, 0.3), rng.logNormal(400, 0.3), new Behaviour.Faults(0.01, 0.03));
            Actor a = new Actor(new AccountRecord(id, created, identity, "pay_as_you_go", "active", -1),
                    new Behaviour(traffic, fp, content, Behaviour.Overlay.NONE), created + rng.between(300, 7_200),
                    seed);
            topUps(a, card);
            pop.add(a);
            members.add(id);
        }
        pop.add(new Records.Cluster("reseller-" + (k + 1), "reseller", true, null, null, members, List.of(
                new Records.Signal("shared_payment_instrument",
                        spec.instruments() + " cards pay for all " + members.size() + " accounts.", cards),
                new Records.Signal("shared_proxy_ips",
                        "Every account's requests come from one pool of proxy egress IPs (residential and hosting "
                                + "ASNs); each API key is used from dozens of IPs.", proxies),
                new Records.Signal("end_user_fanout",
                        "Hundreds of distinct end_user values per account (about " + spec.endUsersPerAccount()
                                + " each): resold to downstream customers.", List.of()),
                new Records.Signal("diverse_user_agents",
                        "Many different client user agents per account (the customers' clients).", List.of()),
                new Records.Signal("round_the_clock", "Flat activity over all 24 hours, every day of the week.",
                        List.of()),
                new Records.Signal("shared_prompt_template", "A gateway system prompt used by every account.",
                        List.of(gateway)))));
    }

    /** Two thirds residential proxy exits across countries, one third hosting addresses of two VPS providers. */
    private List<String> proxies(int n, int network) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i % 3 == 2) {
                IpBlock host = world.network().hosting(i % 2 == 0 ? OFFSHORE : VPS);
                out.add(host.inSubnet(170 + network % 50, 1 + (i / 3) % 254));
            } else {
                int country = world.countries().pick(rng);
                out.add(Profiles.pickIsp(world.network(), country, rng).at(rng.nextLong() >>> 1));
            }
        }
        return out;
    }

    private Choice<String> customerClients() {
        List<String> uas = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            uas.add(switch (rng.nextInt(6)) {
                case 0 -> "python-httpx/0.2" + rng.nextInt(9) + "." + rng.nextInt(4);
                case 1 -> "orion-sdk-ts/0.2" + rng.nextInt(8) + "." + rng.nextInt(6);
                case 2 -> "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/1"
                        + (20 + rng.nextInt(10)) + ".0.0.0 Safari/537.36";
                case 3 -> "okhttp/4." + (9 + rng.nextInt(4)) + "." + rng.nextInt(3);
                case 4 -> "axios/1." + rng.nextInt(8) + "." + rng.nextInt(8);
                default -> world.userAgents().pick(rng);
            });
        }
        return Choice.uniform(uas);
    }

    private static String gatewayName(Rng rng) {
        return List.of("TokenBridge", "OpenGate AI", "PromptRelay", "ModelHub Pro", "AIProxy Cloud")
                .get(rng.nextInt(5));
    }

    /** Frequent top-ups on the pooled card; pooled cards get declined now and then. */
    private void topUps(Actor a, String card) {
        long created = a.account().createdAt();
        if (created >= world.start()) {
            pop.add(Profiles.payment(a.account().accountId(), card, created + rng.between(5, 600), rng, 0));
        }
        long t = Math.max(created, world.start()) + (long) rng.uniform(3_600, 4 * 86_400.0);
        for (; t < world.end(); t += (long) rng.uniform(2 * 86_400.0, 6 * 86_400.0)) {
            pop.add(Profiles.payment(a.account().accountId(), card, t, rng, 0.08));
        }
    }
}
