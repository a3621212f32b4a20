package ringscope.ui.graph;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ringscope.graph.GraphDataService;
import ringscope.model.AccountHit;
import ringscope.ui.BackgroundRunner;

/**
 * Account search of the graph tab: looks accounts up by id, IP, payment fingerprint or email hash off the FX thread,
 * lists the hits and hands the first one on. UI thread.
 */
final class GraphSearch {
    private final BackgroundRunner runner;
    private final Consumer<String> status;
    private final ObservableList<AccountHit> hits = FXCollections.observableArrayList();

    GraphSearch(BackgroundRunner runner, Consumer<String> status) {
        this.runner = runner;
        this.status = status;
    }

    /** Searches {@code text} in {@code service}'s case (null: no case, nothing found) and jumps to the first hit. */
    void search(GraphDataService service, String text, Consumer<AccountHit> jump) {
        hits.clear();
        if (service == null || text == null || text.isBlank()) {
            return;
        }
        status.accept("Searching\u2026");
        runner.submit("Searching accounts", (p, c) -> service.queries().searchAccounts(text), p -> {}, found -> {
            hits.setAll(found);
            status.accept(found.isEmpty() ? "No account matches \u201c" + text.strip() + "\u201d"
                    : String.format("%,d account(s) match", found.size()));
            if (!found.isEmpty()) {
                jump.accept(found.get(0));
            }
        }, e -> status.accept(e.getMessage()));
    }

    ObservableList<AccountHit> hits() {
        return hits;
    }
}
