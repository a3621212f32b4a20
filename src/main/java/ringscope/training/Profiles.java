package ringscope.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Building blocks of ordinary behaviour shared by the planters: home connections, personal preferences for models and
 * categories, a person's user agents, keys and own prompt templates. Pure functions of their arguments.
 */
final class Profiles {
    static final String FRAMEWORK_TEMPLATE_LABEL = "openharness agent framework system prompt v0.9";
    static final String FRAMEWORK_USER_AGENT = "openharness/0.9.4 orion-sdk-python/0.34.1";

    private Profiles() {}

    /**
     * A person's connection: a dynamic home address (or a shared CGNAT address for some ISPs), some mobile traffic
     * behind carrier CGNAT, and for developers some traffic from shared cloud egress.
     */
    static IpSource homeIps(World w, int country, long seed, Rng rng, double cloudShare) {
        NetworkPlan net = w.network();
        IpSource home = rng.chance(0.25)
                ? IpSource.rotating(net.cgnat(country), seed, 3600L * rng.between(1, 6), 256)
                : IpSource.rotating(pickIsp(net, country, rng), seed, 86_400L * rng.between(1, 45), 0);
        double mobileShare = rng.chance(0.5) ? rng.uniform(0.0, 0.35) : 0.0;
        IpSource mobile = IpSource.rotating(net.mobile(country), seed + 1, 1800, 128);
        IpSource cloud = IpSource.pool(cloudEgress(w, rng, rng.between(1, 2)));
        double person = 1 - cloudShare;
        return IpSource.mixed(List.of(home, mobile, cloud), person * (1 - mobileShare), person * mobileShare,
                cloudShare);
    }

    static IpBlock pickIsp(NetworkPlan net, int country, Rng rng) {
        List<IpBlock> isps = net.residential(country);
        return isps.get(rng.nextInt(isps.size()));
    }

    /** {@code n} shared cloud egress addresses of one provider (customers of big clouds share NAT gateways). */
    static List<String> cloudEgress(World w, Rng rng, int n) {
        int provider = rng.zipf(5, 1.2);
        List<String> ips = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ips.add(w.network().cloudEgress(provider, rng.nextInt(2000)));
        }
        return ips;
    }

    /** The home address at sign-up time. */
    static String signupIp(IpSource ips, long createdAt, Rng rng) {
        return ips.ip(createdAt, rng);
    }

    /** Preferences scattered around the catalogue weights (log-normal factors), so users differ. */
    static Choice<Catalog.Category> personalCategories(Rng rng, double spread) {
        double[] w = Catalog.CATEGORIES.stream()
                .mapToDouble(c -> c.weight() * rng.logNormal(1, spread))
                .toArray();
        return Choice.of(Catalog.CATEGORIES, w);
    }

    static Choice<Catalog.Model> personalModels(Rng rng) {
        double[] w = Catalog.MODELS.stream().mapToDouble(m -> m.weight() * rng.logNormal(1, 0.9)).toArray();
        return Choice.of(Catalog.MODELS, w);
    }

    /** One to three client user agents, the first dominant; sometimes none is recorded. */
    static Choice<String> personalUserAgents(World w, Rng rng) {
        int n = rng.between(1, 3);
        List<String> uas = new ArrayList<>();
        double[] weights = new double[n + 1];
        for (int i = 0; i < n; i++) {
            uas.add(w.userAgents().pick(rng));
            weights[i] = i == 0 ? 8 : 2;
        }
        uas.add("");
        weights[n] = rng.chance(0.1) ? 1 : 0.05;
        return Choice.of(uas, weights);
    }

    /** One to three API keys, plus console use without a key for some. */
    static Choice<String> apiKeys(Population pop, Rng rng, int max, double consoleShare) {
        int n = rng.between(1, max);
        List<String> keys = new ArrayList<>();
        double[] weights = new double[n + 1];
        for (int i = 0; i < n; i++) {
            keys.add(pop.newApiKey(rng));
            weights[i] = StrictMath.pow(0.4, i);
        }
        keys.add("");
        weights[n] = consoleShare;
        return Choice.of(keys, weights);
    }

    /** Zero to three prompt templates of the account's own, used for part of its traffic. */
    static Choice<String> ownTemplates(long seed, String accountId, Rng rng) {
        int n = rng.nextInt(4);
        List<String> values = new ArrayList<>();
        double[] weights = new double[n + 1];
        values.add("");
        weights[0] = rng.uniform(1, 4);
        for (int i = 1; i <= n; i++) {
            values.add(Population.templateHash(seed, accountId + "/own/" + i));
            weights[i] = rng.uniform(0.3, 2);
        }
        return Choice.of(values, weights);
    }

    /** A (mostly) succeeded payment on the instrument at {@code ts}. */
    static Records.Payment payment(String account, String instrument, long ts, Rng rng, double declined) {
        return new Records.Payment(account, instrument, ts, rng.chance(declined) ? "declined" : "succeeded");
    }

    /** Monthly charges of an account inside the window (and the first authorisation if created inside). */
    static void monthlyCharges(World w, Population pop, Actor a, String instrument, Rng rng) {
        long created = a.account().createdAt();
        if (created >= w.start()) {
            pop.add(payment(a.account().accountId(), instrument, created + rng.between(5, 120), rng, 0));
        }
        long cycle = 30L * 86_400;
        long t = created + cycle * Math.max(1, (w.start() - created + cycle - 1) / cycle);
        for (; t < w.end() && t < a.activeUntil(); t += cycle) {
            pop.add(payment(a.account().accountId(), instrument, t, rng, 0.02));
        }
    }
}
