package ringscope.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.LinkRecord;
import ringscope.model.Neighbourhood;
import ringscope.store.AnalysisRepository;

/** Breadth-first neighbourhood of an account over a run's links, capped at a number of accounts. */
final class Neighbours {
    private Neighbours() {}

    static Neighbourhood of(AnalysisRepository repository, long runId, int start, int hops, int maxAccounts) {
        Map<Integer, Integer> dist = new LinkedHashMap<>();
        dist.put(start, 0);
        List<Integer> frontier = List.of(start);
        boolean capped = false;
        for (int h = 1; h <= hops && !frontier.isEmpty() && !capped; h++) {
            List<Integer> next = new ArrayList<>();
            for (LinkRecord l : repository.linksTouching(runId, frontier, false)) {
                for (int x : new int[] {l.accountA(), l.accountB()}) {
                    if (!dist.containsKey(x)) {
                        if (dist.size() >= maxAccounts) {
                            capped = true;
                            break;
                        }
                        dist.put(x, h);
                        next.add(x);
                    }
                }
            }
            frontier = next;
        }
        List<LinkRecord> links = repository.linksTouching(runId, dist.keySet(), true);
        return new Neighbourhood(start, dist, links, capped);
    }
}
