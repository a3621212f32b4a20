package ringscope.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.model.AccountProfile;
import ringscope.model.EventRecord;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.ScorePart;
import ringscope.timeline.HourlyCorrelation;

/**
 * "Distillation / reseller likelihood" of a cluster as a weighted mean of interpretable parts in [0, 1], each stored
 * and shown with what it measured: capability focus, template concentration, synchrony, shared payment, hydra
 * succession, pivot to a newly released model, end-user fan-out, size and volume. No part alone makes a high score.
 */
final class ClusterScorer {
    private final AccountFeatures features;
    private final Map<Integer, AccountProfile> accounts;
    private final Map<Integer, long[][]> series;
    private final List<EventRecord> releases;

    ClusterScorer(AccountFeatures features, Map<Integer, AccountProfile> accounts, Map<Integer, long[][]> series,
            List<EventRecord> events) {
        this.features = features;
        this.accounts = accounts;
        this.series = series;
        this.releases = events.stream().filter(e -> e.kind().equals("model_release")).toList();
    }

    List<ScorePart> score(Collection<Integer> members, List<LinkRecord> inside) {
        List<ScorePart> parts = new ArrayList<>();
        int n = members.size();
        parts.add(new ScorePart("capability focus", focus(members), 0.20, "share of traffic in coding/agentic work"));
        parts.add(new ScorePart("template concentration", templates(members), 0.15,
                "share of traffic on the cluster's 3 most used prompt templates"));
        parts.add(new ScorePart("synchrony", synchrony(List.copyOf(members)), 0.15,
                "mean hourly-activity correlation of neighbouring members"));
        parts.add(new ScorePart("shared payment", linkedShare(members, inside, Set.of(LinkRule.SHARED_PAYMENT)), 0.10,
                "share of members sharing a payment instrument with another member"));
        parts.add(new ScorePart("succession", linkedShare(members, inside, Set.of(LinkRule.HYDRA_SUCCESSION)), 0.10,
                "share of members that replaced, or were replaced after, a ban"));
        parts.add(new ScorePart("model pivot", pivot(members), 0.10,
                "share of members that started on a newly released model within 24 h of its release"));
        parts.add(new ScorePart("end-user fan-out", fanout(members), 0.10,
                "share of members serving 50 or more distinct end users"));
        parts.add(new ScorePart("size", Math.min(1, Math.log10(Math.max(1, n)) / 2), 0.05, n + " accounts"));
        parts.add(new ScorePart("volume", volume(members), 0.05, "interactions per member per active day / 50"));
        return parts;
    }

    static double total(List<ScorePart> parts) {
        double s = 0;
        double w = 0;
        for (ScorePart p : parts) {
            s += p.value() * p.weight();
            w += p.weight();
        }
        return w == 0 ? 0 : s / w;
    }

    private double focus(Collection<Integer> members) {
        long f = 0;
        long t = 0;
        for (int m : members) {
            long[] v = features.focus.getOrDefault(m, new long[2]);
            f += v[0];
            t += v[1];
        }
        return t == 0 ? 0 : (double) f / t;
    }

    private double templates(Collection<Integer> members) {
        Map<Integer, Long> byTemplate = new HashMap<>();
        long total = 0;
        for (int m : members) {
            total += accounts.get(m).interactions();
            features.templates.getOrDefault(m, Map.of()).forEach((t, c) -> byTemplate.merge(t, (long) c, Long::sum));
        }
        long top = byTemplate.values().stream().sorted((a, b) -> Long.compare(b, a)).limit(3)
                .mapToLong(Long::longValue).sum();
        return total == 0 ? 0 : Math.min(1, (double) top / total);
    }

    private double synchrony(List<Integer> members) {
        int pairs = 0;
        double sum = 0;
        for (int i = 0; i + 1 < members.size() && pairs < 40; i++) {
            long[][] a = series.get(members.get(i));
            long[][] b = series.get(members.get(i + 1));
            if (a != null && b != null) {
                sum += Math.max(0, HourlyCorrelation.of(a[0], a[1], b[0], b[1]));
                pairs++;
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private static double linkedShare(Collection<Integer> members, List<LinkRecord> inside, Set<LinkRule> rules) {
        java.util.Set<Integer> hit = new java.util.HashSet<>();
        for (LinkRecord l : inside) {
            if (rules.contains(l.rule())) {
                hit.add(l.accountA());
                hit.add(l.accountB());
            }
        }
        return members.isEmpty() ? 0 : (double) hit.size() / members.size();
    }

    private double pivot(Collection<Integer> members) {
        if (releases.isEmpty()) {
            return 0;
        }
        int pivoted = 0;
        for (int m : members) {
            Map<String, Long> first = features.modelFirstUse.getOrDefault(m, Map.of());
            for (EventRecord r : releases) {
                String released = r.label().strip().split("\\s+")[0];
                Long t = first.get(released);
                boolean hit = t != null && t >= r.tsMs() && t <= r.tsMs() + 86_400_000L;
                if (hit) {
                    pivoted++;
                    break;
                }
            }
        }
        return members.isEmpty() ? 0 : (double) pivoted / members.size();
    }

    private double fanout(Collection<Integer> members) {
        long wide = members.stream().filter(m -> features.endUsers.getOrDefault(m, 0) >= 50).count();
        return members.isEmpty() ? 0 : (double) wide / members.size();
    }

    private double volume(Collection<Integer> members) {
        double sum = 0;
        for (int m : members) {
            AccountProfile a = accounts.get(m);
            double days = Math.max(1, (a.lastMs() - a.firstMs()) / 86_400_000.0);
            sum += a.interactions() / days;
        }
        return members.isEmpty() ? 0 : Math.min(1, sum / members.size() / 50);
    }
}
