package ringscope.analysis.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ringscope.model.AccountProfile;
import ringscope.model.EventRecord;
import ringscope.model.RuleParameters;
import ringscope.model.TermKind;
import ringscope.model.ValueUse;
import ringscope.store.AnalysisInputs;
import ringscope.timeline.HourlySeries;

/**
 * What the rules of one run read, loaded lazily from the import's aggregates and cached for the run: accounts, the
 * accounts of every value per term kind, events, payment uses, network facts, hourly series. Confined to the thread
 * running the analysis. {@link #checkpoint()} lets long rules stop early when the run is cancelled.
 */
public final class RuleContext {
    private final AnalysisInputs inputs;
    private final RuleParameters params;
    private final Runnable checkpoint;
    private final List<AccountProfile> accounts;
    private final Map<Integer, AccountProfile> byRef = new HashMap<>();
    private final Map<TermKind, List<ValueGroup>> groups = new EnumMap<>(TermKind.class);
    private final Map<Integer, HourlySeries> series = new HashMap<>();
    private List<EventRecord> events;
    private List<AnalysisInputs.PaymentUse> payments;
    private Networks networks;
    private FanoutProfile fanout;
    private ActivityCandidates activity;

    /** @param checkpoint called between units of work; throws to abandon the run */
    public RuleContext(AnalysisInputs inputs, RuleParameters params, Runnable checkpoint) {
        this.inputs = inputs;
        this.params = params;
        this.checkpoint = checkpoint;
        this.accounts = inputs.accounts();
        accounts.forEach(a -> byRef.put(a.ref(), a));
    }

    public RuleParameters params() {
        return params;
    }

    public void checkpoint() {
        checkpoint.run();
    }

    /** Every account, by ascending ref. */
    public List<AccountProfile> accounts() {
        return accounts;
    }

    /** @throws IllegalArgumentException for an unknown ref */
    public AccountProfile account(int ref) {
        AccountProfile a = byRef.get(ref);
        if (a == null) {
            throw new IllegalArgumentException("no account with ref " + ref);
        }
        return a;
    }

    /** Every value of {@code kind} with its accounts, in term order (loaded once per run). */
    public List<ValueGroup> groups(TermKind kind) {
        return groups.computeIfAbsent(kind, k -> {
            List<ValueGroup> out = new ArrayList<>();
            inputs.forEachValue(k, (term, value, uses) -> out.add(new ValueGroup(term, value, uses)));
            checkpoint.run();
            return out;
        });
    }

    /** Number of distinct values of {@code kind} per account (accounts without any are absent). */
    public Map<Integer, Integer> distinct(TermKind kind) {
        Map<Integer, Integer> out = new HashMap<>();
        for (ValueGroup g : groups(kind)) {
            for (ValueUse u : g.uses()) {
                out.merge(u.accountRef(), 1, Integer::sum);
            }
        }
        return out;
    }

    public List<EventRecord> events() {
        if (events == null) {
            events = inputs.events();
        }
        return events;
    }

    public List<AnalysisInputs.PaymentUse> payments() {
        if (payments == null) {
            payments = inputs.paymentUses();
        }
        return payments;
    }

    public Networks networks() {
        if (networks == null) {
            networks = new Networks(inputs.ipInfo());
        }
        return networks;
    }

    /** Distinct IPs, keys, end users and user agents per account (computed once per run). */
    public FanoutProfile fanout() {
        if (fanout == null) {
            fanout = new FanoutProfile(this);
        }
        return fanout;
    }

    /**
     * The pairs the activity rules compare, computed at the first call from the links {@code sink} holds then (so
     * call it after the other rules ran) and kept for the run.
     */
    public ActivityCandidates activityCandidates(LinkSink sink) {
        if (activity == null) {
            activity = new ActivityCandidates(this, sink);
        }
        return activity;
    }

    /** Hourly series of the given accounts (cached; accounts without activity map to an empty series). */
    public Map<Integer, HourlySeries> series(Collection<Integer> wanted) {
        List<Integer> missing = wanted.stream().filter(a -> !series.containsKey(a)).toList();
        if (!missing.isEmpty()) {
            inputs.forEachSeries(missing, (a, hours, counts) -> series.put(a, new HourlySeries(hours, counts)));
            HourlySeries empty = new HourlySeries(new long[0], new int[0]);
            missing.forEach(a -> series.putIfAbsent(a, empty));
            checkpoint.run();
        }
        Map<Integer, HourlySeries> out = new HashMap<>();
        wanted.forEach(a -> out.put(a, series.get(a)));
        return out;
    }
}
