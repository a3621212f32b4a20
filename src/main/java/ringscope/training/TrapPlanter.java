package ringscope.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plants the benign look-alikes that a careless analyst would flag: a university lab behind one NAT address, an
 * enterprise whose employees share a corporate card and email domain (and were provisioned in one burst), and CI
 * bots with heavy, clockwork traffic. (The agent-framework trap lives in the background, see
 * {@link BackgroundPlanter}.) Each goes into the answer key with why it is benign.
 */
final class TrapPlanter {
    private static final long STREAM = 2;
    static final String UNIVERSITY_DOMAIN = "northfield.edu.example";
    static final String ENTERPRISE_DOMAIN = "kestrel-analytics.example";

    private final World world;
    private final Population pop;
    private final Rng rng;

    TrapPlanter(World world, Population pop) {
        this.world = world;
        this.pop = pop;
        this.rng = Rng.of(world.seed(), STREAM);
    }

    void plant() {
        Scenario.Traps traps = world.scenario().plan().traps();
        if (traps.universityLab() > 0) {
            plantUniversity(traps.universityLab());
        }
        if (traps.enterprise() > 0) {
            plantEnterprise(traps.enterprise());
        }
        if (traps.ciBots() > 0) {
            plantCiBots(traps.ciBots());
        }
    }

    private void plantUniversity(int n) {
        String nat = world.network().university().at(9);
        Catalog.Country c = Catalog.COUNTRIES.get(World.UNIVERSITY_COUNTRY);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = pop.newAccountId(rng);
            long seed = Mix.mix(world.seed(), Mix.ofText(id));
            long created = world.start() - (long) rng.uniform(7 * 86_400.0, 700 * 86_400.0);
            IpSource home = IpSource.rotating(Profiles.pickIsp(world.network(), World.UNIVERSITY_COUNTRY, rng), seed,
                    86_400L * rng.between(2, 30), 0);
            IpSource ips = IpSource.mixed(List.of(IpSource.pool(List.of(nat)), home), 0.85, 0.15);
            String instrument = rng.chance(0.4) ? pop.newInstrument(rng) : "";
            AccountRecord.Identity identity = new AccountRecord.Identity(UNIVERSITY_DOMAIN,
                    pop.emailHash(rng.zipf(400, 1.1), rng), rng.chance(0.3) ? "Northfield University" : "", nat,
                    instrument, c.code(), "email_edu");
            Personas.Kind persona = rng.chance(0.5) ? Personas.Kind.WORKDAY
                    : rng.chance(0.6) ? Personas.Kind.EVENING : Personas.Kind.NIGHT_OWL;
            Intensity intensity = new DiurnalIntensity(c.offsetMinutes(), world.personas().shape(persona),
                    rng.uniform(0.3, 1.0), rng.uniform(0.5, 0.9), seed);
            Behaviour b = personBehaviour(seed, id, ips, intensity, rng.logNormal(12, 0.8),
                    World.categories(List.of("coding", "analysis", "math", "writing", "summarization"), 30, 25, 15,
                            15, 15));
            Actor a = new Actor(new AccountRecord(id, created, identity, instrument.isEmpty() ? "free" : "education",
                    "active", -1), b, created + rng.between(60, 3_600), seed);
            if (!instrument.isEmpty()) {
                Profiles.monthlyCharges(world, pop, a, instrument, rng);
            }
            pop.add(a);
            members.add(id);
        }
        pop.add(new Records.Cluster("trap-university-lab", "trap", false, "university_lab",
                "Students and researchers of one lab behind the campus NAT: one IP, but a university ASN, an .edu "
                        + "domain, sign-ups spread over two years, independent schedules and ordinary volumes.",
                members, List.of(new Records.Signal("shared_ip",
                        "Most traffic of many accounts comes from one address (the campus NAT).", List.of(nat)))));
    }

    private void plantEnterprise(int n) {
        Catalog.Country c = Catalog.COUNTRIES.get(World.ENTERPRISE_COUNTRY);
        String card = pop.newInstrument(rng);
        IpBlock office = world.network().corporate();
        List<String> officeIps = List.of(office.at(0), office.at(1), office.at(2), office.at(3));
        long onboarding = world.start() - (long) rng.uniform(60 * 86_400.0, 200 * 86_400.0);
        String internalTool = Population.templateHash(world.seed(), "kestrel internal assistant");
        List<String> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = pop.newAccountId(rng);
            long seed = Mix.mix(world.seed(), Mix.ofText(id));
            long created = i < n * 3 / 4 ? onboarding + rng.nextInt(5_400)
                    : onboarding + (long) rng.uniform(86_400, world.start() - onboarding);
            IpSource home = IpSource.rotating(Profiles.pickIsp(world.network(), World.ENTERPRISE_COUNTRY, rng), seed,
                    86_400L * rng.between(2, 30), 0);
            IpSource ips = IpSource.mixed(List.of(IpSource.pool(officeIps), home), 0.7, 0.3);
            AccountRecord.Identity identity = new AccountRecord.Identity(ENTERPRISE_DOMAIN,
                    pop.emailHash(rng.zipf(60, 1.0), rng), "Kestrel Analytics Ltd", officeIps.get(rng.nextInt(4)),
                    card, c.code(), "sso_saml");
            Intensity intensity = new DiurnalIntensity(c.offsetMinutes(),
                    world.personas().shape(Personas.Kind.WORKDAY), 0.08, rng.uniform(0.6, 0.95), seed);
            Behaviour own = personBehaviour(seed, id, ips, intensity, rng.logNormal(10, 0.9),
                    World.categories(List.of("coding", "analysis", "writing", "summarization", "chat"), 25, 25, 20,
                            20, 10));
            Behaviour b = new Behaviour(own.traffic(), own.fingerprint(), own.content(),
                    new Behaviour.Overlay(0.35, internalTool, "kestrel-assistant/1.8",
                            World.categories(List.of("summarization", "analysis", "writing"), 40, 35, 25)));
            Actor a = new Actor(new AccountRecord(id, created, identity, "enterprise", "active", -1), b,
                    created + rng.between(600, 86_400), seed);
            Profiles.monthlyCharges(world, pop, a, card, rng);
            pop.add(a);
            members.add(id);
        }
        pop.add(new Records.Cluster("trap-enterprise", "trap", false, "enterprise",
                "Employees of one company: SSO-verified accounts on the company domain and corporate card, mostly "
                        + "provisioned on one onboarding day; office hours in one time zone, weekday rhythm, an "
                        + "internal tool's prompt, and independent day-to-day activity.",
                members, List.of(
                        new Records.Signal("shared_payment_instrument", "One card pays for every account.",
                                List.of(card)),
                        new Records.Signal("shared_email_domain", "Every account uses one email domain.",
                                List.of(ENTERPRISE_DOMAIN)),
                        new Records.Signal("signup_burst", "Most accounts were created within 90 minutes.",
                                List.of(Timestamps.format(onboarding))),
                        new Records.Signal("shared_ip", "Office egress addresses shared by all.", officeIps))));
    }

    private void plantCiBots(int n) {
        for (int i = 0; i < n; i++) {
            String id = pop.newAccountId(rng);
            long seed = Mix.mix(world.seed(), Mix.ofText(id));
            long created = world.start() - (long) rng.uniform(30 * 86_400.0, 400 * 86_400.0);
            IpBlock cloud = world.network().hosting(0);
            List<String> runners = List.of(cloud.inSubnet(160 + i, 11), cloud.inSubnet(160 + i, 12),
                    cloud.inSubnet(160 + i, 13));
            String instrument = pop.newInstrument(rng);
            String org = i == 0 ? "Brightpath Software" : Catalog.companyName(200 + i) + " Labs";
            String domain = org.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example";
            AccountRecord.Identity identity = new AccountRecord.Identity(domain, pop.emailHash(7, rng), org,
                    runners.get(0), instrument, "US", "sso_github");
            Behaviour.Traffic traffic = new Behaviour.Traffic(rng.uniform(500, 900),
                    Intensity.roundTheClock(0.25, 15), Timing.CRON, 8, 10);
            Behaviour.Fingerprint fp = new Behaviour.Fingerprint(IpSource.pool(runners),
                    Choice.single("brightpath-ci/2.3 orion-sdk-python/0.34.1"), Choice.single(pop.newApiKey(rng)),
                    EndUsers.NONE);
            Behaviour.Content content = new Behaviour.Content(
                    ModelChooser.fixed(Choice.single(World.model("orion-2"))),
                    World.categories(List.of("coding", "agentic"), 80, 20),
                    Choice.uniform(List.of(Population.templateHash(seed, "ci review"),
                            Population.templateHash(seed, "ci test fixer"))),
                    1_800, 350, new Behaviour.Faults(0.01, 0.01));
            Actor a = new Actor(new AccountRecord(id, created, identity, "team", "active", -1),
                    new Behaviour(traffic, fp, content, Behaviour.Overlay.NONE), created + 3_600, seed);
            Profiles.monthlyCharges(world, pop, a, instrument, rng);
            pop.add(a);
            pop.add(new Records.Cluster("trap-ci-bot-" + (i + 1), "trap", false, "ci_bot",
                    "A company's continuous-integration bot: one verified account, one card, its own runners, "
                            + "a fixed 10-minute schedule day and night and two code-review prompts. Heavy and "
                            + "regular, but a single account with nothing to hide.",
                    List.of(id), List.of(new Records.Signal("heavy_regular_traffic",
                            "Hundreds of requests a day at fixed 10-minute ticks, around the clock, from hosting IPs.",
                            runners))));
        }
    }

    private Behaviour personBehaviour(long seed, String id, IpSource ips, Intensity intensity, double daily,
            Choice<Catalog.Category> categories) {
        Behaviour.Traffic traffic = new Behaviour.Traffic(daily, intensity, Timing.SESSIONS, 600, 0);
        Behaviour.Fingerprint fp = new Behaviour.Fingerprint(ips, Profiles.personalUserAgents(world, rng),
                Profiles.apiKeys(pop, rng, 2, 0.05), EndUsers.NONE);
        Behaviour.Content content = new Behaviour.Content(
                world.gradualAdoption(Profiles.personalModels(rng), rng.uniform(0.5, 1.5), rng.uniform(3, 10)),
                categories, Profiles.ownTemplates(world.seed(), id, rng), rng.logNormal(500, 0.5),
                rng.logNormal(350, 0.4), new Behaviour.Faults(0.01, 0.002));
        return new Behaviour(traffic, fp, content, Behaviour.Overlay.NONE);
    }
}
