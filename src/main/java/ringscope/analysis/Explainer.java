package ringscope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ringscope.analysis.cluster.PairWeight;
import ringscope.model.AnalysisParameters;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterTie;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.SharedSignal;
import ringscope.model.TermKind;
import ringscope.model.WhyInClusterReport;
import ringscope.model.WhyTogetherReport;
import ringscope.store.AccountLookup;
import ringscope.store.AnalysisRepository;

/**
 * Builds "why together" answers from a stored run plus the account × value aggregate: the run's links between the
 * accounts, and every other value both used with why it made no link (too common, not at the same time). Ranked:
 * strong tier first, then weight, then the rarer value. One instance per question.
 */
final class Explainer {
    private static final Map<TermKind, LinkRule> TERM_RULES = Map.of(TermKind.IP, LinkRule.SHARED_IP,
            TermKind.USER_AGENT, LinkRule.SHARED_USER_AGENT, TermKind.TEMPLATE, LinkRule.SHARED_TEMPLATE,
            TermKind.END_USER, LinkRule.SHARED_END_USER, TermKind.API_KEY, LinkRule.SHARED_API_KEY);
    static final Comparator<SharedSignal> RANK = Comparator.comparing(SharedSignal::tier)
            .thenComparing(Comparator.comparingDouble(SharedSignal::weight).reversed())
            .thenComparingInt(SharedSignal::valueAccounts);

    private final AnalysisRepository repository;
    private final AccountLookup accounts;
    private final AnalysisParameters params;

    Explainer(AnalysisRepository repository, AccountLookup accounts, AnalysisParameters params) {
        this.repository = repository;
        this.accounts = accounts;
        this.params = params;
    }

    WhyTogetherReport whyTogether(long runId, int a, int b) {
        List<LinkRecord> links = a == b ? List.of() : repository.linksTouching(runId, List.of(a, b), true);
        List<AccountLookup.SharedTerm> terms = accounts.sharedTerms(a, b);
        Map<Integer, AccountLookup.SharedTerm> byTerm = new HashMap<>();
        terms.forEach(t -> byTerm.put(t.term().id(), t));
        List<SharedSignal> signals = new ArrayList<>();
        Set<LinkRule> linkedRules = new HashSet<>();
        double[] binding = new double[PairWeight.SLOTS];
        for (LinkRecord l : links) {
            linkedRules.add(l.rule());
            if (!params.clustering().excludedRules().contains(l.rule())) {
                PairWeight.add(binding, l.rule(), l.weight());
            }
            AccountLookup.SharedTerm t = TERM_RULES.containsValue(l.rule()) ? byTerm.get(l.value().ref()) : null;
            long overlap = t == null ? spanOverlap(l) : overlap(t);
            signals.add(new SharedSignal(l.rule(), l.tier(), l.value().text() + (l.detail().isEmpty() ? ""
                    : " (" + l.detail() + ")"), l.value().accounts(), l.weight(), l.evidenceCount(), l.firstMs(),
                    l.lastMs(), overlap, l.id(), l.explanation()));
        }
        for (AccountLookup.SharedTerm t : terms) {
            LinkRule rule = TERM_RULES.get(t.term().kind());
            String unlinked = rule == null ? null : whyNotLinked(t, linkedRules.contains(rule));
            if (unlinked != null) {
                signals.add(new SharedSignal(rule, rule.tier(), t.term().value(), t.accountsUsing(), 0,
                        (long) t.countA() + t.countB(), Math.min(t.firstA(), t.firstB()), Math.max(t.lastA(),
                                t.lastB()), overlap(t), 0, String.format("Both used %s (%s): %s.", t.term().value(),
                                        t.term().kind().code(), unlinked)));
            }
        }
        signals.sort(RANK);
        Map<Integer, String> ids = accounts.ids(List.of(a, b));
        double total = PairWeight.binding(binding);
        return new WhyTogetherReport(runId, ids.getOrDefault(a, "#" + a), ids.getOrDefault(b, "#" + b), signals,
                total, total >= params.clustering().minPairWeight());
    }

    /** Null when the value is part of a stored link; else the reason it made none. */
    private String whyNotLinked(AccountLookup.SharedTerm t, boolean ruleLinked) {
        int max = params.rules().maxValueAccounts();
        if (t.accountsUsing() > max) {
            return String.format("too common to link: used by %,d accounts (limit %,d)", t.accountsUsing(), max);
        }
        long window = params.rules().ipWindowHours() * 3_600_000L;
        if (t.term().kind() == TermKind.IP && !(t.firstB() - window <= t.lastA() && t.firstA() - window <= t.lastB())) {
            return "not used within " + params.rules().ipWindowHours() + " h of each other";
        }
        if (ruleLinked) {
            return null;
        }
        return String.format("used by %,d accounts; not paired (values shared by more than %d accounts link each"
                + " account to its next %d only)", t.accountsUsing(), params.rules().fullPairsUpTo(),
                params.rules().chainNeighbours());
    }

    private static long overlap(AccountLookup.SharedTerm t) {
        return Math.max(0, Math.min(t.lastA(), t.lastB()) - Math.max(t.firstA(), t.firstB()));
    }

    private static long spanOverlap(LinkRecord l) {
        boolean timeBound = l.rule() == LinkRule.SYNCHRONIZED_ACTIVITY || l.rule() == LinkRule.LOAD_BALANCED;
        return timeBound && l.firstMs() >= 0 ? Math.max(0, l.lastMs() - l.firstMs()) : 0;
    }

    WhyInClusterReport whyInCluster(long runId, int account, long clusterId) {
        List<ClusterMember> members = repository.members(clusterId);
        Set<Integer> refs = new HashSet<>();
        ClusterMember self = null;
        for (ClusterMember m : members) {
            refs.add(m.accountRef());
            if (m.accountRef() == account) {
                self = m;
            }
        }
        List<LinkRecord> into = repository.linksTouching(runId, List.of(account), false).stream()
                .filter(l -> refs.contains(l.other(account)) && l.other(account) != account).toList();
        Map<LinkRule, List<LinkRecord>> byRule = new EnumMap<>(LinkRule.class);
        into.forEach(l -> byRule.computeIfAbsent(l.rule(), r -> new ArrayList<>()).add(l));
        List<ClusterTie> ties = new ArrayList<>();
        byRule.forEach((rule, ls) -> ties.add(tie(account, rule, ls)));
        ties.sort(Comparator.comparing(ClusterTie::tier).thenComparing(
                Comparator.comparingDouble(ClusterTie::weight).reversed()));
        List<LinkRecord> strongest = into.stream().sorted(Comparator.comparingDouble(LinkRecord::weight).reversed())
                .limit(10).toList();
        String id = accounts.ids(List.of(account)).getOrDefault(account, "#" + account);
        return new WhyInClusterReport(runId, clusterId, id, self, ties, strongest);
    }

    private static ClusterTie tie(int account, LinkRule rule, List<LinkRecord> ls) {
        Set<Integer> reached = new HashSet<>();
        double weight = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        LinkRecord rarest = ls.get(0);
        for (LinkRecord l : ls) {
            reached.add(l.other(account));
            weight += l.weight();
            if (l.firstMs() >= 0) {
                first = Math.min(first, l.firstMs());
            }
            last = Math.max(last, l.lastMs());
            if (l.value().accounts() < rarest.value().accounts()) {
                rarest = l;
            }
        }
        return new ClusterTie(rule, rule.tier(), ls.size(), reached.size(), weight, rarest.value().text(),
                rarest.value().accounts(), first == Long.MAX_VALUE ? -1 : first, last);
    }
}
