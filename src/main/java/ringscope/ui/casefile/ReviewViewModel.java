package ringscope.ui.casefile;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.casefile.ReviewedCaseFile;
import ringscope.ui.BackgroundRunner;
import ringscope.ui.ErrorMessages;

/**
 * State of one read-only review: reads and verifies the bundle on the worker, then exposes the verdict, the
 * findings, the case summary and the report HTML. Nothing here writes anywhere. UI thread.
 */
public final class ReviewViewModel {
    /** Where the review stands. */
    public enum Phase { LOADING, VERIFIED, NOT_VERIFIED, UNREADABLE }

    private final BackgroundRunner runner;
    private final Path file;
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("Verifying every hash\u2026");
    private final ReadOnlyBooleanWrapper verified = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyObjectWrapper<Phase> phase =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(Phase.LOADING);
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper("");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();

    private final SourceCheckViewModel sources;

    public ReviewViewModel(BackgroundRunner runner, Path file) {
        this.runner = runner;
        this.file = file;
        this.sources = new SourceCheckViewModel(runner, file);
    }

    /** The check of this case file against the original source files. */
    public SourceCheckViewModel sources() {
        return sources;
    }

    /** Starts reading and verifying; the properties change on the UI thread when done. */
    public void load() {
        runner.submit("Verify case file", (progress, cancel) -> ReviewedCaseFile.open(file, ""), p -> { },
                this::show, e -> {
                    phase.set(Phase.UNREADABLE);
                    verdict.set("NOT verified: " + ErrorMessages.forUser("Opening the case file", e));
                });
    }

    private void show(ReviewedCaseFile r) {
        verified.set(r.verification().ok());
        phase.set(r.verification().ok() ? Phase.VERIFIED : Phase.NOT_VERIFIED);
        verdict.set(r.verification().ok()
                ? "\u2714 " + r.verification().headline()
                : "\u2716 NOT verified \u2014 content below is NOT trusted. " + r.verification().findings().size()
                        + " problem(s); root hash in the manifest: " + (r.verification().rootHash().isEmpty() ? "?"
                                : r.verification().rootHash()));
        findings.setAll(r.verification().findings().stream().map(Object::toString).toList());
        summary.setAll(r.summaryLines());
        html.set(r.reportHtml().orElse("<p>This case file has no report.</p>"));
    }

    public Path file() {
        return file;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    public ObservableList<String> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    public ObservableList<String> summary() {
        return FXCollections.unmodifiableObservableList(summary);
    }
}
