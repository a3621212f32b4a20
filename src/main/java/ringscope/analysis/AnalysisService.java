package ringscope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ringscope.analysis.cluster.ClusterBuilder;
import ringscope.analysis.cluster.FoundCluster;
import ringscope.analysis.rules.LinkSink;
import ringscope.analysis.rules.Rule;
import ringscope.analysis.rules.RuleContext;
import ringscope.analysis.rules.RuleSet;
import ringscope.analysis.score.ClusterScorer;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRun;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.CancelToken;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;
import ringscope.model.ScorePart;
import ringscope.model.SharedValue;
import ringscope.model.StepTime;
import ringscope.store.AnalysisInputs;
import ringscope.store.AnalysisRepository;
import ringscope.store.AnalysisWriter;
import ringscope.store.CaseStore;

/**
 * Runs the link analysis over a case and stores it as a new named run: link rules → links with receipts → clusters
 * (label propagation) → scores with every part. Reads only the import's aggregates. Runs on the caller's thread
 * (a worker thread, never the FX thread); the cancel token is polled between steps and inside long rules, and a
 * cancelled or failed run stores nothing (the run is written in one transaction at the end).
 */
public final class AnalysisService {
    private final AnalysisInputs inputs;
    private final AnalysisWriter writer;
    private final AnalysisRepository repository;
    private final RuleSet rules = new RuleSet();
    private final ParametersJson json = new ParametersJson();

    public AnalysisService(CaseStore store) {
        this.inputs = new AnalysisInputs(store);
        this.writer = new AnalysisWriter(store);
        this.repository = new AnalysisRepository(store);
    }

    /**
     * Analyses the case with {@code params} and stores the result as run {@code name} (names need not be unique).
     *
     * @throws AnalysisCancelledException when {@code cancel} was set; nothing was stored
     */
    public AnalysisRun run(String name, AnalysisParameters params, ProgressSink progress, CancelToken cancel) {
        long started = System.currentTimeMillis();
        Steps steps = new Steps(progress, cancel, started);
        Analysed result = analyse(params, steps);
        steps.begin("saving");
        long runId = writer.save(new AnalysisWriter.NewRun(name, started, json.write(params), result.accounts(),
                steps.summary(), result.values(), result.links(), result.clusters()));
        steps.done("saving");
        AnalysisRunInfo info = repository.runs().stream().filter(r -> r.id() == runId).findFirst().orElseThrow();
        return new AnalysisRun(info, steps.times);
    }

    /** What a run stores, without what finding it took (the rules' context, the found clusters). */
    private record Analysed(int accounts, List<SharedValue> values, List<LinkRecord> links,
            List<AnalysisWriter.NewCluster> clusters) {}

    /**
     * Runs the rules, clustering and scoring. What the rules kept (every value group, the accounts' series, the
     * activity rules' candidate pairs) is left behind when this returns, so the write does not hold it: at campaign
     * scale the heap came within 140 MB of 3 GB while saving.
     */
    private Analysed analyse(AnalysisParameters params, Steps steps) {
        RuleContext ctx = new RuleContext(inputs, params.rules(), steps::checkpoint);
        steps.done("reading accounts");
        LinkSink sink = new LinkSink();
        for (Rule r : rules.all()) {
            if (params.rules().enabled(r.rule())) {
                steps.begin(r.rule().name());
                r.find(ctx, sink);
                steps.done(r.rule().name());
            }
        }
        steps.begin("clustering");
        List<FoundCluster> found = ClusterBuilder.cluster(sink.links(), params.clustering());
        steps.done("clustering");
        steps.begin("scoring");
        List<AnalysisWriter.NewCluster> clusters = score(ctx, found, sink.links());
        steps.done("scoring");
        return new Analysed(ctx.accounts().size(), sink.values(), sink.links(), clusters);
    }

    /** Every stored run, oldest first. */
    public List<AnalysisRunInfo> runs() {
        return repository.runs();
    }

    /** Deletes a run with its links and clusters (no-op for an unknown id). */
    public void deleteRun(long runId) {
        repository.deleteRun(runId);
    }

    private List<AnalysisWriter.NewCluster> score(RuleContext ctx, List<FoundCluster> found, List<LinkRecord> links) {
        Map<Integer, List<Integer>> clustersOf = new HashMap<>();
        for (int c = 0; c < found.size(); c++) {
            for (int a : found.get(c).accounts()) {
                clustersOf.computeIfAbsent(a, k -> new ArrayList<>()).add(c);
            }
        }
        List<List<Integer>> insideAt = new ArrayList<>(); // per cluster: positions in links, ascending
        found.forEach(f -> insideAt.add(new ArrayList<>()));
        for (int i = 0; i < links.size(); i++) {
            LinkRecord l = links.get(i);
            List<Integer> cb = clustersOf.getOrDefault(l.accountB(), List.of());
            for (int c : clustersOf.getOrDefault(l.accountA(), List.of())) {
                if (cb.contains(c)) {
                    insideAt.get(c).add(i);
                }
            }
        }
        ClusterScorer scorer = new ClusterScorer(ctx);
        List<AnalysisWriter.NewCluster> out = new ArrayList<>();
        for (int c = 0; c < found.size(); c++) {
            ctx.checkpoint();
            FoundCluster f = found.get(c);
            int[] at = insideAt.get(c).stream().mapToInt(Integer::intValue).toArray();
            List<LinkRecord> inside = Arrays.stream(at).mapToObj(links::get).toList();
            List<ScorePart> parts = scorer.score(f.accounts(), inside);
            long volume = f.accounts().stream().mapToLong(a -> ctx.account(a).interactions()).sum();
            // member order: home first, then by confidence, then by account id (what the views list and show first)
            List<AnalysisWriter.NewMember> members = f.members().stream()
                    .sorted(Comparator.comparing((FoundCluster.Member m) -> !m.home())
                            .thenComparing(Comparator.comparingDouble(FoundCluster.Member::confidence).reversed())
                            .thenComparing(m -> ctx.account(m.account()).accountId()))
                    .map(m -> new AnalysisWriter.NewMember(m.account(), m.home(), m.confidence(), m.links(),
                            m.weightInside(), m.rules())).toList();
            out.add(new AnalysisWriter.NewCluster(label(inside, f.members().size()), f.coreSize(), volume,
                    ClusterScorer.total(parts), parts, members, at));
        }
        out.sort(Comparator.comparingDouble(AnalysisWriter.NewCluster::score).reversed()
                .thenComparing(k -> -k.members().size()));
        return out;
    }

    /** "42 accounts: SHARED_IP, SIGNUP_BURST, SHARED_TEMPLATE": the rules carrying most weight inside. */
    static String label(List<LinkRecord> inside, int size) {
        Map<LinkRule, Double> byRule = new EnumMap<>(LinkRule.class);
        inside.forEach(l -> byRule.merge(l.rule(), l.weight(), Double::sum));
        String top = byRule.entrySet().stream().sorted(Map.Entry.<LinkRule, Double>comparingByValue().reversed())
                .limit(3).map(e -> e.getKey().name()).collect(Collectors.joining(", "));
        return size + " accounts: " + top;
    }

    /** Progress, cancel checks and timing of the steps of one run. */
    private static final class Steps {
        private final ProgressSink sink;
        private final CancelToken cancel;
        private final long started;
        private final List<StepTime> times = new ArrayList<>();
        private final Set<String> open = new HashSet<>();
        private long stepStart;

        Steps(ProgressSink sink, CancelToken cancel, long started) {
            this.sink = sink;
            this.cancel = cancel;
            this.started = started;
            this.stepStart = started;
        }

        void checkpoint() {
            if (cancel.isCancelled()) {
                throw new AnalysisCancelledException();
            }
        }

        void begin(String step) {
            checkpoint();
            open.add(step);
            stepStart = System.currentTimeMillis();
            sink.report(new Progress(step, times.size(), -1, -1, stepStart - started));
        }

        void done(String step) {
            long now = System.currentTimeMillis();
            times.add(new StepTime(step, now - stepStart));
            open.remove(step);
            stepStart = now;
        }

        String summary() {
            return times.stream().map(t -> t.step() + ": " + t.millis()).collect(Collectors.joining("; "));
        }
    }
}
