package ringscope.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ringscope.analysis.AnalysisQueries;
import ringscope.casework.CaseworkQueries;
import ringscope.casework.CaseworkService;
import ringscope.casefile.CaseSnapshot.Receipt;
import ringscope.casefile.CaseSnapshot.TaggedAccount;
import ringscope.casefile.CaseSnapshot.TaggedCluster;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.CancelToken;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.EvidenceRow;
import ringscope.model.EvidenceSelector;
import ringscope.model.LinkRecord;
import ringscope.model.Progress;
import ringscope.model.ProgressSink;
import ringscope.model.Tag;
import ringscope.model.TagAssignment;
import ringscope.model.TargetKind;
import ringscope.store.CaseOverviewRepository;
import ringscope.store.CaseStore;
import ringscope.store.EvidenceRepository;

/**
 * Reads what an export needs from an open case: provenance, runs, casework, the action log and, for every tagged
 * cluster, its members, its links and the first {@link CaseFileFormat#ROWS_PER_LINK} source rows behind each link.
 * Polls the cancel token between links. Runs on a worker thread; the store is only read.
 */
final class CaseCollector {
    private final CaseStore store;
    private final AnalysisQueries analysis;
    private final EvidenceRepository evidence;
    private final CaseworkService casework;
    private final Redactor redactor;

    /** {@code store} should be a {@link CaseStore#readSnapshot()}: one connection, one consistent read. */
    CaseCollector(CaseStore store, CaseworkService casework, Redactor redactor) {
        this.store = store;
        this.analysis = new AnalysisQueries(store);
        this.evidence = new EvidenceRepository(store);
        this.casework = casework;
        this.redactor = redactor;
    }

    CaseSnapshot collect(long exportedMs, ProgressSink progress, CancelToken cancel) {
        long t0 = System.currentTimeMillis();
        CaseworkQueries q = casework.queries();
        CaseOverviewRepository overview = new CaseOverviewRepository(store);
        List<Tag> tags = q.allTags();
        Map<String, String> tagNames = new TreeMap<>();
        tags.stream().filter(t -> !t.retracted()).forEach(t -> tagNames.put(t.id(), t.name()));
        List<TagAssignment> active = q.activeAssignments().stream()
                .filter(a -> tagNames.containsKey(a.tagId())).toList();

        Map<Long, List<String>> clusterTags = new TreeMap<>();
        Map<String, Set<String>> accountTags = new TreeMap<>();
        for (TagAssignment a : active) {
            String name = tagNames.get(a.tagId());
            if (a.target().kind() == TargetKind.CLUSTER) {
                parseId(a.target().key()).ifPresent(id -> add(clusterTags, id, name));
            } else if (a.target().kind() == TargetKind.ACCOUNT) {
                accountTags.computeIfAbsent(a.target().key(), k -> new TreeSet<>()).add(name);
            }
        }
        Map<String, Set<Long>> accountClusters = new TreeMap<>();
        List<TaggedCluster> clusters = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Long, List<String>> e : clusterTags.entrySet()) {
            checkCancel(cancel);
            progress.report(new Progress("cluster " + e.getKey(), done++, -1, -1, System.currentTimeMillis() - t0));
            ClusterSummary summary = analysis.cluster(e.getKey()).orElse(null);
            if (summary == null) {
                continue; // tagged, but its analysis run was deleted: the tag stays in the tag list
            }
            List<ClusterMember> members = analysis.members(summary.id());
            for (ClusterMember m : members) {
                accountTags.computeIfAbsent(m.accountId(), k -> new TreeSet<>()).addAll(e.getValue());
                accountClusters.computeIfAbsent(m.accountId(), k -> new TreeSet<>()).add(summary.id());
            }
            clusters.add(new TaggedCluster(summary, e.getValue(), members, receipts(summary, progress, cancel)));
        }
        List<TaggedAccount> accounts = accountTags.entrySet().stream().map(e -> new TaggedAccount(e.getKey(),
                List.copyOf(e.getValue()), List.copyOf(accountClusters.getOrDefault(e.getKey(), Set.of())))).toList();
        List<ClusterSummary> others = redactor.profile().taggedClustersOnly() ? List.of()
                : analysis.latestRun().map(r -> analysis.clusters(r.id())).orElse(List.of()).stream()
                        .filter(c -> !clusterTags.containsKey(c.id())).toList();
        List<AnalysisRunInfo> runs = analysis.runs();
        return new CaseSnapshot(store.name(), casework.actor(), exportedMs, redactor.profile(), q.decision(),
                overview.importRuns(), overview.sourceFiles(), runs, tags, q.allAssignments(), q.allNotes(),
                q.allHypotheses(), q.allMemberships(), casework.log().events(), casework.log().verify(), clusters,
                others, accounts);
    }

    private List<Receipt> receipts(ClusterSummary cluster, ProgressSink progress, CancelToken cancel) {
        List<LinkRecord> links = analysis.linksInCluster(cluster.id());
        Set<Integer> refs = new TreeSet<>();
        links.forEach(l -> {
            refs.add(l.accountA());
            refs.add(l.accountB());
        });
        Map<Integer, String> ids = analysis.accountIds(refs);
        List<EvidenceSelector> selectors = new ArrayList<>();
        for (LinkRecord l : links) {
            checkCancel(cancel);
            selectors.add(analysis.selector(l));
        }
        long t0 = System.currentTimeMillis();
        List<EvidenceRepository.Receipt> behind = evidence.receipts(selectors, CaseFileFormat.ROWS_PER_LINK, cancel,
                n -> progress.report(new Progress("cluster " + cluster.id() + ": rows behind its " + links.size()
                        + " links", n, n, links.size(), System.currentTimeMillis() - t0)));
        checkCancel(cancel);
        List<Receipt> out = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            LinkRecord l = links.get(i);
            List<EvidenceRow> rows = behind.get(i).first().stream().map(this::redact).toList();
            String value = redactor.value(l.rule(), l.value().text());
            String sentence = redactor.explanation(l.rule(), l.value().text(), l.explanation());
            out.add(new Receipt(l, ids.getOrDefault(l.accountA(), "?"), ids.getOrDefault(l.accountB(), "?"), value,
                    sentence, behind.get(i).count(), rows, behind.get(i).lines()));
        }
        return out;
    }

    private EvidenceRow redact(EvidenceRow r) {
        String text = redactor.text(r.text(), "account".equals(r.table()));
        return new EvidenceRow(r.table(), r.rowId(), r.fileName(), r.sha256(), r.lineNo(), r.tsMs(), r.accountId(),
                text);
    }

    private static void checkCancel(CancelToken cancel) {
        if (cancel.isCancelled()) {
            throw new ExportCancelledException();
        }
    }

    private static <K> void add(Map<K, List<String>> map, K key, String value) {
        List<String> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(value)) {
            list.add(value);
            list.sort(null);
        }
    }

    private static java.util.Optional<Long> parseId(String key) {
        try {
            return java.util.Optional.of(Long.parseLong(key));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
