package ringscope.ui.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.analysis.AnalysisService;
import ringscope.model.AnalysisParameters;
import ringscope.model.AnalysisRunInfo;
import ringscope.model.ClusterMember;
import ringscope.model.ScorePart;
import ringscope.store.AnalysisResults;
import ringscope.store.CaseStore;
import ringscope.ui.BackgroundRunner;

/**
 * State of the clusters panel: the latest analysis run's clusters (highest score first), and for the selected one
 * its members and the parts of its score. Runs analyses and queries through the background runner. UI thread.
 */
public final class ClustersViewModel {
    /** One row of the clusters table. */
    public record ClusterRow(long id, String label, int size, long interactions, double score,
            List<ScorePart> parts) {}

    private final BackgroundRunner runner;
    private final ObjectMapper json = new ObjectMapper();
    private final ObservableList<ClusterRow> clusters = FXCollections.observableArrayList();
    private final ObservableList<ClusterMember> members = FXCollections.observableArrayList();
    private final ObservableList<ScorePart> parts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No case open");
    private CaseStore store;

    public ClustersViewModel(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** Shows the latest run of {@code store} (null: no case). */
    public void show(CaseStore store) {
        this.store = store;
        clusters.clear();
        members.clear();
        parts.clear();
        if (store == null) {
            status.set("No case open");
            return;
        }
        status.set("Reading analysis runs\u2026");
        runner.submit("Reading clusters", (p, c) -> load(store), p -> {}, this::loaded,
                e -> status.set(e.getMessage()));
    }

    /** Runs a new analysis with default parameters, then shows it. */
    public void analyze() {
        CaseStore s = store;
        if (s == null) {
            return;
        }
        status.set("Analysing\u2026");
        runner.submit("Analysing", (p, c) -> {
            new AnalysisService(s).run("run " + java.time.Instant.now(), AnalysisParameters.defaults(), p, c);
            return load(s);
        }, p -> status.set("Analysing: " + p.stage() + "\u2026"), this::loaded, e -> status.set(e.getMessage()));
    }

    private record Loaded(AnalysisRunInfo run, List<ClusterRow> rows) {}

    private Loaded load(CaseStore s) throws Exception {
        AnalysisResults results = new AnalysisResults(s);
        List<AnalysisRunInfo> runs = results.runs();
        if (runs.isEmpty()) {
            return new Loaded(null, List.of());
        }
        AnalysisRunInfo run = runs.get(runs.size() - 1);
        List<ClusterRow> rows = new ArrayList<>();
        for (Object[] c : results.clusters(run.id())) {
            List<ScorePart> ps = new ArrayList<>();
            for (JsonNode n : json.readTree((String) c[5])) {
                ps.add(new ScorePart(n.get("name").asText(), n.get("value").asDouble(), n.get("weight").asDouble(),
                        n.get("measured").asText()));
            }
            rows.add(new ClusterRow((Long) c[0], (String) c[1], (Integer) c[2], (Long) c[3], (Double) c[4], ps));
        }
        return new Loaded(run, rows);
    }

    private void loaded(Loaded l) {
        clusters.setAll(l.rows());
        status.set(l.run() == null ? "No analysis yet: press Analyze"
                : String.format("Run \u201c%s\u201d: %,d clusters from %,d links over %,d accounts", l.run().name(),
                        l.run().clusters(), l.run().links(), l.run().accounts()));
    }

    /** Who hears that the analyst picked a cluster (the composition root puts it in the shared selection). */
    private java.util.function.Consumer<Long> onPicked = id -> {};

    public void setOnPicked(java.util.function.Consumer<Long> listener) {
        this.onPicked = listener == null ? id -> {} : listener;
    }

    /** Selects a cluster: loads its members off the UI thread and shows its score parts. */
    public void select(ClusterRow row) {
        if (row != null) {
            onPicked.accept(row.id());
        }
        members.clear();
        parts.clear();
        if (row == null || store == null) {
            return;
        }
        parts.setAll(row.parts());
        CaseStore s = store;
        runner.submit("Reading members", (p, c) -> new AnalysisResults(s).members(row.id()), p -> {},
                members::setAll, e -> status.set(e.getMessage()));
    }

    public ObservableList<ClusterRow> clusters() {
        return clusters;
    }

    public ObservableList<ClusterMember> members() {
        return members;
    }

    public ObservableList<ScorePart> parts() {
        return parts;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
