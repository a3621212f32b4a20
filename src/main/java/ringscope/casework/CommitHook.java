package ringscope.casework;

import ringscope.model.ActionEvent;

/**
 * Called after an action's state changes and its log event are written, just before the commit. Tests throw here to
 * prove that a failure at that point leaves neither the change nor the event (RELIABILITY.md I3).
 */
@FunctionalInterface
public interface CommitHook {
    /** No hook: what the application uses. */
    CommitHook NONE = event -> {};

    void beforeCommit(ActionEvent event);
}
