package ringscope.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.ClusterLink;
import ringscope.model.LinkRule;

/**
 * Folds account-to-account links into the overview's links between clusters: one entry per pair of home clusters and
 * rule, with the number of links, their summed weight and the earliest and latest evidence. Links whose accounts have
 * no home cluster, or the same one, are skipped. The weights are summed in the order the links are added, so two
 * folds of the same links in the same order give bit-identical sums: both callers add them by link id. Not
 * thread-safe; one fold per use.
 */
final class ClusterPairFold {
    private record Key(long a, long b, LinkRule rule) {}

    /** links, weight, first (Long.MAX_VALUE: none known yet), last (-1: none known). */
    private static final class Sums {
        int links;
        double weight;
        long first = Long.MAX_VALUE;
        long last = -1;
    }

    private static final Comparator<ClusterLink> ORDER = Comparator.comparingLong(ClusterLink::clusterA)
            .thenComparingLong(ClusterLink::clusterB).thenComparing(l -> l.rule().name());

    private final Map<Key, Sums> sums = new HashMap<>();

    /** Adds one link between accounts whose home clusters are {@code homeA} and {@code homeB} (null: none). */
    void add(Long homeA, Long homeB, LinkRule rule, double weight, long firstMs, long lastMs) {
        if (homeA == null || homeB == null || homeA.equals(homeB)) {
            return;
        }
        Sums s = sums.computeIfAbsent(new Key(Math.min(homeA, homeB), Math.max(homeA, homeB), rule), k -> new Sums());
        s.links++;
        s.weight += weight;
        if (firstMs >= 0) {
            s.first = Math.min(s.first, firstMs);
        }
        s.last = Math.max(s.last, lastMs);
    }

    /** The folded links, ordered by cluster pair, then rule name. */
    List<ClusterLink> result() {
        List<ClusterLink> out = new ArrayList<>(sums.size());
        sums.forEach((k, s) -> out.add(new ClusterLink(k.a(), k.b(), k.rule(), s.links, s.weight,
                s.first == Long.MAX_VALUE ? -1 : s.first, s.last)));
        out.sort(ORDER);
        return out;
    }
}
