package ringscope.training;

import java.util.List;

/**
 * An account and its behaviour over its lifetime [{@code activeFrom}, {@code activeUntil}) (epoch seconds): it never
 * acts before it was created nor after it was banned or suspended. Holds its own random stream, so its rows depend
 * only on the seed and its position, not on other accounts. Not thread-safe.
 */
final class Actor {
    private static final double TOKEN_SIGMA_IN = 0.7;
    private static final double TOKEN_SIGMA_OUT = 0.6;

    private AccountRecord account;
    private final Behaviour behaviour;
    private final long activeFrom;
    private long activeUntil;
    private final Rng rng;
    private final int phaseSeconds;

    Actor(AccountRecord account, Behaviour behaviour, long activeFrom, long seed) {
        if (activeFrom < account.createdAt()) {
            throw new IllegalArgumentException("activity before creation of " + account.accountId());
        }
        this.account = account;
        this.behaviour = behaviour;
        this.activeFrom = activeFrom;
        this.activeUntil = Long.MAX_VALUE;
        this.rng = new Rng(seed);
        this.phaseSeconds = rng.nextInt(600);
    }

    AccountRecord account() {
        return account;
    }

    long activeFrom() {
        return activeFrom;
    }

    long activeUntil() {
        return activeUntil;
    }

    /** Ends the account's life at {@code at} with a new status (ban, suspension); no activity from then on. */
    void end(String status, long at) {
        account = account.withStatus(status, at);
        activeUntil = Math.min(activeUntil, at);
    }

    /** Adds this account's interactions in [hourStart, hourStart + 3600) to {@code out}, in no particular order. */
    void emitHour(long hourStart, List<PendingInteraction> out) {
        long from = Math.max(hourStart, activeFrom);
        long to = Math.min(hourStart + 3600, activeUntil);
        if (from >= to) {
            return;
        }
        Behaviour.Traffic traffic = behaviour.traffic();
        if (traffic.timing() == Timing.CRON) {
            emitTicks(from, to, traffic, out);
            return;
        }
        double lambda = traffic.dailyRate() / 24.0 * traffic.intensity().factor(hourStart) * (to - from) / 3600.0;
        // A load balancer deals work out evenly: the count is lambda rounded at random, not Poisson.
        int n = Math.min(traffic.timing() == Timing.EVEN
                        ? (int) lambda + (rng.nextDouble() < lambda - (int) lambda ? 1 : 0)
                        : rng.poisson(lambda),
                traffic.maxPerHour());
        if (n == 0) {
            return;
        }
        long span = to - from;
        if (traffic.timing() == Timing.EVEN) {
            double spacing = (double) span / n;
            for (int i = 0; i < n; i++) {
                long t = from + (long) ((i + 0.35 + 0.3 * rng.nextDouble()) * spacing);
                out.add(row(Math.min(t, to - 1)));
            }
            return;
        }
        long t = from + rng.nextInt((int) span);
        for (int i = 0; i < n; i++) {
            if (t >= to) {
                t = from + rng.nextInt((int) span);
            }
            out.add(row(t));
            t += 4 + (long) rng.logNormal(30, 0.9);
        }
    }

    private void emitTicks(long from, long to, Behaviour.Traffic traffic, List<PendingInteraction> out) {
        long period = traffic.periodMinutes() * 60L;
        long first = Math.floorDiv(from - phaseSeconds + period - 1, period) * period + phaseSeconds;
        for (long tick = first; tick < to; tick += period) {
            double f = traffic.intensity().factor(tick - Math.floorMod(tick, 3600L));
            int n = Math.min(traffic.maxPerHour(), rng.poisson(traffic.dailyRate() / 24.0 / (60.0 / traffic
                    .periodMinutes()) * f));
            long t = tick;
            for (int i = 0; i < n && t < to; i++) {
                out.add(row(t));
                t += 2 + rng.nextInt(9);
            }
        }
    }

    private PendingInteraction row(long ts) {
        Behaviour.Fingerprint fp = behaviour.fingerprint();
        Behaviour.Content c = behaviour.content();
        Behaviour.Overlay overlay = behaviour.overlay();
        String ip = fp.ips().ip(ts, rng);
        String apiKey = fp.apiKeys().pick(rng);
        String endUser = fp.endUsers().pick(rng);
        Catalog.Model model = c.models().pick(ts, rng);
        String userAgent;
        String template;
        Catalog.Category category;
        if (overlay.share() > 0 && rng.nextDouble() < overlay.share()) {
            userAgent = overlay.userAgent();
            template = overlay.template();
            category = overlay.categories().pick(rng);
        } else {
            userAgent = fp.userAgents().pick(rng);
            template = c.templates().pick(rng);
            category = c.categories().pick(rng);
        }
        int in = clamp(rng.logNormal(c.inputMedian() * category.inputFactor(), TOKEN_SIGMA_IN), 1, 200_000);
        int out = clamp(rng.logNormal(c.outputMedian() * category.outputFactor(), TOKEN_SIGMA_OUT), 1, 32_000);
        double r = rng.nextDouble();
        String status;
        int latency;
        if (r < c.faults().rateLimited()) {
            status = "rate_limited";
            in = 0;
            out = 0;
            latency = 3 + rng.nextInt(40);
        } else if (r < c.faults().rateLimited() + c.faults().error()) {
            status = "error";
            out = 0;
            latency = 100 + rng.nextInt(5000);
        } else {
            status = "ok";
            latency = (int) (150 + in * 0.02 + out * model.msPerOutputToken() * rng.uniform(0.8, 1.3));
        }
        return new PendingInteraction(ts, account.accountId(), apiKey, ip, userAgent, model.name(), category.name(),
                in, out, latency, status, template, endUser);
    }

    private static int clamp(double v, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(v)));
    }
}
