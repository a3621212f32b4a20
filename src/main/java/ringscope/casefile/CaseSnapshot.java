package ringscope.casefile;

import java.util.List;
import java.util.Map;
import ringscope.model.ActionEvent;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.CaseDecision;
import ringscope.model.ChainStatus;
import ringscope.model.ClusterMember;
import ringscope.model.ClusterSummary;
import ringscope.model.EvidenceRow;
import ringscope.model.Hypothesis;
import ringscope.model.ImportRunSummary;
import ringscope.model.LinkRecord;
import ringscope.model.Membership;
import ringscope.model.Note;
import ringscope.model.SourceFileInfo;
import ringscope.model.Tag;
import ringscope.model.TagAssignment;

/**
 * Everything an export writes, read from the case once (already redacted per the profile). The entries of the bundle
 * are all rendered from this value, so they agree with each other.
 */
record CaseSnapshot(String caseName, String exportedBy, long exportedMs, ExportProfile profile, CaseDecision decision,
        List<ImportRunSummary> imports, List<SourceFileInfo> files, List<AnalysisRunInfo> runs, List<Tag> tags,
        List<TagAssignment> assignments, List<Note> notes, List<Hypothesis> hypotheses, List<Membership> memberships,
        List<ActionEvent> events, ChainStatus chain, List<TaggedCluster> clusters, List<ClusterSummary> otherClusters,
        List<TaggedAccount> accounts) {

    /** A cluster that carries at least one active tag, with what it rests on. */
    record TaggedCluster(ClusterSummary summary, List<String> tags, List<ClusterMember> members,
            List<Receipt> links) {
        long rowsBehind() {
            return links.stream().mapToLong(Receipt::rowCount).sum();
        }
    }

    /**
     * A link with its receipts: the two account ids, the (possibly redacted) shared value and sentence, how many
     * source rows stand behind it, the first of those rows, and the source lines of all of them by file SHA-256.
     */
    record Receipt(LinkRecord link, String accountA, String accountB, String value, String explanation,
            long rowCount, List<EvidenceRow> rows, Map<String, long[]> lines) {}

    /** An account tagged directly or through a tagged cluster. */
    record TaggedAccount(String accountId, List<String> tags, List<Long> clusters) {}

    /** Tag names by id (retracted ones included, so the log's targets can still be named). */
    Map<String, String> tagNames() {
        return tags.stream().collect(java.util.stream.Collectors.toMap(Tag::id, Tag::name, (a, b) -> a));
    }
}
