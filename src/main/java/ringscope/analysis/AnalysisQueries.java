package ringscope.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ringscope.analysis.rules.EvidenceContext;
import ringscope.analysis.rules.RuleSet;
import ringscope.model.AccountHit;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.EvidenceRow;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkFilter;
import ringscope.model.LinkRecord;
import ringscope.model.LinkRule;
import ringscope.model.Neighbourhood;
import ringscope.model.RobustnessReport;
import ringscope.model.SharedValue;
import ringscope.model.WhyInClusterReport;
import ringscope.model.ViewCaps;
import ringscope.model.WhyTogetherReport;
import ringscope.store.AccountLookup;
import ringscope.store.AnalysisInputs;
import ringscope.store.AnalysisRepository;
import ringscope.store.CaseStore;
import ringscope.store.EvidenceRepository;

/**
 * The read side of link analysis, for the views and the command line: runs, clusters with every score part, members,
 * links with their receipts, the exact source rows behind a link (paged), why two accounts (or an account and a
 * cluster) are together, whether a cluster holds without some link types, an account's neighbourhood, and account
 * search. Accounts are given by their surrogate ref ({@link ClusterMember#accountRef()}, {@link #accountRef}).
 *
 * <p>Every method reads the case database and may take up to seconds on a campaign-scale case: call it off the FX
 * thread. Thread-safe (each call uses its own connections). Unknown ids give empty results, never null.
 */
public final class AnalysisQueries {
    /** Neighbourhoods stop growing at this many accounts (then {@link Neighbourhood#capped()} is true). */
    public static final int MAX_NEIGHBOURHOOD = ViewCaps.ACCOUNTS;

    private final AnalysisRepository repository;
    private final AccountLookup accounts;
    private final EvidenceRepository evidence;
    private final AnalysisInputs inputs;
    private final RuleSet rules = new RuleSet();
    private final ParametersJson json = new ParametersJson();

    public AnalysisQueries(CaseStore store) {
        this.repository = new AnalysisRepository(store);
        this.accounts = new AccountLookup(store);
        this.evidence = new EvidenceRepository(store);
        this.inputs = new AnalysisInputs(store);
    }

    /** Every stored run, oldest first. */
    public List<AnalysisRunInfo> runs() {
        return repository.runs();
    }

    /** The newest run, if any. */
    public Optional<AnalysisRunInfo> latestRun() {
        List<AnalysisRunInfo> all = repository.runs();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The parameters a run was made with. */
    public AnalysisParameters parameters(long runId) {
        return json.read(run(runId).parameters());
    }

    /** Clusters of a run, highest score first, each with every part of its score. */
    public List<ClusterSummary> clusters(long runId) {
        return repository.clusters(runId);
    }

    public Optional<ClusterSummary> cluster(long clusterId) {
        return repository.cluster(clusterId);
    }

    /** Members of a cluster in member order: home members first, then by confidence, then by account id. */
    public List<ClusterMember> members(long clusterId) {
        return repository.members(clusterId);
    }

    /** The first {@code limit} members of a cluster in member order. */
    public List<ClusterMember> firstMembers(long clusterId, int limit) {
        return repository.firstMembers(clusterId, limit);
    }

    /** The clusters of a run an account belongs to (home first, then overlapping ones). */
    public List<ClusterMember> memberships(long runId, int account) {
        return repository.memberships(runId, account);
    }

    /** Links of a run accepted by the filter, heaviest first (at most {@code filter.limit()}). */
    public List<LinkRecord> links(long runId, LinkFilter filter) {
        return repository.links(runId, filter);
    }

    /** Links of a run with both ends among {@code accountRefs}. */
    public List<LinkRecord> linksBetween(long runId, Collection<Integer> accountRefs) {
        return repository.linksTouching(runId, accountRefs, true);
    }

    /** Links of a run touching one account. */
    public List<LinkRecord> linksOf(long runId, int account) {
        return repository.linksTouching(runId, List.of(account), false);
    }

    /** Links among the members of a cluster. */
    public List<LinkRecord> linksInCluster(long clusterId) {
        return repository.linksInCluster(clusterId);
    }

    public Optional<LinkRecord> link(long linkId) {
        return repository.link(linkId);
    }

    /** Values of a run that were too common to make links ("used by 4,812 accounts"), most common first. */
    public List<SharedValue> commonValues(long runId, int limit) {
        return repository.commonValues(runId, limit);
    }

    /**
     * One page of the source rows behind a link, each with its source file (name, SHA-256) and line: account rows,
     * events, payment rows, then interactions in time order. Empty for an unknown link or past the end.
     */
    public List<EvidenceRow> rowsBehindLink(long linkId, long offset, int limit) {
        return repository.link(linkId).map(l -> evidence.rows(selector(l), offset, limit)).orElse(List.of());
    }

    /** How many rows {@link #rowsBehindLink} lists for a link in all (0 for an unknown link). */
    public long rowCountBehindLink(long linkId) {
        return repository.link(linkId).map(l -> evidence.count(selector(l))).orElse(0L);
    }

    /** Which rows stand behind a link (as its rule defines them). */
    public EvidenceSelector selector(LinkRecord link) {
        EvidenceContext ctx = new EvidenceContext(accounts, inputs, parameters(link.runId()).rules());
        return rules.of(link.rule()).evidence(link, ctx);
    }

    /** Why two accounts are together in a run: ranked shared signals, common values included. */
    public WhyTogetherReport whyTogether(long runId, int accountA, int accountB) {
        return new Explainer(repository, accounts, parameters(runId)).whyTogether(runId, accountA, accountB);
    }

    /** Why an account is (or is not) in a cluster: its membership, ties per rule and strongest links. */
    public WhyInClusterReport whyInCluster(long runId, int account, long clusterId) {
        return new Explainer(repository, accounts, parameters(runId)).whyInCluster(runId, account, clusterId);
    }

    /**
     * Re-clusters the links touching a cluster without {@code excludedRules} and with {@code minPairWeight}, and says
     * how much of the cluster holds.
     */
    public RobustnessReport robustness(long runId, long clusterId, Set<LinkRule> excludedRules,
            double minPairWeight) {
        return new Robustness(repository, parameters(runId).clustering()).check(runId, clusterId, excludedRules,
                minPairWeight);
    }

    /** Accounts within {@code hops} links of {@code account} (at most {@value #MAX_NEIGHBOURHOOD}) and their links. */
    public Neighbourhood neighbours(long runId, int account, int hops) {
        return Neighbours.of(repository, runId, account, hops, MAX_NEIGHBOURHOOD);
    }

    /** Accounts by account id (exact or prefix), IP, payment fingerprint or email hash; at most 100. */
    public List<AccountHit> searchAccounts(String text) {
        return text == null || text.isBlank() ? List.of() : accounts.search(text, 100);
    }

    public Optional<Integer> accountRef(String accountId) {
        return accounts.ref(accountId);
    }

    public Map<Integer, String> accountIds(Collection<Integer> refs) {
        return accounts.ids(refs);
    }

    private AnalysisRunInfo run(long runId) {
        return repository.runs().stream().filter(r -> r.id() == runId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No analysis run " + runId + " in this case"));
    }
}
