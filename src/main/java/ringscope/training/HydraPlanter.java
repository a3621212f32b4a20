package ringscope.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Plants a hydra distillation campaign: accounts created in sign-up bursts on the campaign's own hosting
 * infrastructure, with email addresses from a few generator patterns and one verification path; a narrow focus on
 * coding and agentic prompts from a handful of chain-of-thought-eliciting templates with long outputs; load-balanced,
 * evenly spaced traffic that follows one controller schedule and stays under rate limits; ban waves followed within
 * hours by replacement accounts on the same infrastructure; and a switch of about half the traffic to a newly
 * released model within a day of its release.
 */
final class HydraPlanter {
    private static final long STREAM = 4;
    static final String SIGNUP_PATH = "email+sms_voip";
    static final String CLIENT = "python-httpx/0.27.0";
    private static final int[] PROVIDERS = {0, 7};
    private static final int MAX_PER_HOUR = 50;

    private final World world;
    private final Population pop;
    private final Rng rng;
    private final List<Actor> campaign = new ArrayList<>();
    private final List<String> burstTimes = new ArrayList<>();
    private final List<String> waveTimes = new ArrayList<>();
    private Scenario.Hydra spec;
    private List<String> egress;
    private List<String> templates;
    private Intensity schedule;
    private ModelChooser models;
    private long lastWaveEnd;

    HydraPlanter(World world, Population pop) {
        this.world = world;
        this.pop = pop;
        this.rng = Rng.of(world.seed(), STREAM);
    }

    void plant() {
        world.scenario().plan().hydra().ifPresent(h -> {
            spec = h;
            prepare();
            plantCampaign();
        });
    }

    private void prepare() {
        egress = new ArrayList<>();
        for (int i = 0; i < spec.egressIps(); i++) {
            int j = i / PROVIDERS.length;
            egress.add(world.network().hosting(PROVIDERS[i % PROVIDERS.length])
                    .inSubnet(200 + j / 250 % 56, 1 + j % 250));
        }
        templates = new ArrayList<>();
        for (int i = 0; i < spec.templates(); i++) {
            templates.add(Population.templateHash(world.seed(), "hydra chain-of-thought elicitation " + i));
        }
        int hours = (int) ((world.end() - world.start()) / 3600);
        schedule = new CampaignSchedule(world.start(), hours, Rng.of(world.seed(), STREAM + 100));
        Catalog.Model target = World.model("orion-pro-2");
        models = world.scenario().plan().release()
                .map(r -> new ModelChooser(Choice.single(World.model(r.replaces())), null, World.model(r.model()),
                        world.releaseAt(), 0.5, 12 * 3600.0, true))
                .orElse(ModelChooser.fixed(Choice.single(target)));
    }

    private void plantCampaign() {
        double banned = spec.banWaves().stream().mapToDouble(Scenario.BanWave::fraction).sum();
        int initial = (int) Math.max(1, Math.round(spec.accounts() / (1 + spec.replacementRatio() * banned)));
        long rampEnd = world.start() + (long) (Math.max(1.0, world.scenario().days() * 0.15) * 86_400);
        long first = world.start() - 2 * 86_400;
        int bursts = (initial + spec.burstSize() - 1) / spec.burstSize();
        int created = 0;
        for (int b = 0; b < bursts; b++) {
            long at = first + (rampEnd - first) * b / bursts + rng.nextInt(3_600);
            int size = Math.min(spec.burstSize(), initial - created);
            burst(at, size);
            created += size;
        }
        for (int w = 0; w < spec.banWaves().size(); w++) {
            boolean last = w == spec.banWaves().size() - 1;
            int bans = banWave(spec.banWaves().get(w));
            int replacements = last ? spec.accounts() - campaign.size()
                    : (int) Math.round(bans * spec.replacementRatio());
            replace(Math.max(0, Math.min(replacements, spec.accounts() - campaign.size())));
        }
        if (spec.banWaves().isEmpty() && campaign.size() < spec.accounts()) {
            burst(rampEnd, spec.accounts() - campaign.size());
        }
        pop.add(HydraKey.cluster(spec, campaign, egress, templates, burstTimes, waveTimes, world));
    }

    private int banWave(Scenario.BanWave wave) {
        long at = world.start() + Math.round(wave.day() * 86_400);
        waveTimes.add(Timestamps.format(at));
        List<Actor> active = campaign.stream().filter(a -> a.activeFrom() < at && a.activeUntil() > at).toList();
        int n = (int) Math.round(active.size() * wave.fraction());
        List<Actor> pool = new ArrayList<>(active);
        for (int i = 0; i < n; i++) {
            Actor a = pool.remove(rng.nextInt(pool.size()));
            long t = at + rng.nextInt(3 * 3_600);
            a.end("banned", t);
            pop.add(new Records.Event(t, "ban", "banned: model distillation (terms of service)",
                    a.account().accountId()));
        }
        lastWaveEnd = at + 3 * 3_600;
        return n;
    }

    /** Replacement bursts start 2 to 10 hours after the wave, one every 1 to 4 hours, before the window ends. */
    private void replace(int n) {
        long latest = world.end() - 2 * 3_600;
        long at = Math.min(latest, lastWaveEnd + rng.between(2 * 3_600, 10 * 3_600));
        while (n > 0) {
            int size = Math.min(spec.burstSize(), n);
            burst(Math.min(at, latest), size);
            n -= size;
            at += rng.between(3_600, 4 * 3_600);
        }
    }

    private void burst(long at, int size) {
        burstTimes.add(Timestamps.format(at));
        long shape = 1_000_000L + rng.nextInt(3);
        for (int i = 0; i < size; i++) {
            long created = at + rng.nextInt(5_400);
            plantAccount(Math.min(created, world.end() - 1), shape);
        }
    }

    private void plantAccount(long created, long shape) {
        String id = pop.newAccountId(rng);
        long seed = Mix.mix(world.seed(), Mix.ofText(id));
        String card = pop.newInstrument(rng);
        List<String> own = List.of(egress.get(rng.nextInt(egress.size())), egress.get(rng.nextInt(egress.size())));
        AccountRecord.Identity identity = new AccountRecord.Identity(Choice.weighted(Catalog.WEBMAIL).pick(rng),
                pop.emailHash(shape, rng), "", own.get(0), card, rng.chance(0.5) ? "US"
                        : Catalog.COUNTRIES.get(world.countries().pick(rng)).code(), SIGNUP_PATH);
        Behaviour.Traffic traffic = new Behaviour.Traffic(spec.dailyPerAccount() * rng.logNormal(1, 0.12), schedule,
                Timing.EVEN, MAX_PER_HOUR, 0);
        Behaviour.Fingerprint fp = new Behaviour.Fingerprint(IpSource.pool(own), Choice.single(CLIENT),
                Choice.single(pop.newApiKey(rng)), EndUsers.NONE);
        Behaviour.Content content = new Behaviour.Content(models,
                World.categories(List.of("coding", "agentic"), 55, 45), Choice.uniform(templates), 400, 2_400,
                new Behaviour.Faults(0.008, 0.0005));
        Actor a = new Actor(new AccountRecord(id, created, identity, "pay_as_you_go", "active", -1),
                new Behaviour(traffic, fp, content, Behaviour.Overlay.NONE),
                created + rng.between(600, 6 * 3_600), seed);
        if (rng.chance(0.3)) {
            pop.add(new Records.Payment(id, pop.newInstrument(rng), created + rng.between(30, 200), "declined"));
        }
        pop.add(new Records.Payment(id, card, created + rng.between(201, 590), "succeeded"));
        campaign.add(a);
        pop.add(a);
    }
}
