package ringscope.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.model.AccountProfile;
import ringscope.model.AnalysisParameters;
import ringscope.model.CancelToken;
import ringscope.model.EventRecord;
import ringscope.model.LinkRecord;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;
import ringscope.model.ScorePart;
import ringscope.store.AnalysisInputs;
import ringscope.store.AnalysisResults;
import ringscope.store.CaseStore;

/**
 * Runs the link analysis over a case and stores it as a new named run: link rules → links with receipts →
 * clusters (label propagation) → scores with their parts. Reads only the import's aggregates. Runs on the caller's
 * thread; cancel through the token (checked between steps; a cancelled run stores nothing).
 */
public final class AnalysisService {
    private final CaseStore store;
    private final AnalysisInputs inputs;
    private final AnalysisResults results;
    private final ObjectMapper json = new ObjectMapper();

    public AnalysisService(CaseStore store) {
        this.store = store;
        this.inputs = new AnalysisInputs(store);
        this.results = new AnalysisResults(store);
    }

    /** Thrown when the user cancelled; nothing was stored. */
    public static final class AnalysisCancelledException extends RuntimeException {
        AnalysisCancelledException() {
            super("Analysis cancelled; nothing was stored");
        }
    }

    /** Runs the analysis and returns the id of the stored run. */
    public long run(String name, AnalysisParameters params, ProgressSink progress, CancelToken cancel) {
        long started = System.currentTimeMillis();
        Step step = new Step(progress, cancel, started);
        List<AccountProfile> accounts = inputs.accounts();
        Map<Integer, AccountProfile> byRef = new HashMap<>();
        accounts.forEach(a -> byRef.put(a.ref(), a));
        LinkCollector links = new LinkCollector();
        step.at("shared values");
        SharedValueRules shared = new SharedValueRules(inputs, params);
        shared.run(links);
        step.at("account rules");
        AccountRules rules = new AccountRules(accounts, params);
        rules.payments(links, inputs.paymentInstruments());
        rules.signupPrefixAndEmail(links);
        rules.bursts(links);
        List<EventRecord> events = inputs.events();
        rules.succession(links, events, shared.ipsOf);
        step.at("synchrony");
        new SynchronyRule(inputs, params).run(links);
        step.at("clustering");
        List<Clustering.Found> found = Clustering.cluster(links.links(), params);
        step.at("scoring");
        List<AnalysisResults.NewCluster> clusters = score(found, links.links(), byRef, events);
        step.at("saving");
        return results.save(name, toJson(params), started, accounts.size(), links.links(), clusters);
    }

    private List<AnalysisResults.NewCluster> score(List<Clustering.Found> found, List<LinkRecord> links,
            Map<Integer, AccountProfile> byRef, List<EventRecord> events) {
        Set<Integer> members = new HashSet<>();
        found.forEach(f -> members.addAll(f.members().keySet()));
        ClusterScorer scorer = new ClusterScorer(new AccountFeatures(inputs), byRef, inputs.hourlySeries(members),
                events);
        Map<Integer, List<LinkRecord>> byAccount = new HashMap<>();
        for (LinkRecord l : links) {
            byAccount.computeIfAbsent(l.accountA(), k -> new ArrayList<>()).add(l);
        }
        List<AnalysisResults.NewCluster> out = new ArrayList<>();
        for (Clustering.Found f : found) {
            Set<Integer> m = f.members().keySet();
            List<LinkRecord> inside = new ArrayList<>();
            for (int a : m) {
                for (LinkRecord l : byAccount.getOrDefault(a, List.of())) {
                    if (m.contains(l.accountB())) {
                        inside.add(l);
                    }
                }
            }
            List<ScorePart> parts = scorer.score(m, inside);
            long volume = m.stream().mapToLong(a -> byRef.get(a).interactions()).sum();
            out.add(new AnalysisResults.NewCluster(label(inside, m.size()), volume, ClusterScorer.total(parts),
                    toJson(parts), f.members()));
        }
        out.sort(Comparator.comparingDouble(AnalysisResults.NewCluster::score).reversed());
        return out;
    }

    /** "42 accounts: SHARED_IP, SIGNUP_BURST" — the rules carrying most weight inside the cluster. */
    private static String label(List<LinkRecord> inside, int size) {
        Map<String, Double> byRule = new HashMap<>();
        inside.forEach(l -> byRule.merge(l.rule().name(), l.weight(), Double::sum));
        List<String> top = byRule.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(3).map(Map.Entry::getKey).toList();
        return size + " accounts: " + String.join(", ", top);
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + o.getClass(), e);
        }
    }

    public CaseStore store() {
        return store;
    }

    /** Progress reporting and cancel checks between the analysis steps. */
    private record Step(ProgressSink sink, CancelToken cancel, long started) {
        void at(String stage) {
            if (cancel.isCancelled()) {
                throw new AnalysisCancelledException();
            }
            sink.report(new Progress(stage, 0, -1, -1, System.currentTimeMillis() - started));
        }
    }
}
