package ringscope.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.model.Rejection;
import ringscope.store.CaseOverviewRepository;

/**
 * The quarantined rows of one import run, one page at a time (a run can reject millions of rows; the table only ever
 * holds a page). Pages are read in the background. UI thread.
 */
public final class RejectionPageViewModel {
    public static final int PAGE_SIZE = 200;

    private final BackgroundRunner runner;
    private final ObservableList<Rejection> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper(this, "selectedText", "");
    private CaseOverviewRepository repo;
    private long runId;
    private long total;
    private int offset;

    private record Page(long total, int offset, List<Rejection> rows) {}

    public RejectionPageViewModel(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** Shows the first page of {@code runId}'s rejections. */
    public void load(CaseOverviewRepository repository, long importRunId) {
        this.repo = repository;
        this.runId = importRunId;
        fetch(0);
    }

    public void next() {
        if (hasNext.get()) {
            fetch(offset + PAGE_SIZE);
        }
    }

    public void previous() {
        if (hasPrevious.get()) {
            fetch(Math.max(0, offset - PAGE_SIZE));
        }
    }

    private void fetch(int from) {
        CaseOverviewRepository r = repo;
        long run = runId;
        hasNext.set(false);
        hasPrevious.set(false);
        runner.submit(
                "Reading rejected rows",
                (progress, cancel) -> new Page(r.rejectionCount(run), from, r.rejections(run, from, PAGE_SIZE)),
                p -> {},
                this::show,
                e -> error.set(ErrorMessages.forUser("Reading the rejected rows", e)));
    }

    private void show(Page page) {
        total = page.total();
        offset = page.offset();
        rows.setAll(page.rows());
        select(null);
        hasPrevious.set(offset > 0);
        hasNext.set(offset + page.rows().size() < total);
        pageText.set(total == 0
                ? "No rejected rows"
                : "Rows " + DisplayText.count(offset + 1L) + "\u2013" + DisplayText.count(offset + page.rows().size())
                        + " of " + DisplayText.count(total));
    }

    /** Shows the whole of one rejected row (the table cuts long text); null clears it. */
    public void select(Rejection r) {
        selectedText.set(r == null ? "" : DisplayText.escape(r.fileName()) + ", line " + r.lineNo() + ": "
                + r.reason().name() + "\n" + DisplayText.escape(r.detail()) + "\nRaw text: "
                + DisplayText.escape(r.rawExcerpt()));
    }

    /** The selected row in full, escaped; "" when nothing is selected. */
    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }

    public ObservableList<Rejection> rows() {
        return rows;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public long total() {
        return total;
    }
}
