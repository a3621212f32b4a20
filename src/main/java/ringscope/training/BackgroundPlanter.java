package ringscope.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plants the ordinary population: people and small applications in their own time zones, with heavy-tailed volumes,
 * daily and weekly cycles, days off, personal model and category preferences, dynamic home IPs, CGNAT and cloud
 * egress shared with strangers. Also plants the agent-framework trap: a share of these ordinary accounts send part of
 * their traffic through a popular open-source framework and so share its system prompt's template hash.
 */
final class BackgroundPlanter {
    private static final long STREAM = 1;
    private static final double MAX_DAILY = 3000;

    private final World world;
    private final Population pop;
    private final Rng rng;

    BackgroundPlanter(World world, Population pop) {
        this.world = world;
        this.pop = pop;
        this.rng = Rng.of(world.seed(), STREAM);
    }

    void plant() {
        Scenario.Background spec = world.scenario().plan().background();
        double frameworkShare = world.scenario().plan().traps().agentFrameworkShare();
        String frameworkTemplate = Population.templateHash(0, Profiles.FRAMEWORK_TEMPLATE_LABEL);
        Behaviour.Overlay framework = new Behaviour.Overlay(0.6, frameworkTemplate, Profiles.FRAMEWORK_USER_AGENT,
                World.categories(List.of("agentic", "coding"), 65, 35));
        List<String> frameworkUsers = new ArrayList<>();
        String lastInstrument = "";
        for (int i = 0; i < spec.accounts(); i++) {
            boolean usesFramework = rng.chance(frameworkShare);
            Behaviour.Overlay overlay = usesFramework
                    ? new Behaviour.Overlay(rng.uniform(0.3, 0.9), framework.template(), framework.userAgent(),
                            framework.categories())
                    : Behaviour.Overlay.NONE;
            Actor a = plantOne(spec, overlay, lastInstrument);
            lastInstrument = a.account().identity().paymentFingerprint();
            if (usesFramework) {
                frameworkUsers.add(a.account().accountId());
            }
        }
        if (!frameworkUsers.isEmpty()) {
            pop.add(new Records.Cluster("trap-agent-framework", "trap", false, "agent_framework",
                    "Unrelated ordinary users of the same open-source agent framework: it ships one system prompt, so "
                            + "their template hash matches, but their IPs, countries, schedules, payment and "
                            + "sign-up dates are independent and their volumes ordinary.",
                    frameworkUsers,
                    List.of(new Records.Signal("shared_prompt_template",
                            "Many accounts share one prompt template hash (and the framework's user agent).",
                            List.of(frameworkTemplate, Profiles.FRAMEWORK_USER_AGENT)))));
        }
    }

    private Actor plantOne(Scenario.Background spec, Behaviour.Overlay overlay, String lastInstrument) {
        int country = world.countries().pick(rng);
        Catalog.Country c = Catalog.COUNTRIES.get(country);
        Personas.Kind persona = persona();
        String accountId = pop.newAccountId(rng);
        long seed = Mix.mix(world.seed(), Mix.ofText(accountId));
        long created = rng.chance(0.85)
                ? world.start() - (long) rng.uniform(3_600, 720 * 86_400.0)
                : world.start() + (long) rng.uniform(0, world.end() - world.start() - 3_600);
        double cloudShare = switch (persona) {
            case APP_BACKEND -> 0.9;
            case WORKDAY -> rng.chance(0.3) ? 0.3 : 0;
            default -> 0;
        };
        IpSource ips = Profiles.homeIps(world, country, seed, rng, cloudShare);
        String plan = Choice.weighted(Catalog.PLANS).pick(rng);
        String instrument = plan.equals("free") ? ""
                : !lastInstrument.isEmpty() && rng.chance(0.03) ? lastInstrument : pop.newInstrument(rng);
        boolean company = rng.chance(0.3);
        int companyIndex = rng.zipf(400, 1.05);
        String domain = company ? Catalog.companyName(companyIndex).toLowerCase(Locale.ROOT) + ".example"
                : Choice.weighted(Catalog.WEBMAIL).pick(rng);
        String org = company && rng.chance(0.5) ? Catalog.companyName(companyIndex) + " Ltd" : "";
        AccountRecord.Identity id = new AccountRecord.Identity(domain, pop.emailHash(rng.zipf(400, 1.1), rng), org,
                Profiles.signupIp(ips, created, rng), instrument, rng.chance(0.95) ? c.code()
                        : Catalog.COUNTRIES.get(world.countries().pick(rng)).code(),
                Choice.weighted(Catalog.SIGNUP_PATHS).pick(rng));
        AccountRecord account = new AccountRecord(accountId, created, id, plan, "active", -1);
        Actor actor = new Actor(account, behaviour(spec, persona, c, seed, ips, accountId, overlay),
                created + rng.between(60, 7_200), seed);
        if (rng.chance(spec.suspendedShare())) {
            long at = Math.max(actor.activeFrom() + 3_600, world.start()) + (long) rng.uniform(0, 20 * 86_400.0);
            if (at < world.end()) {
                actor.end("suspended", at);
                pop.add(new Records.Event(at, "suspension", "suspended: unpaid invoice", accountId));
            }
        }
        if (!instrument.isEmpty()) {
            Profiles.monthlyCharges(world, pop, actor, instrument, rng);
        }
        pop.add(actor);
        return actor;
    }

    private Personas.Kind persona() {
        double r = rng.nextDouble();
        return r < 0.4 ? Personas.Kind.WORKDAY
                : r < 0.7 ? Personas.Kind.EVENING
                : r < 0.8 ? Personas.Kind.NIGHT_OWL
                : Personas.Kind.APP_BACKEND;
    }

    private Behaviour behaviour(Scenario.Background spec, Personas.Kind persona, Catalog.Country c, long seed,
            IpSource ips, String accountId, Behaviour.Overlay overlay) {
        boolean app = persona == Personas.Kind.APP_BACKEND;
        double daily = Math.min(MAX_DAILY, rng.logNormal(spec.medianDaily(), spec.volumeSigma()) * (app ? 3 : 1));
        double activeDays = app ? 1.0 : Math.min(1.0, 0.25 + 0.2 * StrictMath.log(1 + daily));
        double weekend = switch (persona) {
            case WORKDAY -> rng.uniform(0.1, 0.4);
            case EVENING -> rng.uniform(1.0, 1.6);
            case NIGHT_OWL -> rng.uniform(0.8, 1.3);
            case APP_BACKEND -> rng.uniform(0.6, 1.0);
        };
        Intensity intensity = new DiurnalIntensity(c.offsetMinutes() + rng.between(-60, 60),
                world.personas().shape(persona), weekend, activeDays, seed);
        Behaviour.Traffic traffic = new Behaviour.Traffic(daily, intensity, Timing.SESSIONS, 600, 0);
        EndUsers endUsers = app && rng.chance(0.5) ? new EndUsers(rng.between(5, 200), seed) : EndUsers.NONE;
        Behaviour.Fingerprint fp = new Behaviour.Fingerprint(ips, Profiles.personalUserAgents(world, rng),
                Profiles.apiKeys(pop, rng, 3, app ? 0 : 0.05), endUsers);
        Behaviour.Content content = new Behaviour.Content(
                world.gradualAdoption(Profiles.personalModels(rng), rng.uniform(0.3, 1.6), rng.uniform(3, 14)),
                Profiles.personalCategories(rng, 1.0), Profiles.ownTemplates(world.seed(), accountId, rng),
                rng.logNormal(400, 0.6), rng.logNormal(300, 0.5),
                new Behaviour.Faults(rng.uniform(0.003, 0.02), daily > 200 ? 0.01 : 0.001));
        return new Behaviour(traffic, fp, content, overlay);
    }
}
