package ringscope.casework;

import java.util.List;
import ringscope.model.ActionType;
import ringscope.model.CaseEntity;

/**
 * One analyst action, as in Scene Builder's job manager: a value that, given the current state, says what the state
 * becomes. {@link CommandExecutor} reads the before-states, writes the new ones and appends one log event in one
 * transaction; undo and redo are generic (they restore the recorded before or after), so commands need no inverse.
 */
public interface CaseCommand {
    /**
     * Plans the action against {@code ctx}; throws {@link CaseworkException} (INVALID, NOT_FOUND) to refuse it. Must
     * not have side effects.
     */
    Plan plan(CommandContext ctx);

    /**
     * What an action will do.
     *
     * @param type the action type recorded in the log
     * @param target {@code KIND:key} of what it acts on (see {@link ringscope.model.ActionEvent#target()})
     * @param summary one line for people
     * @param after the new states; unchanged ones are dropped, and nothing is logged if none changes
     */
    record Plan(ActionType type, String target, String summary, List<CaseEntity> after) {
        public Plan {
            after = List.copyOf(after);
        }
    }
}
