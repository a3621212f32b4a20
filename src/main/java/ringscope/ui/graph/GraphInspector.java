package ringscope.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import ringscope.analysis.AnalysisQueries;
import ringscope.graph.GraphDataService;
import ringscope.graph.VisualNode;
import ringscope.model.ClusterSummary;
import ringscope.model.EvidenceRow;
import ringscope.model.LinkRecord;
import ringscope.model.ScorePart;
import ringscope.model.SharedSignal;
import ringscope.model.Target;
import ringscope.model.TargetKind;
import ringscope.model.WhyInClusterReport;
import ringscope.model.WhyTogetherReport;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.Selection;

/**
 * The graph tab's side panes, following the shared {@link Selection}: details of the focused account, cluster or
 * link; the source rows behind the focused link, a page at a time; and "why together" for two selected accounts (or
 * an account and a cluster). Reads through the background runner; late answers for an old focus are dropped. UI
 * thread.
 */
public final class GraphInspector {
    /** Rows of evidence per page. */
    public static final int PAGE = 50;

    /** One line of the details pane. */
    public record Field(String name, String value) {}

    private final BackgroundRunner runner;
    private final Selection selection;
    private final Function<Target, Optional<VisualNode>> nodes;
    private final ObservableList<Field> details = FXCollections.observableArrayList();
    private final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();
    private final ObservableList<String> why = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper evidenceCaption = new ReadOnlyStringWrapper(this, "evidenceCaption",
            "Select a link to see the rows behind it");
    private final ReadOnlyStringWrapper whyCaption = new ReadOnlyStringWrapper(this, "whyCaption",
            "Select two accounts (shift-click), or an account and a cluster");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private AnalysisQueries queries;
    private long runId = -1;
    private long linkId;
    private long offset;
    private long total;
    private int generation;

    GraphInspector(BackgroundRunner runner, Selection selection, Function<Target, Optional<VisualNode>> nodes) {
        this.runner = runner;
        this.selection = selection;
        this.nodes = nodes;
        selection.targets().addListener((ListChangeListener<Target>) c -> refresh());
    }

    void setContext(GraphDataService service, long run) {
        this.queries = service == null ? null : service.queries();
        this.runId = run;
        refresh();
    }

    private void refresh() {
        generation++;
        details.clear();
        evidence.clear();
        why.clear();
        linkId = 0;
        hasNext.set(false);
        hasPrevious.set(false);
        evidenceCaption.set("Select a link to see the rows behind it");
        whyCaption.set("Select two accounts (shift-click), or an account and a cluster");
        Target focus = selection.focusProperty().get();
        if (queries == null || runId < 0 || focus == null) {
            return;
        }
        switch (focus.kind()) {
            case ACCOUNT -> accountDetails(focus);
            case CLUSTER -> clusterDetails(Long.parseLong(focus.key()));
            case LINK -> link(Long.parseLong(focus.key()));
            default -> details.add(new Field("selected", focus.toString()));
        }
        whyTogether();
    }

    private void accountDetails(Target focus) {
        details.add(new Field("account", focus.key()));
        nodes.apply(focus).ifPresent(n -> n.attributes().forEach((k, v) -> {
            if (!k.equals("account")) {
                details.add(new Field(k, v));
            }
        }));
    }

    private void clusterDetails(long clusterId) {
        nodes.apply(Target.cluster(clusterId)).ifPresent(n -> n.attributes().forEach((k, v) ->
                details.add(new Field(k, v))));
        submit("Reading cluster", q -> q.cluster(clusterId), c -> c.ifPresent(this::parts));
    }

    private void parts(ClusterSummary c) {
        if (details.isEmpty()) {
            details.add(new Field("label", c.label()));
            details.add(new Field("accounts", Integer.toString(c.size())));
            details.add(new Field("score", String.format("%.2f", c.score())));
        }
        details.add(new Field("interactions", String.format("%,d", c.interactions())));
        for (ScorePart p : c.parts()) {
            details.add(new Field("score: " + p.name(), String.format("%.2f \u00d7 %.2f (%s)", p.value(),
                    p.weight(), p.measured())));
        }
    }

    private void link(long id) {
        linkId = id;
        offset = 0;
        submit("Reading link", q -> new LinkAndCount(q.link(id), q.rowCountBehindLink(id)), lc -> {
            total = lc.count();
            lc.link().ifPresent(l -> {
                details.add(new Field("rule", l.rule().name() + " (" + l.tier().name().toLowerCase() + ")"));
                details.add(new Field("weight", String.format("%.2f", l.weight())));
                details.add(new Field("shared value", l.value().text()));
                details.add(new Field("value used by", String.format("%,d accounts", l.value().accounts())));
                details.add(new Field("explanation", l.explanation()));
            });
            page(0);
        });
    }

    private record LinkAndCount(Optional<LinkRecord> link, long count) {}

    /** Shows the next page of rows behind the focused link. */
    public void nextPage() {
        if (linkId > 0 && offset + PAGE < total) {
            page(offset + PAGE);
        }
    }

    public void previousPage() {
        if (linkId > 0 && offset > 0) {
            page(Math.max(0, offset - PAGE));
        }
    }

    private void page(long from) {
        long id = linkId;
        submit("Reading evidence rows", q -> q.rowsBehindLink(id, from, PAGE), rows -> {
            offset = from;
            evidence.setAll(rows);
            hasPrevious.set(from > 0);
            hasNext.set(from + PAGE < total);
            evidenceCaption.set(total == 0 ? "No source rows behind this link"
                    : String.format("Rows %,d\u2013%,d of %,d behind link %d", from + 1, from + rows.size(), total,
                            id));
        });
    }

    private void whyTogether() {
        List<Target> accounts = new ArrayList<>();
        List<Target> clusters = new ArrayList<>();
        for (Target t : selection.targets()) {
            if (t.kind() == TargetKind.ACCOUNT) {
                accounts.add(t);
            } else if (t.kind() == TargetKind.CLUSTER) {
                clusters.add(t);
            }
        }
        long run = runId;
        if (accounts.size() == 2 && clusters.isEmpty()) {
            String a = accounts.get(0).key();
            String b = accounts.get(1).key();
            whyCaption.set("Why " + a + " and " + b + " are together\u2026");
            submit("Why together", q -> q.whyTogether(run, q.accountRef(a).orElseThrow(),
                    q.accountRef(b).orElseThrow()), this::showWhy);
        } else if (accounts.size() == 1 && clusters.size() == 1) {
            String a = accounts.get(0).key();
            long cluster = Long.parseLong(clusters.get(0).key());
            submit("Why in cluster", q -> q.whyInCluster(run, q.accountRef(a).orElseThrow(), cluster),
                    this::showWhyIn);
        }
    }

    private void showWhy(WhyTogetherReport r) {
        whyCaption.set(String.format("%s and %s: total weight %.2f, %s", r.accountA(), r.accountB(),
                r.totalWeight(), r.binds() ? "enough to bind them in a cluster" : "not enough to bind them alone"));
        for (SharedSignal s : r.signals()) {
            why.add(String.format("[%s] %s", s.tier().name().toLowerCase(), s.explanation()));
        }
    }

    private void showWhyIn(WhyInClusterReport r) {
        whyCaption.set(r.member() == null ? r.accountId() + " is not a member of cluster " + r.clusterId()
                : String.format("%s in cluster %d: confidence %.2f", r.accountId(), r.clusterId(),
                        r.member().confidence()));
        r.ties().forEach(t -> why.add(String.format("[%s] %s: %,d links to %,d members, weight %.2f", t.tier().name()
                .toLowerCase(), t.rule().name(), t.links(), t.membersReached(), t.weight())));
        r.strongestLinks().forEach(l -> why.add(l.explanation()));
    }

    private <T> void submit(String name, Function<AnalysisQueries, T> work, java.util.function.Consumer<T> done) {
        AnalysisQueries q = queries;
        int gen = generation;
        runner.submit(name, (p, c) -> work.apply(q), p -> {}, result -> {
            if (gen == generation) {
                done.accept(result);
            }
        }, e -> {
            if (gen == generation) {
                whyCaption.set(e.getMessage());
            }
        });
    }

    public ObservableList<Field> details() {
        return details;
    }

    public ObservableList<EvidenceRow> evidence() {
        return evidence;
    }

    public ObservableList<String> why() {
        return why;
    }

    public ReadOnlyStringProperty evidenceCaptionProperty() {
        return evidenceCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyCaptionProperty() {
        return whyCaption.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }
}
