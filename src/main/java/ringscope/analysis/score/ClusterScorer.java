package ringscope.analysis.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.analysis.rules.FanoutProfile;
import ringscope.analysis.rules.RuleContext;
import ringscope.model.AccountProfile;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.RuleParameters;
import ringscope.model.ScorePart;
import ringscope.timeline.DailyRhythm;
import ringscope.timeline.HourlySeries;
import ringscope.timeline.Synchrony;

/**
 * "Distillation / reseller likelihood" of a cluster: the weighted mean of interpretable parts in [0, 1], every one
 * stored and shown with what it measured. Distillation parts: capability focus, template concentration, synchrony,
 * succession, model pivot; reselling parts: shared payment, relay fan-out, proxy rotation, round-the-clock traffic;
 * plus size and volume. Weights sum to 1; no single part exceeds 0.15, so no single signal makes a high score (a
 * company sharing one card and one internal template reaches about 0.25). Confined to the analysis thread.
 */
public final class ClusterScorer {
    static final int SYNC_PAIRS = 200;

    private final RuleContext ctx;
    private final AccountFeatures features;
    private final FanoutProfile fanout;

    public ClusterScorer(RuleContext ctx) {
        this.ctx = ctx;
        this.features = new AccountFeatures(ctx);
        this.fanout = ctx.fanout();
    }

    /** The parts of the score of a cluster with these members and these links among them. */
    public List<ScorePart> score(List<Integer> members, List<LinkRecord> inside) {
        RuleParameters p = ctx.params();
        int n = members.size();
        List<ScorePart> parts = new ArrayList<>();
        long[] f = new long[2];
        members.forEach(m -> {
            f[0] += features.focus(m)[0];
            f[1] += features.focus(m)[1];
        });
        double focus = f[1] == 0 ? 0 : (double) f[0] / f[1];
        parts.add(new ScorePart("capability focus", focus, 0.15,
                pct(focus) + " of traffic is coding, agentic, reasoning or maths work"));
        double templates = templates(members);
        parts.add(new ScorePart("template concentration", templates, 0.10,
                pct(templates) + " of traffic uses the cluster's 3 most used own prompt templates (shared by 2+"
                        + " members, at least half of their users are members)"));
        parts.add(synchrony(members));
        double payment = linkedShare(members, inside, LinkRule.SHARED_PAYMENT);
        parts.add(new ScorePart("shared payment", payment, 0.10,
                pct(payment) + " of members share a payment instrument with another member"));
        double succession = linkedShare(members, inside, LinkRule.HYDRA_SUCCESSION);
        parts.add(new ScorePart("succession", succession, 0.10,
                pct(succession) + " of members were banned and replaced, or are replacements"));
        parts.add(pivot(members));
        double relay = share(members, a -> fanout.relays(a, p.minEndUsers(), p.minUserAgents()));
        parts.add(new ScorePart("relay fan-out", relay, 0.10, pct(relay) + " of members serve " + p.minEndUsers()
                + "+ end users or send with " + p.minUserAgents() + "+ user agents"));
        double rotation = share(members, a -> fanout.rotates(a, p.minIpsPerKey()));
        parts.add(new ScorePart("proxy rotation", rotation, 0.10, pct(rotation) + " of members use each API key from "
                + p.minIpsPerKey() + "+ IP addresses"));
        parts.add(roundTheClock(members));
        parts.add(new ScorePart("size", Math.min(1, Math.log10(Math.max(1, n)) / 2), 0.025, n + " accounts"));
        parts.add(volume(members));
        return parts;
    }

    /** The weighted mean of the parts, in [0, 1]. */
    public static double total(List<ScorePart> parts) {
        double s = 0;
        double w = 0;
        for (ScorePart part : parts) {
            s += part.contribution();
            w += part.weight();
        }
        return w == 0 ? 0 : s / w;
    }

    /**
     * Share of the members' traffic on the cluster's 3 most used own templates: templates shared by at least two
     * members and at least half of whose users (in the whole case) are members. A public template (an open-source
     * framework's system prompt, used by dozens or hundreds of unrelated accounts) says nothing about a cluster that
     * holds a few of its users, nor does a member's private prompt; a campaign's or a reseller gateway's prompt is
     * shared by its members alone.
     */
    private double templates(List<Integer> members) {
        Map<Integer, Long> byTemplate = new HashMap<>();
        Map<Integer, Integer> membersUsing = new HashMap<>();
        long total = 0;
        for (int m : members) {
            total += ctx.account(m).interactions();
            features.templates(m).forEach((t, c) -> {
                byTemplate.merge(t, (long) c, Long::sum);
                membersUsing.merge(t, 1, Integer::sum);
            });
        }
        long top = byTemplate.entrySet().stream().filter(e -> membersUsing.get(e.getKey()) >= 2
                && 2L * membersUsing.get(e.getKey()) >= features.templateUsers(e.getKey())).map(Map.Entry::getValue).sorted((a, b) -> Long.compare(b, a))
                .limit(3).mapToLong(Long::longValue).sum();
        return total == 0 ? 0 : Math.min(1, (double) top / total);
    }

    /** Mean detrended correlation over up to {@value #SYNC_PAIRS} pairs of active members, scaled so 0.5 → 1. */
    private ScorePart synchrony(List<Integer> members) {
        List<Integer> active = members.stream().filter(m -> ctx.account(m).interactions() >= 48).toList();
        Map<Integer, HourlySeries> series = ctx.series(active);
        double sum = 0;
        int pairs = 0;
        for (int step = 1; step < active.size() && pairs < SYNC_PAIRS; step = step * 2 + 1) {
            for (int i = 0; i + step < active.size() && pairs < SYNC_PAIRS; i += Math.max(1, active.size() / 50)) {
                sum += Synchrony.detrendedCorrelation(series.get(active.get(i)), series.get(active.get(i + step)));
                pairs++;
            }
        }
        double mean = pairs == 0 ? 0 : sum / pairs;
        return new ScorePart("synchrony", Math.max(0, Math.min(1, mean / 0.5)), 0.15, pairs == 0
                ? "too little activity to compare" : String.format("mean hourly correlation beyond the daily rhythm"
                        + " %.2f over %d member pairs (0.5 or more scores 1)", mean, pairs));
    }

    private ScorePart pivot(List<Integer> members) {
        if (features.releases().isEmpty()) {
            return new ScorePart("model pivot", 0, 0.10, "no model release in the events");
        }
        double share = share(members, features::pivoted);
        return new ScorePart("model pivot", share, 0.10, pct(share) + " of members moved to "
                + String.join(", ", features.releases()) + " within 24 h of its release");
    }

    private ScorePart roundTheClock(List<Integer> members) {
        long[] perHour = new long[24];
        ctx.series(members).values().forEach(s -> DailyRhythm.addTo(perHour, s));
        double v = DailyRhythm.roundTheClock(perHour);
        return new ScorePart("round the clock", v, 0.05, String.format(
                "the quietest 8 hours of the day carry %.0f%% of traffic (33%% when flat)", v * 100 / 3));
    }

    private ScorePart volume(List<Integer> members) {
        double sum = 0;
        for (int m : members) {
            AccountProfile a = ctx.account(m);
            double days = Math.max(1, (a.lastMs() - a.firstMs()) / 86_400_000.0);
            sum += a.interactions() / days;
        }
        double perDay = members.isEmpty() ? 0 : sum / members.size();
        return new ScorePart("volume", Math.min(1, perDay / 50), 0.025,
                String.format("%.1f interactions per member per active day (50 or more scores 1)", perDay));
    }

    private static double linkedShare(List<Integer> members, List<LinkRecord> inside, LinkRule rule) {
        Set<Integer> hit = new HashSet<>();
        for (LinkRecord l : inside) {
            if (l.rule() == rule) {
                hit.add(l.accountA());
                hit.add(l.accountB());
            }
        }
        hit.retainAll(new HashSet<>(members));
        return members.isEmpty() ? 0 : (double) hit.size() / members.size();
    }

    private static double share(List<Integer> members, java.util.function.IntPredicate p) {
        return members.isEmpty() ? 0 : (double) members.stream().filter(p::test).count() / members.size();
    }

    private static String pct(double v) {
        return String.format("%.0f%%", v * 100);
    }
}
